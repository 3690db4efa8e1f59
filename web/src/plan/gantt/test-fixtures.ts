import type { PlanLink, PlanTask } from '../../../../src/contracts/index.js';

/** A scheduled task for tests: an ordinary 1-day task unless `fields` say otherwise. */
export function planTask(id: string, fields: Partial<PlanTask> = {}): PlanTask {
  return {
    id,
    parentId: null,
    row: 1,
    wbs: '1',
    outlineLevel: 1,
    name: `Task ${id}`,
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
    summary: false,
    responsibleName: null,
    start: '2024-01-08T08:00',
    finish: '2024-01-08T17:00',
    lateStart: null,
    lateFinish: null,
    totalFloatMinutes: 0,
    freeFloatMinutes: 0,
    critical: false,
    ...fields,
  };
}

/** A finish-to-start link (or `type`) without lag. */
export function planLink(
  id: string,
  predecessorId: string,
  successorId: string,
  type: PlanLink['type'] = 'FS',
): PlanLink {
  return { id, predecessorId, successorId, type, lagKind: 'working', lag: 0 };
}
