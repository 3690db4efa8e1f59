import { z } from 'zod';
import { DateOnly, Id, Timestamp, Version } from './common.js';
import { LocalDateTime } from './plan.js';

/*
 * Timesheets (issue 12): a person's week, Monday first; one line per task with minutes per day.
 * Each line has its own status since each project's manager decides on their project's lines.
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const DayMinutes = z
  .array(z.number().int('must be whole minutes').min(0, 'must not be negative').max(1440, 'must be at most 1,440'))
  .length(7, 'must hold 7 days, Monday first');

/** A line's status: approved lines are posted to the plan. */
export const TimesheetLineStatus = z
  .enum(['draft', 'submitted', 'approved', 'returned'])
  .meta({ id: 'TimesheetLineStatus' });

/** One task's hours in a week. */
export const TimesheetLine = z
  .object({
    id: Id,
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    taskId: Id,
    taskName: z.string(),
    assignmentId: Id.nullable(),
    minutes: z.array(z.number().int()),
    totalMinutes: z.number().int(),
    note: z.string(),
    status: TimesheetLineStatus,
    comment: z.string().meta({ description: "The approver's comment when returned" }),
    decidedBy: z.object({ id: Id, name: z.string() }).nullable(),
    decidedAt: Timestamp.nullable(),
    costMinor: z.number().int().nullable().meta({ description: 'Set when approved' }),
    editable: z.boolean().meta({ description: 'Draft or returned: its owner may still change it' }),
  })
  .meta({ id: 'TimesheetLine' });
/** A timesheet line. */
export type TimesheetLine = z.infer<typeof TimesheetLine>;

/** A task the person could book hours on this week (assigned to it or responsible for it). */
export const TimesheetSuggestion = z
  .object({
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    taskId: Id,
    taskName: z.string(),
    assignmentId: Id.nullable(),
    start: LocalDateTime.nullable(),
    finish: LocalDateTime.nullable(),
  })
  .meta({ id: 'TimesheetSuggestion' });

/** GET /timesheets?week=: the caller's week. */
export const TimesheetWeek = z
  .object({
    weekStart: DateOnly,
    days: z.array(DateOnly),
    /** 0 while nothing is saved for the week. */
    version: z.number().int().nonnegative(),
    lines: z.array(TimesheetLine),
    suggestions: z.array(TimesheetSuggestion),
    dayTotals: z.array(z.number().int()),
    totalMinutes: z.number().int(),
  })
  .meta({ id: 'TimesheetWeek' });
/** A timesheet week. */
export type TimesheetWeek = z.infer<typeof TimesheetWeek>;

export const TimesheetWeekQuery = z.object({
  week: DateOnly.optional().meta({ description: "A Monday (YYYY-MM-DD); default: this week's" }),
});

export const WeekParam = z.object({ week: DateOnly.meta({ description: 'The Monday the week starts on' }) });

/** PUT /timesheets/{week}: the lines the caller may still edit, replaced by these (0-minute lines are dropped). */
export const SaveTimesheetBody = z
  .object({
    version: z.number().int().nonnegative().meta({ description: '0 for a week not saved yet' }),
    lines: z
      .array(z.object({ projectId: Id, taskId: Id, minutes: DayMinutes, note: text(1000).default('') }))
      .max(200, 'at most 200 lines a week'),
  })
  .meta({ id: 'SaveTimesheetBody' });
/** A timesheet save. */
export type SaveTimesheetBody = z.infer<typeof SaveTimesheetBody>;

/** POST /timesheets/{week}/submit. */
export const SubmitTimesheetBody = z.object({ version: Version }).meta({ id: 'SubmitTimesheetBody' });

/** A line awaiting (or past) a project manager's decision, with whose and which week. */
export const ProjectTimesheetLine = TimesheetLine.extend({
  person: z.object({ id: Id, name: z.string() }),
  weekStart: DateOnly,
}).meta({ id: 'ProjectTimesheetLine' });

/** GET /projects/{id}/timesheets. */
export const ProjectTimesheetList = z
  .object({ items: z.array(ProjectTimesheetLine), canDecide: z.boolean() })
  .meta({ id: 'ProjectTimesheetList' });
/** A project's timesheet lines. */
export type ProjectTimesheetList = z.infer<typeof ProjectTimesheetList>;

export const ProjectTimesheetQuery = z.object({
  status: z.enum(['submitted', 'approved', 'returned', 'all']).default('submitted'),
});

/** POST /projects/{id}/timesheets/approve: posts the lines' hours to the plan. */
export const ApproveTimesheetBody = z
  .object({
    lineIds: z.array(Id).min(1, 'name at least one line').max(500),
    remaining: z
      .array(z.object({ taskId: Id, remainingWorkMinutes: z.number().int().min(0).max(100_000_000) }))
      .max(500)
      .default([])
      .meta({ description: "The manager's estimate of remaining work per task, instead of planned less done" }),
  })
  .meta({ id: 'ApproveTimesheetBody' });
/** An approval. */
export type ApproveTimesheetBody = z.infer<typeof ApproveTimesheetBody>;

/** POST /projects/{id}/timesheets/return. */
export const ReturnTimesheetBody = z
  .object({
    lineIds: z.array(Id).min(1, 'name at least one line').max(500),
    comment: z.string().trim().min(1, 'say why').max(1000),
  })
  .meta({ id: 'ReturnTimesheetBody' });
/** A return. */
export type ReturnTimesheetBody = z.infer<typeof ReturnTimesheetBody>;
