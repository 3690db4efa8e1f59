import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { applyOp, applyOps } from './apply-op.js';
import { editImage, imageConflicts } from './edit-image.js';
import { inverseOf } from './inverse-op.js';
import { type OpEnv, type PlanDraft, taskFieldValues } from './plan-draft.js';
import type { PlanOp } from './plan-op.js';
import { blankDraftTask } from './task-edit.js';

/** A plan from an indented sketch: "A", " A1" (one space per level); links as "A>B" (id "A>B"). */
function draftPlan(lines: readonly string[], links: readonly string[] = []): PlanDraft {
  const stack: string[] = [];
  const tasks = lines.map((line, i) => {
    const depth = line.length - line.trimStart().length;
    const id = line.trim();
    stack.length = depth;
    const parentId = depth === 0 ? null : (stack[depth - 1] as string);
    stack.push(id);
    const start = 28_000_000 + i * 1440;
    return { ...blankDraftTask(id, parentId, 480), name: id, earlyStart: start, earlyFinish: start + 540 };
  });
  return {
    settings: { projectStart: 28_000_000, statusDate: null, defaultCalendarId: 'std' },
    tasks,
    links: links.map((text) => {
      const [p, s] = text.split('>') as [string, string];
      return { id: text, predecessorId: p, successorId: s, type: 'FS', lagKind: 'working', lag: 0 };
    }),
    assignments: [],
  };
}

let ids = 0;
const env: OpEnv = {
  calendars: new Map([
    ['std', 8],
    ['night', 10],
  ]),
  people: new Set(['lena', 'marco']),
  newId: () => `new-${++ids}`,
};

/** Everything an edit can change, without the dates the engine recomputes: order, parents, fields, links, settings. */
function inputsOf(plan: PlanDraft) {
  return {
    tasks: plan.tasks.map((t) => ({ id: t.id, parentId: t.parentId, ...taskFieldValues(t) })),
    links: [...plan.links].sort((a, b) => a.id.localeCompare(b.id)),
    settings: plan.settings,
  };
}
const sketch = (plan: PlanDraft) => plan.tasks.map((t) => `${t.parentId ?? '-'}/${t.id}`);

/** Applies ops, then their inverse: the plan must come back, and redoing must reach the same result. */
function roundTrip(plan: PlanDraft, ops: PlanOp[]) {
  const done = applyOps(plan, ops, env);
  const undone = applyOps(done.draft, done.inverse, env);
  expect(inputsOf(undone.draft)).toEqual(inputsOf(plan));
  const redone = applyOps(
    undone.draft,
    done.applied.map((a) => a.op),
    env,
  );
  expect(inputsOf(redone.draft)).toEqual(inputsOf(done.draft));
  return done;
}

const plan = draftPlan(['A', ' A1', ' A2', '  A2a', ' A3', 'B', ' B1', 'C'], ['A1>A2', 'A2a>B1', 'B1>C']);

describe('applying a plan op and its inverse', () => {
  it('restores every field an edit changed, including the actual dates reported work sets', () => {
    const done = roundTrip(plan, [
      { op: 'updateTask', taskId: 'A1', fields: { name: 'Design', percentComplete: 100 } },
    ]);
    expect(done.draft.tasks[1]).toMatchObject({ name: 'Design', actualStart: 28_001_440, actualFinish: 28_001_980 });
    expect(done.inverse).toEqual([
      {
        op: 'updateTask',
        taskId: 'A1',
        fields: { name: 'A1', actualStart: null, actualFinish: null, percentComplete: 0 },
      },
    ]);
  });

  it('deletes inserted tasks (and links the insert added between old tasks), and redo re-creates the same ids', () => {
    const done = roundTrip(plan, [
      {
        op: 'insertTasks',
        beforeId: 'A2',
        tasks: [
          { name: 'New', parentId: 'A' },
          { name: 'Also new', parentId: 'A' },
        ],
        links: [{ predecessorId: 'A3', successorId: 'C', type: 'SS' }],
      },
    ]);
    expect(done.applied[0]?.op).toMatchObject({ tasks: [{ id: expect.any(String) }, { id: expect.any(String) }] });
    roundTrip(plan, [
      {
        op: 'insertTasks',
        tasks: [
          { id: 'N', name: 'N', parentId: 'C' },
          { id: 'N1', name: 'N1', parentId: 'N', responsibleId: 'lena' },
        ],
      },
    ]);
  });

  it('re-creates deleted subtrees in place, with the same ids, parents, fields and links', () => {
    const edited = applyOp(plan, { op: 'updateTask', taskId: 'A2a', fields: { deadline: '2030-01-01T17:00' } }, env);
    const done = roundTrip(edited, [{ op: 'deleteTasks', taskIds: ['A2', 'B'] }]);
    expect(done.draft.links).toEqual([]);
    roundTrip(plan, [{ op: 'deleteTasks', taskIds: ['A3', 'A1', 'C'] }]);
    roundTrip(plan, [{ op: 'deleteTasks', taskIds: ['A', 'A2a'] }]);
  });

  it('moves tasks back after a move, indent or outdent', () => {
    roundTrip(plan, [{ op: 'moveTasks', taskIds: ['A2'], parentId: 'B', beforeId: 'B1' }]);
    roundTrip(plan, [{ op: 'moveTasks', taskIds: ['C', 'A1'], parentId: null, beforeId: 'A' }]);
    roundTrip(plan, [{ op: 'indentTasks', taskIds: ['A2', 'A3'] }]);
    roundTrip(plan, [{ op: 'outdentTasks', taskIds: ['A1', 'A3', 'B1'] }]);
  });

  it('undoes links and settings', () => {
    roundTrip(plan, [
      { op: 'addLinks', links: [{ id: 'L', predecessorId: 'A3', successorId: 'C', lagKind: 'percent', lag: -10 }] },
      { op: 'deleteLinks', linkIds: ['A1>A2', 'B1>C'] },
      { op: 'updateLink', linkId: 'A2a>B1', fields: { type: 'FF', lag: 960 } },
      { op: 'updatePlan', fields: { statusDate: '2030-01-09T17:00', defaultCalendarId: 'night' } },
    ]);
  });

  it('holds for any batch of edits on any outline (property)', () => {
    const outline = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 10 }).map((depths) => {
      let level = 0;
      return depths.map((d, i) => {
        level = i === 0 ? 0 : Math.min(d, level + 1);
        return `${' '.repeat(level)}T${i}`;
      });
    });
    const opPick = fc.record({
      kind: fc.constantFrom('deleteTasks', 'indentTasks', 'outdentTasks', 'moveTasks', 'updateTask', 'insertTasks'),
      a: fc.nat(),
      b: fc.nat(),
    });
    fc.assert(
      fc.property(outline, fc.array(opPick, { minLength: 1, maxLength: 4 }), (lines, picks) => {
        let current = draftPlan(lines, lines.length > 2 ? ['T0>T2'] : []);
        const start = current;
        const ops: PlanOp[] = [];
        for (const { kind, a, b } of picks) {
          const taskIds = current.tasks.map((t) => t.id);
          if (taskIds.length === 0) break;
          const pick = (n: number) => taskIds[n % taskIds.length] as string;
          const op = opFor(kind, pick, a, b);
          try {
            const done = applyOps(current, [op], env);
            current = done.draft;
            // Kept as applied, with the ids new tasks were given, as the plan's history keeps it.
            ops.push(...done.applied.map((x) => x.op));
          } catch (error) {
            // An edit the rules refuse (no task to indent under, a top-level outdent) is skipped.
            if (!(error instanceof DomainError)) throw error;
          }
        }
        if (ops.length > 0) roundTrip(start, ops);
      }),
    );
  });
});

function opFor(kind: string, pick: (n: number) => string, a: number, b: number): PlanOp {
  switch (kind) {
    case 'moveTasks':
      return { op: 'moveTasks', taskIds: [pick(a)], parentId: b % 2 === 0 ? null : pick(b >> 1) };
    case 'updateTask':
      return { op: 'updateTask', taskId: pick(a), fields: { durationMinutes: b % 5000, percentComplete: b % 101 } };
    case 'insertTasks':
      return { op: 'insertTasks', beforeId: b % 3 === 0 ? null : pick(b), tasks: [{ name: `n${a}` }] };
    default:
      return { op: kind as 'deleteTasks', taskIds: [...new Set([pick(a), pick(b)])] };
  }
}

describe('a batch of ops', () => {
  it('changes nothing when one op is bad, and names that op and its field', () => {
    const before = structuredClone(plan);
    const ops: PlanOp[] = Array.from({ length: 50 }, (_, i) => ({
      op: 'updateTask',
      taskId: 'A1',
      fields: { durationMinutes: i * 60 },
    }));
    ops[37] = { op: 'updateTask', taskId: 'A1', fields: { calendarId: 'nowhere' } };
    expect(() => applyOps(plan, ops, env)).toThrow(/^ops\[37\]\.fields\.calendarId: is not a calendar/);
    const error = (() => {
      try {
        applyOps(plan, ops, env);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.details.issues).toEqual([{ path: 'ops[37].fields.calendarId', message: expect.any(String) }]);
    expect(plan).toEqual(before);
  });

  it('names a new task whose parent is not above it', () => {
    expect(() =>
      applyOps(plan, [{ op: 'insertTasks', beforeId: 'B', tasks: [{ name: 'x', parentId: 'A1' }] }], env),
    ).toThrow(/^ops\[0\]\.tasks\[0\]\.parentId: must be the task above/);
  });

  it('refuses people outside the project and a second link of one type between two tasks', () => {
    expect(() => applyOp(plan, { op: 'updateTask', taskId: 'A1', fields: { responsibleId: 'eve' } }, env)).toThrow(
      /^fields\.responsibleId/,
    );
    const op: PlanOp = { op: 'addLinks', links: [{ predecessorId: 'A1', successorId: 'A2' }] };
    expect(() => applyOp(plan, op, env)).toThrow(/^links\[0\]: these two tasks are already linked FS/);
  });

  it('leaves the draft it was given untouched', () => {
    const before = structuredClone(plan);
    applyOps(
      plan,
      [
        { op: 'deleteTasks', taskIds: ['A'] },
        { op: 'updateTask', taskId: 'C', fields: { name: 'x' } },
      ],
      env,
    );
    expect(plan).toEqual(before);
    expect(inverseOf({ op: 'updateTask', taskId: 'C', fields: { name: 'C' } }, plan)).toEqual([]);
  });
});

describe('what an undo would overwrite', () => {
  const mine = applyOps(plan, [{ op: 'updateTask', taskId: 'A1', fields: { durationMinutes: 960 } }], env);
  const image = editImage(mine.applied, mine.draft);

  it('is nothing while nobody changed the same fields', () => {
    expect(imageConflicts(image, mine.draft)).toBeNull();
    const theirs = applyOp(mine.draft, { op: 'updateTask', taskId: 'A1', fields: { name: 'Renamed' } }, env);
    expect(imageConflicts(image, theirs)).toBeNull();
  });

  it('names the task someone changed the same field of, or deleted', () => {
    const theirs = applyOp(mine.draft, { op: 'updateTask', taskId: 'A1', fields: { durationMinutes: 1440 } }, env);
    expect(imageConflicts(image, theirs)).toEqual({
      tasks: [{ id: 'A1', name: 'A1' }],
      links: [],
      settings: [],
      assignments: [],
    });
    const gone = applyOp(mine.draft, { op: 'deleteTasks', taskIds: ['A'] }, env);
    expect(imageConflicts(image, gone)?.tasks).toEqual([{ id: 'A1', name: 'A1' }]);
  });

  it("ignores a summary's rolled-up progress", () => {
    const edit = applyOps(plan, [{ op: 'updateTask', taskId: 'A', fields: { name: 'Phase' } }], env);
    const rolled = {
      ...edit.draft,
      tasks: edit.draft.tasks.map((t) => (t.id === 'A' ? { ...t, percentComplete: 40 } : t)),
    };
    expect(imageConflicts(editImage(edit.applied, edit.draft), rolled as PlanDraft)).toBeNull();
    expect(sketch(rolled as PlanDraft)).toEqual(sketch(plan));
  });
});
