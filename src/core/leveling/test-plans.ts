import type { PoolResource, TaskAssignment } from '../resources/model.js';
import type { Plan } from '../schedule/model.js';
import { standardCalendar } from '../schedule/test-fixtures.js';
import type { LevelingInput, LevelingOptions } from './model.js';

/** Test helper: a person on the standard calendar with 100 % (or `units`) maximum units. */
export function person(id: string, units = 1): PoolResource {
  return {
    id,
    name: id,
    kind: 'person',
    roleId: null,
    department: '',
    skills: [],
    calendar: standardCalendar(),
    maxUnits: units === 1 ? [] : [{ fromDay: 0, units }],
    booking: 'committed',
  };
}

/** Test helper: an assignment of `resourceId` to `taskId` at `units`. */
export function assign(taskId: string, resourceId: string, units = 1): TaskAssignment {
  return {
    id: `${taskId}:${resourceId}`,
    taskId: taskId as TaskAssignment['taskId'],
    resourceId,
    units,
    workMinutes: 0,
    actualWorkMinutes: 0,
    remainingWorkMinutes: null,
    levelingDelayMinutes: 0,
  };
}

/** Test helper: leveling input of a plan, its pool and assignments. */
export function levelingInput(
  plan: Plan,
  resources: readonly PoolResource[],
  assignments: readonly TaskAssignment[],
  extra: Partial<LevelingInput> = {},
): LevelingInput {
  return { plan, resources, assignments, ...extra };
}

/** Test helper: default options (one priority-rule pass, no slack limit, no splits). */
export function levelingOptions(extra: Partial<LevelingOptions> = {}): LevelingOptions {
  return { withinSlack: false, split: false, seed: 1, budget: 1, ...extra };
}
