import { z } from 'zod';
import type { PlanOp as CorePlanOp } from '../core/plan/plan-op.js';
import { Id, Version } from './common.js';
import { LagKindEnum, LinkTypeEnum, NewLink, NewTask, PlanChange, PlanSettings, TaskFields } from './plan.js';

/*
 * A plan edit as data on the wire: POST /api/projects/{id}/plan/ops takes a list of tagged ops and
 * applies all of them or none. Each op carries the same fields as the REST route that does the
 * same thing (updateTask's `fields` are PATCH /tasks/{taskId}'s body), so a client can move from
 * one to the other without learning a second vocabulary. Undo and redo are per user and kept by
 * the server, so they survive a reload.
 */

const TaskIds = z.array(Id).min(1, 'must hold at least one task').max(100_000);
const taskList = <T extends string>(op: T) => z.object({ op: z.literal(op), taskIds: TaskIds });

/** Inserts tasks in order before `beforeId` (absent or null: at the end), with links among or to them. */
export const InsertTasksOp = z
  .object({
    op: z.literal('insertTasks'),
    beforeId: Id.nullable().optional(),
    tasks: z.array(NewTask).min(1, 'must hold at least one task').max(100_000),
    links: z.array(NewLink).max(200_000).default([]),
  })
  .meta({ id: 'InsertTasksOp' });
/** Changes fields of one task (the fields of PATCH /tasks/{taskId}). */
export const UpdateTaskOp = z
  .object({ op: z.literal('updateTask'), taskId: Id, fields: TaskFields.partial() })
  .meta({ id: 'UpdateTaskOp' });
/** Moves tasks with their subtrees under `parentId`, before `beforeId` (absent or null: as its last children). */
export const MoveTasksOp = z
  .object({ op: z.literal('moveTasks'), taskIds: TaskIds, parentId: Id.nullable(), beforeId: Id.nullable().optional() })
  .meta({ id: 'MoveTasksOp' });
/** Indents tasks under their previous sibling. */
export const IndentTasksOp = taskList('indentTasks').meta({ id: 'IndentTasksOp' });
/** Outdents tasks one level; their following siblings become their children. */
export const OutdentTasksOp = taskList('outdentTasks').meta({ id: 'OutdentTasksOp' });
/** Deletes tasks with their subtrees and every link touching them. */
export const DeleteTasksOp = taskList('deleteTasks').meta({ id: 'DeleteTasksOp' });
/** Adds links. */
export const AddLinksOp = z
  .object({ op: z.literal('addLinks'), links: z.array(NewLink).min(1, 'must hold at least one link').max(200_000) })
  .meta({ id: 'AddLinksOp' });
/** Changes a link's type or lag (minutes, or percent for a percent lag). */
export const UpdateLinkOp = z
  .object({
    op: z.literal('updateLink'),
    linkId: Id,
    fields: z.object({
      type: LinkTypeEnum.optional(),
      lagKind: LagKindEnum.optional(),
      lag: z.number().min(-100_000_000).max(100_000_000).optional(),
    }),
  })
  .meta({ id: 'UpdateLinkOp' });
/** Deletes links. */
export const DeleteLinksOp = z
  .object({ op: z.literal('deleteLinks'), linkIds: z.array(Id).min(1, 'must hold at least one link').max(200_000) })
  .meta({ id: 'DeleteLinksOp' });
/** Changes the project start, status date or default calendar. */
export const UpdatePlanOp = z
  .object({ op: z.literal('updatePlan'), fields: PlanSettings.partial() })
  .meta({ id: 'UpdatePlanOp' });

/** Units on the wire: percent (100 = full time), up to 10000 %. */
const UnitsPercent = z.number().min(0, 'must not be negative').max(10_000, 'must be at most 10000 %');
/** Work in minutes. */
const WorkMinutes = z.number().int().min(0, 'must not be negative').max(1_000_000_000);

/** A resource to put on a task: units in percent (default 100), work in minutes (default: the task's duration × units). */
export const NewAssignment = z.object({
  id: Id.optional(),
  taskId: Id,
  resourceId: Id,
  unitsPercent: UnitsPercent.optional(),
  workMinutes: WorkMinutes.optional(),
});
/** Assigns resources to tasks; MS Project's task type and effort-driven rules set the rest. */
export const AddAssignmentsOp = z
  .object({
    op: z.literal('addAssignments'),
    assignments: z.array(NewAssignment).min(1, 'must hold at least one assignment').max(10_000),
  })
  .meta({ id: 'AddAssignmentsOp' });
/** Changes an assignment's units, work (the task type says what follows) or resource (staffing a role keeps its history). */
export const UpdateAssignmentOp = z
  .object({
    op: z.literal('updateAssignment'),
    assignmentId: Id,
    fields: z.object({
      unitsPercent: UnitsPercent.optional(),
      workMinutes: WorkMinutes.optional(),
      resourceId: Id.optional(),
    }),
  })
  .meta({ id: 'UpdateAssignmentOp' });
/** Removes assignments (an effort-driven task keeps its work among those left). */
export const DeleteAssignmentsOp = z
  .object({
    op: z.literal('deleteAssignments'),
    assignmentIds: z.array(Id).min(1, 'must hold at least one assignment').max(10_000),
  })
  .meta({ id: 'DeleteAssignmentsOp' });

/** One plan edit, tagged by `op`. */
export const PlanOp = z
  .discriminatedUnion('op', [
    InsertTasksOp,
    UpdateTaskOp,
    MoveTasksOp,
    IndentTasksOp,
    OutdentTasksOp,
    DeleteTasksOp,
    AddLinksOp,
    UpdateLinkOp,
    DeleteLinksOp,
    UpdatePlanOp,
    AddAssignmentsOp,
    UpdateAssignmentOp,
    DeleteAssignmentsOp,
  ])
  .meta({ id: 'PlanOp' });
/** A parsed plan op. */
export type PlanOp = z.infer<typeof PlanOp>;
// The wire's ops are core's ops: core applies what the contract parsed, with no mapping between.
true satisfies z.infer<typeof PlanOp> extends CorePlanOp ? true : false;

/** The most ops one request may carry. */
export const MAX_PLAN_OPS = 1000;

/** POST /plan/ops: ops applied in order, all or none; `label` names the edit in undo ("Undo indent"). */
export const PlanOpsBody = z
  .object({
    version: Version.optional(),
    label: z.string().trim().min(1).max(100).optional(),
    ops: z.array(PlanOp).min(1, 'must hold at least one op').max(MAX_PLAN_OPS),
  })
  .meta({ id: 'PlanOpsBody' });
/** Parsed ops body. */
export type PlanOpsBody = z.infer<typeof PlanOpsBody>;

/** One step of a user's plan history: what undo (or redo) would take back (or do again). */
export const PlanHistoryStep = z.object({ label: z.string() }).meta({ id: 'PlanHistoryStep' });

/** GET /plan/history: the caller's own next undo and redo on this plan, null when there is none. */
export const PlanHistory = z
  .object({ undo: PlanHistoryStep.nullable(), redo: PlanHistoryStep.nullable() })
  .meta({ id: 'PlanHistory' });
/** A user's undo and redo on a plan. */
export type PlanHistory = z.infer<typeof PlanHistory>;

/** POST /plan/undo and /plan/redo: the plan version the step is based on. */
export const PlanStepBody = z.object({ version: Version.optional() }).meta({ id: 'PlanStepBody' });
/** Parsed undo/redo body. */
export type PlanStepBody = z.infer<typeof PlanStepBody>;

/** The answer to undo or redo: what changed (as any plan write), the step's label, and the history after it. */
export const PlanStepResult = PlanChange.extend({ label: z.string(), history: PlanHistory }).meta({
  id: 'PlanStepResult',
});
/** Parsed undo/redo answer. */
export type PlanStepResult = z.infer<typeof PlanStepResult>;
