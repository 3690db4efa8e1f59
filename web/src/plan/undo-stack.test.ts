import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanOp, PlanSnapshot } from './plan-ops.js';
import { applySim, simPlan, sketchOf } from './plan-sim.js';
import {
  emptyUndoStack,
  nextRedo,
  nextUndo,
  recordEdit,
  runUndoRedo,
  UndoFailed,
  type UndoStack,
  undoEntryFor,
} from './undo-stack.js';

/** Applies `op`, then its recorded inverse; the plan must come back as it was, and redo must reach the same result. */
function roundTrip(plan: PlanSnapshot, op: PlanOp) {
  const entry = undoEntryFor('edit', op, plan);
  const after = applySim(plan, op);
  const undone = applySim(after, entry.undo);
  expect(sketchOf(undone)).toEqual(sketchOf(plan));
  expect(sketchOf(applySim(undone, entry.redo))).toEqual(sketchOf(after));
  return { after, undone };
}

const plan = simPlan(['A', ' A1', ' A2', '  A2a', ' A3', 'B', ' B1', 'C'], ['A1>A2', 'A2a>B1', 'B1>C']);

describe('undo of each plan operation', () => {
  it('restores edited fields to their previous values', () => {
    const op: PlanOp = { kind: 'updateTasks', tasks: [{ id: 'A1', name: 'Design', durationMinutes: 2400 }] };
    const { after, undone } = roundTrip(plan, op);
    expect(after.tasks[1]).toMatchObject({ name: 'Design', durationMinutes: 2400 });
    expect(undone.tasks[1]).toMatchObject({ name: 'A1', durationMinutes: 480 });
  });

  it('deletes inserted tasks, and redo re-creates them under the same ids', () => {
    roundTrip(plan, {
      kind: 'createTasks',
      beforeId: 'A2',
      tasks: [
        { id: 'N', parentId: 'A', name: 'New' },
        { id: 'N1', parentId: 'N', name: 'Child' },
      ],
    });
  });

  it('re-creates deleted subtrees in place, with the same ids, parents and links', () => {
    const { after } = roundTrip(plan, { kind: 'deleteTasks', taskIds: ['A2', 'B'] });
    expect(after.links).toEqual([]);
    roundTrip(plan, { kind: 'deleteTasks', taskIds: ['A3', 'A1', 'C'] });
    roundTrip(plan, { kind: 'deleteTasks', taskIds: ['A', 'A2a'] });
  });

  it('moves tasks back after a move, indent or outdent', () => {
    roundTrip(plan, { kind: 'moveTasks', taskIds: ['A2'], parentId: 'B', beforeId: 'B1' });
    roundTrip(plan, { kind: 'moveTasks', taskIds: ['C', 'A1'], parentId: null, beforeId: 'A' });
    roundTrip(plan, { kind: 'indent', taskIds: ['A2', 'A3'] });
    roundTrip(plan, { kind: 'indent', taskIds: ['B'] });
    roundTrip(plan, { kind: 'outdent', taskIds: ['A2'] });
    roundTrip(plan, { kind: 'outdent', taskIds: ['A1', 'A3', 'B1'] });
  });

  it('deletes created links and re-creates deleted or edited ones', () => {
    roundTrip(plan, {
      kind: 'createLinks',
      links: [{ id: 'L', predecessorId: 'A3', successorId: 'C', type: 'SS', lagKind: 'percent', lag: -10 }],
    });
    roundTrip(plan, { kind: 'deleteLinks', linkIds: ['A1>A2', 'B1>C'] });
    roundTrip(plan, { kind: 'updateLink', id: 'B1>C', type: 'FF', lagKind: 'working', lag: 960 });
  });

  it('holds for any structural edit of any outline', () => {
    const outline = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 }).map((depths) => {
      let level = 0;
      // Each line may go at most one level deeper than the line above.
      return depths.map((d, i) => {
        level = i === 0 ? 0 : Math.min(d, level + 1);
        return `${' '.repeat(level)}T${i}`;
      });
    });
    fc.assert(
      fc.property(
        outline,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('deleteTasks', 'indent', 'outdent', 'moveTasks'),
        (lines, a, b, kind) => {
          const p = simPlan(lines, lines.length > 2 ? ['T0>T2'] : []);
          const ids = p.tasks.map((t) => t.id);
          const chosen = [...new Set([ids[a % ids.length] as string, ids[b % ids.length] as string])];
          let op: PlanOp;
          if (kind === 'moveTasks') {
            const parentId = b % 2 === 0 ? null : (ids[(b >> 1) % ids.length] as string);
            op = { kind, taskIds: chosen.slice(0, 1), parentId, beforeId: null };
          } else op = { kind, taskIds: chosen };
          let after: PlanSnapshot;
          try {
            after = applySim(p, op);
          } catch {
            return; // the server refuses this edit (no task to indent under, top-level outdent): nothing to undo
          }
          const entry = undoEntryFor('edit', op, p);
          expect(sketchOf(applySim(after, entry.undo))).toEqual(sketchOf(p));
        },
      ),
    );
  });
});

describe('undo stack', () => {
  const op = (name: string): PlanOp => ({ kind: 'updateTasks', tasks: [{ id: 'A1', name }] });
  const entry = (name: string) => undoEntryFor(name, op(name), plan);

  it('undoes newest first, redoes in order, and a new edit drops the redo list', async () => {
    let stack: UndoStack = recordEdit(recordEdit(emptyUndoStack, entry('one')), entry('two'));
    const sent: PlanOp[] = [];
    const send = async (o: PlanOp) => void sent.push(o);
    stack = await runUndoRedo(stack, 'undo', send);
    expect(nextUndo(stack)?.label).toBe('one');
    expect(nextRedo(stack)?.label).toBe('two');
    stack = await runUndoRedo(stack, 'redo', send);
    expect(sent).toEqual([entry('two').undo, op('two')]);
    stack = await runUndoRedo(stack, 'undo', send);
    stack = recordEdit(stack, entry('three'));
    expect(nextRedo(stack)).toBeNull();
    expect(stack.done.map((e) => e.label)).toEqual(['one', 'three']);
  });

  it('keeps only the newest edits and ignores empty ones', () => {
    let stack = emptyUndoStack;
    for (let i = 0; i < 5; i++) stack = recordEdit(stack, entry(`e${i}`), 3);
    expect(stack.done.map((e) => e.label)).toEqual(['e2', 'e3', 'e4']);
    expect(recordEdit(stack, { label: 'x', redo: { kind: 'batch', ops: [] }, undo: op('x') })).toBe(stack);
  });

  it('drops an entry the server refuses and reports the failure', async () => {
    const stack = recordEdit(recordEdit(emptyUndoStack, entry('one')), entry('two'));
    const failing = runUndoRedo(stack, 'undo', async () => {
      throw new Error('task gone');
    });
    await expect(failing).rejects.toBeInstanceOf(UndoFailed);
    const error = (await failing.catch((e) => e)) as UndoFailed;
    expect(error.remaining.done.map((e) => e.label)).toEqual(['one']);
    expect(error.remaining.undone).toEqual([]);
  });
});
