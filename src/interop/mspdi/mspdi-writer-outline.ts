import type { Plan } from '../../core/schedule/model.js';

/** A plan's WBS as file writers lay it out: rows in outline order, with level and outline number. */
export interface PlanOutline {
  /** Plan indices in outline (pre-)order: each task directly followed by its subtree. */
  readonly order: readonly number[];
  /** 1-based row of each plan index (MS Project's ID and the row number predecessors refer to). */
  readonly rowOf: Int32Array;
  /** Outline level of each plan index (1 = top level). */
  readonly level: Int32Array;
  /** Computed outline number of each plan index ("1", "1.2", "1.2.3"). */
  readonly outlineNumber: readonly string[];
}

/**
 * Orders the tasks so every subtree follows its parent. Plan order is already WBS order for plans
 * Gantry builds and reads, and then this is the identity; it matters for plans whose children come
 * before their parent, which outline-level formats (MSPDI, MS Project's CSV import) would otherwise
 * nest under the wrong task. A task whose parent is unknown is written at the top level.
 */
export function planOutline(plan: Plan): PlanOutline {
  const n = plan.tasks.length;
  const indexOf = new Map<string, number>(plan.tasks.map((t, i) => [t.id, i]));
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  plan.tasks.forEach((t, i) => {
    const p = t.parentId == null ? undefined : indexOf.get(t.parentId);
    if (p === undefined || p === i) roots.push(i);
    else children[p]?.push(i);
  });
  const order: number[] = [];
  const rowOf = new Int32Array(n);
  const level = new Int32Array(n);
  const outlineNumber: string[] = new Array(n).fill('');
  // Iterative pre-order walk: a deep WBS must not overflow the call stack.
  const visit = (list: readonly number[], firstNumber: number) => {
    const stack: { list: readonly number[]; next: number; number: number; depth: number; prefix: string }[] = [
      { list, next: 0, number: firstNumber, depth: 1, prefix: '' },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      if (frame.next >= frame.list.length) {
        stack.pop();
        continue;
      }
      const i = frame.list[frame.next++] as number;
      if (rowOf[i] !== 0) continue;
      const own = frame.prefix === '' ? String(frame.number) : `${frame.prefix}.${frame.number}`;
      frame.number++;
      order.push(i);
      rowOf[i] = order.length;
      level[i] = frame.depth;
      outlineNumber[i] = own;
      stack.push({ list: children[i] ?? [], next: 0, number: 1, depth: frame.depth + 1, prefix: own });
    }
  };
  visit(roots, 1);
  // Parents that loop never reach a root; the scheduler rejects such plans, but a writer should not lose rows.
  visit(
    plan.tasks.map((_, i) => i).filter((i) => rowOf[i] === 0),
    roots.length + 1,
  );
  return { order, rowOf, level, outlineNumber };
}
