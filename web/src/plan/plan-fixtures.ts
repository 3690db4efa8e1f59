import type { PlanLink, PlanTask } from '../../../src/contracts/index.js';
import { wbsOutline } from '../../../src/core/plan/wbs-outline.js';

/*
 * Plans for the view's tests, written as indented sketches; row numbers, WBS codes and levels
 * follow from order and parents as the server derives them (core/plan). Applying ops and undoing
 * them is core's business, tested there (core/plan/apply-op.test.ts).
 */

/** The plan as the client holds it: tasks in WBS order and links. */
export interface PlanSnapshot {
  readonly tasks: readonly PlanTask[];
  readonly links: readonly PlanLink[];
}

/** A task with every field at MS Project's default, for tests. */
export function simTask(id: string, parentId: string | null, fields: Partial<PlanTask> = {}): PlanTask {
  return {
    id,
    parentId,
    name: id,
    notes: '',
    durationMinutes: 480,
    elapsed: false,
    milestone: false,
    calendarId: null,
    constraintType: 'asap',
    constraintDate: null,
    deadline: null,
    actualStart: null,
    actualFinish: null,
    percentComplete: 0,
    remainingDurationMinutes: null,
    responsibleId: null,
    taskType: 'fixedUnits',
    effortDriven: false,
    priority: 500,
    levelingDelayMinutes: 0,
    fixedCostMinor: 0,
    fixedCostAccrual: 'prorated',
    physicalPercentComplete: 0,
    evMethod: null,
    row: 1,
    wbs: '1',
    outlineLevel: 1,
    summary: false,
    responsibleName: null,
    start: null,
    finish: null,
    lateStart: null,
    lateFinish: null,
    totalFloatMinutes: null,
    freeFloatMinutes: null,
    critical: false,
    ...fields,
  };
}

/** Row numbers, WBS codes, levels and summary flags, as the server derives them from order and parents. */
export function renumber(tasks: readonly PlanTask[]): PlanTask[] {
  const o = wbsOutline(tasks);
  return tasks.map((t, i) => ({
    ...t,
    row: i + 1,
    wbs: o.wbs[i] as string,
    outlineLevel: o.level[i] as number,
    summary: o.summary[i] === 1,
  }));
}

/** A plan from an indented sketch: "A", " A1" (one space per level); links as "A>B". */
export function simPlan(lines: readonly string[], links: readonly string[] = []): PlanSnapshot {
  const stack: string[] = [];
  const tasks = lines.map((line) => {
    const depth = line.length - line.trimStart().length;
    const id = line.trim();
    stack.length = depth;
    const parentId = depth === 0 ? null : (stack[depth - 1] as string);
    stack.push(id);
    return simTask(id, parentId);
  });
  return {
    tasks: renumber(tasks),
    links: links.map((text) => {
      const [p, s] = text.split('>') as [string, string];
      return { id: `${p}>${s}`, predecessorId: p, successorId: s, type: 'FS', lagKind: 'working', lag: 0 };
    }),
  };
}
