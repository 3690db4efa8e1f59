import { z } from 'zod';
import { Id } from './common.js';
import { ResourceKindEnum } from './resources.js';

/*
 * Assignments of resources to tasks (issue 11) as read: units in percent, work in minutes. They are
 * written by plan ops (`plan-ops.ts`: addAssignments, updateAssignment, deleteAssignments).
 */

/** A resource an assignment had before: a generic role staffed by a named person. */
export const StaffingChangeWire = z
  .object({
    resourceId: Id,
    resourceName: z.string(),
    /** When it was replaced. */
    until: z.string(),
    by: z.string(),
    byName: z.string().nullable(),
    /** True when the new resource does not fill that role (the PMO staffed it anyway). */
    outsideRole: z.boolean(),
  })
  .meta({ id: 'StaffingChange' });

/** One resource on one task. */
export const Assignment = z
  .object({
    id: Id,
    taskId: Id,
    taskName: z.string(),
    resourceId: Id,
    resourceName: z.string(),
    resourceKind: ResourceKindEnum,
    unitsPercent: z.number(),
    workMinutes: z.number().int(),
    actualWorkMinutes: z.number().int(),
    remainingWorkMinutes: z.number().int(),
    levelingDelayMinutes: z.number().int(),
    /** Oldest first: "was: Senior developer". */
    staffingHistory: z.array(StaffingChangeWire),
  })
  .meta({ id: 'Assignment' });
/** An assignment. */
export type Assignment = z.infer<typeof Assignment>;

/** GET /api/projects/{id}/assignments: every assignment of the plan, by task; `planVersion` they belong to. */
export const AssignmentList = z
  .object({ planVersion: z.number().int(), items: z.array(Assignment) })
  .meta({ id: 'AssignmentList' });
/** A plan's assignments. */
export type AssignmentList = z.infer<typeof AssignmentList>;

/** One of the caller's own assignments, with its task's scheduled dates (local "YYYY-MM-DDTHH:mm"). */
export const MyAssignment = z
  .object({
    id: Id,
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    taskId: Id,
    taskName: z.string(),
    start: z.string().nullable(),
    finish: z.string().nullable(),
    unitsPercent: z.number(),
    workMinutes: z.number().int(),
    remainingWorkMinutes: z.number().int(),
    percentComplete: z.number(),
  })
  .meta({ id: 'MyAssignment' });
/** One of the caller's assignments. */
export type MyAssignment = z.infer<typeof MyAssignment>;

/** GET /api/me/assignments: the caller's assignments (through their resource record) on projects they can read, by start. */
export const MyAssignmentList = z
  .object({ resourceId: Id.nullable(), items: z.array(MyAssignment) })
  .meta({ id: 'MyAssignmentList' });
/** The caller's assignments. */
export type MyAssignmentList = z.infer<typeof MyAssignmentList>;
