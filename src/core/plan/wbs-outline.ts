import { DomainError } from '../errors.js';

/** The least a WBS entry needs: its id and its parent's (null at the top level). */
export interface WbsNode {
  readonly id: string;
  readonly parentId: string | null;
}

/** Each entry's outline level (1 = top), WBS code ("1.2.3") and whether it has children, index-aligned with the list. */
export interface WbsOutline {
  readonly level: Int32Array;
  readonly wbs: readonly string[];
  readonly summary: Uint8Array;
}

/**
 * Checks that `list` (in WBS order) is a well-formed outline: every parent comes before its
 * children and each subtree is contiguous; returns levels and WBS codes. Throws naming the entry.
 */
export function wbsOutline(list: readonly WbsNode[], label: (index: number) => string = (i) => `row ${i + 1}`) {
  const n = list.length;
  const level = new Int32Array(n);
  const summary = new Uint8Array(n);
  const wbs: string[] = new Array(n);
  // The path from the top to the entry above: stack of indices, and the child counters at each depth.
  const stack: number[] = [];
  const onStack = new Map<string, number>();
  const counters: number[] = [0];
  for (let i = 0; i < n; i++) {
    const node = list[i] as WbsNode;
    if (node.parentId !== null && !onStack.has(node.parentId)) {
      throw new DomainError(
        'validation_failed',
        `parentId: ${label(i)} must sit directly under its parent (the task above it or one of that task's parents)`,
        { issues: [{ path: 'parentId', message: 'parent must be the task above or one of its ancestors' }] },
      );
    }
    const depth = node.parentId === null ? 0 : (onStack.get(node.parentId) as number) + 1;
    while (stack.length > depth) onStack.delete(list[stack.pop() as number]?.id as string);
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    if (depth > 0) summary[stack[depth - 1] as number] = 1;
    level[i] = depth + 1;
    wbs[i] = counters.join('.');
    stack.push(i);
    onStack.set(node.id, depth);
    counters.push(0);
  }
  return { level, wbs, summary } satisfies WbsOutline;
}

/** Index just past the subtree of the entry at `index` (its descendants follow it contiguously). */
export function subtreeEnd(level: Int32Array, index: number): number {
  const own = level[index] as number;
  let end = index + 1;
  while (end < level.length && (level[end] as number) > own) end++;
  return end;
}

/**
 * The entries in outline order (each parent followed by its subtree), keeping the given order
 * among siblings. Files list activities by other keys (P6 by WBS node, then activity): this puts
 * them the way an outline shows them. Entries whose parent is missing become top-level.
 */
export function outlineOrder<T extends WbsNode>(list: readonly T[]): T[] {
  const ids = new Set(list.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const n of list) {
    const parent = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(n);
    else children.set(parent, [n]);
  }
  const out: T[] = [];
  const stack: T[] = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as T;
    out.push(n);
    const kids = children.get(n.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as T);
  }
  return out;
}
