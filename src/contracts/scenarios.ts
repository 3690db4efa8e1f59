import { z } from 'zod';
import { Id, Timestamp, Version } from './common.js';
import { PlanOp } from './plan-ops.js';

/*
 * What-if scenarios: a user's private branch of a project's plan, kept as the edits made in it.
 * Its plan is always the live plan as it is now with those edits applied (it follows the live
 * plan, like a rebased branch); apply replays the edits on the live plan, or answers 409 naming
 * the tasks the live plan changed under them. Dates are as in GET /schedule; deltas and float in
 * working minutes on the plan's default calendar.
 */

/** The most ops a scenario holds, over all its steps. */
export const MAX_SCENARIO_OPS = 1000;
/** The most scenarios one user keeps per project. */
export const MAX_SCENARIOS_PER_OWNER = 50;

const Name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** A step of a scenario: one edit (one request's ops), named as in undo. */
export const ScenarioStep = z.object({ label: z.string(), opCount: z.number().int().positive() });

/** A scenario: its edits and the live plan version it was opened on; `version` guards the scenario itself. */
export const Scenario = z
  .object({
    id: Id,
    projectId: Id,
    name: z.string(),
    baseVersion: z.number().int().nonnegative(),
    opCount: z.number().int().nonnegative(),
    steps: z.array(ScenarioStep),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Scenario' });
/** A scenario. */
export type Scenario = z.infer<typeof Scenario>;

/** GET /scenarios: the caller's own scenarios of the project, by name. */
export const ScenarioList = z.object({ items: z.array(Scenario) }).meta({ id: 'ScenarioList' });
/** A scenario list. */
export type ScenarioList = z.infer<typeof ScenarioList>;

/** POST /scenarios: opens a scenario on the live plan as it is now. */
export const CreateScenarioBody = z.object({ name: Name }).meta({ id: 'CreateScenarioBody' });
/** Parsed create body. */
export type CreateScenarioBody = z.infer<typeof CreateScenarioBody>;

/** PATCH /scenarios/{sid}: renames it. */
export const RenameScenarioBody = z
  .object({ name: Name, version: Version.optional() })
  .meta({ id: 'RenameScenarioBody' });
/** Parsed rename body. */
export type RenameScenarioBody = z.infer<typeof RenameScenarioBody>;

/** POST /scenarios/{sid}/ops: one edit, all ops or none; `label` names it ("edit duration"). */
export const ScenarioOpsBody = z
  .object({
    version: Version.optional(),
    label: z.string().trim().min(1).max(100).optional(),
    ops: z.array(PlanOp).min(1, 'must hold at least one op').max(MAX_SCENARIO_OPS),
  })
  .meta({ id: 'ScenarioOpsBody' });
/** Parsed scenario ops body. */
export type ScenarioOpsBody = z.infer<typeof ScenarioOpsBody>;

/** POST /scenarios/{sid}/undo and /apply: the scenario version the request is based on. */
export const ScenarioVersionBody = z.object({ version: Version.optional() }).meta({ id: 'ScenarioVersionBody' });
/** Parsed scenario version body. */
export type ScenarioVersionBody = z.infer<typeof ScenarioVersionBody>;

const ScheduleDate = z.string().nullable();
const Named = z.object({ taskId: Id, name: z.string() });

/** A task whose start or finish the scenario moves; float in working minutes. */
export const MovedTask = Named.extend({
  startBefore: ScheduleDate,
  startAfter: ScheduleDate,
  finishBefore: ScheduleDate,
  finishAfter: ScheduleDate,
  floatBeforeMinutes: z.number().nullable(),
  floatAfterMinutes: z.number().nullable(),
}).meta({ id: 'MovedTask' });

/** A milestone's date in the live plan and the scenario, and the move in working minutes (positive: later). */
export const MilestoneMove = Named.extend({
  before: ScheduleDate,
  after: ScheduleDate,
  deltaMinutes: z.number().nullable(),
}).meta({ id: 'MilestoneMove' });

/** GET /scenarios/{sid}/impact: the scenario against the live plan as it is now. */
export const ScenarioImpact = z
  .object({
    liveVersion: Version,
    finishBefore: ScheduleDate,
    finishAfter: ScheduleDate,
    finishDeltaMinutes: z.number().nullable(),
    /** In WBS order, at most 1000; `movedCount` counts them all. */
    moved: z.array(MovedTask),
    movedCount: z.number().int().nonnegative(),
    floatConsumedMinutes: z.number(),
    criticalAdded: z.array(Named),
    criticalRemoved: z.array(Named),
    milestones: z.array(MilestoneMove),
    added: z.array(Named),
    removed: z.array(Named),
  })
  .meta({ id: 'ScenarioImpact' });
/** A scenario's impact. */
export type ScenarioImpact = z.infer<typeof ScenarioImpact>;

/** One conflict of an apply: a task, link or the settings the live plan changed under the scenario's edits. */
export const ScenarioConflict = z
  .object({
    kind: z.enum(['task', 'link', 'settings', 'assignment']),
    id: Id,
    name: z.string(),
    /** The fields changed in the live plan, or ["deleted"]. */
    changed: z.array(z.string()),
  })
  .meta({ id: 'ScenarioConflict' });
/** A conflict. */
export type ScenarioConflict = z.infer<typeof ScenarioConflict>;
