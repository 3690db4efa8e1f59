import { z } from 'zod';
import { DateOnly, Id } from './common.js';
import { LocalDateTime } from './plan.js';

/*
 * GET /api/projects/{id}/plan/summary: the plan at a glance for the project page, read from the
 * stored schedule (no engine run). It sets the plan's dates beside the charter's and the first
 * baseline's, so a plan that drifted from what was agreed shows it.
 */

/** One upcoming milestone: its plan date (local date-time) and, when baselined, the baseline's date. */
export const PlanSummaryMilestone = z.object({
  taskId: Id,
  wbs: z.string(),
  name: z.string(),
  date: LocalDateTime.nullable(),
  baselineDate: LocalDateTime.nullable(),
});
/** An upcoming milestone. */
export type PlanSummaryMilestone = z.infer<typeof PlanSummaryMilestone>;

/** The plan's summary; dates are plan-local date-times, the charter's plain dates, variances in days. */
export const PlanSummary = z
  .object({
    taskCount: z.number().int().min(0),
    planStart: LocalDateTime.nullable(),
    planFinish: LocalDateTime.nullable(),
    charterStart: DateOnly.nullable(),
    charterFinish: DateOnly.nullable(),
    /** The lowest-numbered baseline, the one the plan was agreed on; null when none is saved. */
    baseline: z
      .object({ id: Id, number: z.number().int(), name: z.string(), finish: LocalDateTime.nullable() })
      .nullable(),
    finishVarianceWorkingDays: z.number().nullable().meta({
      description:
        'Plan finish minus baseline finish in working days on the plan calendar (positive: later); null without a baseline',
    }),
    charterFinishDifferenceDays: z.number().int().nullable().meta({
      description:
        'Plan finish date minus charter finish date in calendar days (positive: later); null when either is missing',
    }),
    percentComplete: z.number().min(0).max(100).meta({ description: 'Duration-weighted, as summaries roll it up' }),
    nextMilestones: z.array(PlanSummaryMilestone).max(3),
  })
  .meta({ id: 'PlanSummary' });
/** The plan's summary. */
export type PlanSummary = z.infer<typeof PlanSummary>;
