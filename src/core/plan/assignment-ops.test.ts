import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { durationOf } from '../resources/task-type.js';
import { applyOps } from './apply-op.js';
import { editImage, imageConflicts } from './edit-image.js';
import type { OpEnv, OpResource, PlanDraft } from './plan-draft.js';
import type { PlanOp } from './plan-op.js';
import { blankDraftTask } from './task-edit.js';

/*
 * Assignment ops and the task edits that set off the task type rules: whatever a random sequence
 * does, applying its inverse gives the very plan back (tasks and assignments), and a plan whose
 * durations follow its assignments keeps doing so.
 */

const resource = (name: string, kind = 'person', roleId: string | null = null): OpResource => ({
  name,
  kind,
  active: true,
  roleId,
});
const env: OpEnv = {
  calendars: new Map([['std', 8]]),
  people: new Set(),
  resources: new Map([
    ['role', resource('Senior developer', 'role')],
    ['ana', resource('Ana', 'person', 'role')],
    ['bob', resource('Bob')],
    ['crane', resource('Crane', 'equipment')],
    ['steel', resource('Steel', 'material')],
  ]),
  editor: { userId: 'u1', at: '2030-01-01T00:00:00.000Z', anyRole: false },
  newId: (() => {
    let n = 0;
    return () => `new-${++n}`;
  })(),
};

const TYPES = ['fixedUnits', 'fixedWork', 'fixedDuration'] as const;
function plan(types: readonly (typeof TYPES)[number][], effort: readonly boolean[]): PlanDraft {
  return {
    settings: { projectStart: 28_000_000, statusDate: null, defaultCalendarId: 'std' },
    tasks: types.map((taskType, i) => ({
      ...blankDraftTask(`T${i}`, null, 480 * (i + 1)),
      name: `T${i}`,
      taskType,
      effortDriven: effort[i] ?? false,
    })),
    links: [],
    assignments: [],
  };
}

const RESOURCES = ['role', 'ana', 'bob', 'crane', 'steel'];

describe('assignment ops', () => {
  it('undo gives back the same tasks and assignments after any sequence (property)', () => {
    const pick = fc.record({
      kind: fc.constantFrom('add', 'units', 'work', 'staff', 'delete', 'duration', 'progress', 'deleteTask', 'type'),
      a: fc.nat(),
      b: fc.nat(),
      units: fc.integer({ min: 1, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.array(pick, { minLength: 1, maxLength: 8 }),
        (types, effort, picks) => {
          const start = plan(types, effort);
          let current = start;
          const inverses: PlanOp[][] = [];
          for (const p of picks) {
            const op = opOf(current, p);
            if (!op) continue;
            try {
              const result = applyOps(current, [op], env);
              inverses.push(result.inverse as PlanOp[]);
              // Undo finds nothing changed since by someone else.
              expect(imageConflicts(editImage(result.applied, result.draft), result.draft)).toBeNull();
              current = result.draft;
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
            }
          }
          for (const inverse of inverses.reverse()) current = applyOps(current, inverse, env).draft;
          expect(current.tasks).toEqual(start.tasks);
          expect(current.assignments).toEqual(start.assignments);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a fixed-units or fixed-work task lasts as long as its longest work assignment after any assignment edit (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('fixedUnits', 'fixedWork'),
        fc.boolean(),
        fc.array(fc.record({ r: fc.nat(3), units: fc.integer({ min: 10, max: 200 }) }), { minLength: 1, maxLength: 4 }),
        (taskType, effortDriven, adds) => {
          let current = plan([taskType], [effortDriven]);
          for (const { r, units } of adds) {
            const op: PlanOp = {
              op: 'addAssignments',
              assignments: [{ taskId: 'T0', resourceId: RESOURCES[r] as string, unitsPercent: units }],
            };
            try {
              current = applyOps(current, [op], env).draft;
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
            }
          }
          const task = current.tasks[0];
          const work = current.assignments.filter((a) => a.resourceId !== 'steel');
          if (work.length > 0)
            expect(Math.abs(durationOf(work, -1) - (task?.durationMinutes ?? 0))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a deleted task takes its assignments; staffing a role with someone outside it needs the PMO', () => {
    const start = plan(['fixedUnits', 'fixedUnits'], []);
    const { draft } = applyOps(
      start,
      [{ op: 'addAssignments', assignments: [{ id: 'a1', taskId: 'T0', resourceId: 'role' }] }],
      env,
    );
    const staff = (resourceId: string, anyRole: boolean) =>
      applyOps(draft, [{ op: 'updateAssignment', assignmentId: 'a1', fields: { resourceId } }], {
        ...env,
        editor: { userId: 'u1', at: 'now', anyRole },
      }).draft.assignments[0];
    expect(() => staff('bob', false)).toThrow(/does not fill the role Senior developer/);
    expect(staff('bob', true)?.staffingHistory).toEqual([
      { resourceId: 'role', until: 'now', by: 'u1', outsideRole: true },
    ]);
    expect(staff('ana', false)?.staffingHistory).toEqual([{ resourceId: 'role', until: 'now', by: 'u1' }]);
    expect(applyOps(draft, [{ op: 'deleteTasks', taskIds: ['T0'] }], env).draft.assignments).toEqual([]);
  });
});

/** An op for a pick, or null when the plan has nothing it could apply to. */
function opOf(current: PlanDraft, p: { kind: string; a: number; b: number; units: number }): PlanOp | null {
  const task = current.tasks[p.a % Math.max(1, current.tasks.length)];
  const assignment = current.assignments[p.a % Math.max(1, current.assignments.length)];
  const resourceId = RESOURCES[p.b % RESOURCES.length] as string;
  switch (p.kind) {
    case 'add':
      return task
        ? { op: 'addAssignments', assignments: [{ taskId: task.id, resourceId, unitsPercent: p.units }] }
        : null;
    case 'units':
      return assignment
        ? { op: 'updateAssignment', assignmentId: assignment.id, fields: { unitsPercent: p.units } }
        : null;
    case 'work':
      return assignment
        ? { op: 'updateAssignment', assignmentId: assignment.id, fields: { workMinutes: p.units * 7 } }
        : null;
    case 'staff':
      return assignment ? { op: 'updateAssignment', assignmentId: assignment.id, fields: { resourceId } } : null;
    case 'delete':
      return assignment ? { op: 'deleteAssignments', assignmentIds: [assignment.id] } : null;
    case 'duration':
      return task ? { op: 'updateTask', taskId: task.id, fields: { durationMinutes: p.units * 13 } } : null;
    case 'progress':
      return task ? { op: 'updateTask', taskId: task.id, fields: { percentComplete: p.units % 101 } } : null;
    case 'type':
      return task ? { op: 'updateTask', taskId: task.id, fields: { taskType: TYPES[p.b % 3] } } : null;
    default:
      return task ? { op: 'deleteTasks', taskIds: [task.id] } : null;
  }
}
