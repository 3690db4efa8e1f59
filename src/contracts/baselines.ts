import { z } from 'zod';
import { BASELINE_ACTIONS } from '../core/resource-policies.js';
import { Id, Timestamp } from './common.js';
import { LocalDateTime } from './plan.js';
import { resourceActions } from './resource-actions.js';

/** How many baselines a project keeps, numbered 0-10 as in MS Project (Baseline, Baseline 1 … Baseline 10). */
export const MAX_BASELINES = 11;

/** A saved copy of the whole schedule's dates. */
export const Baseline = z
  .object({
    id: Id,
    projectId: Id,
    number: z.number().int().min(0).max(10),
    name: z.string(),
    savedAt: Timestamp,
    savedById: Id.nullable(),
    savedByName: z.string().nullable(),
    projectStart: LocalDateTime.nullable(),
    projectFinish: LocalDateTime.nullable(),
    taskCount: z.number().int().nonnegative(),
    /** `baseline.replace` (save over it), `baseline.delete`: the project's `plan.edit`, so stopped when it is closed. */
    ...resourceActions('Baseline', BASELINE_ACTIONS),
  })
  .meta({ id: 'Baseline' });
/** A baseline. */
export type Baseline = z.infer<typeof Baseline>;

/** GET /baselines. */
export const BaselineList = z.object({ items: z.array(Baseline) }).meta({ id: 'BaselineList' });
/** A baseline list. */
export type BaselineList = z.infer<typeof BaselineList>;

/** POST /baselines: save the current schedule; `number` defaults to the lowest free one; an existing number needs `replace`. */
export const SaveBaselineBody = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    number: z.number().int().min(0).max(10).optional(),
    replace: z.boolean().default(false),
  })
  .meta({ id: 'SaveBaselineBody' });
/** Parsed baseline body. */
export type SaveBaselineBody = z.infer<typeof SaveBaselineBody>;

/** Start, finish and duration variances in working minutes (positive: later or longer than the baseline). */
export const Variance = z.object({
  startVarianceMinutes: z.number().nullable(),
  finishVarianceMinutes: z.number().nullable(),
  durationVarianceMinutes: z.number().nullable(),
});

/** One task compared: `added` is in the plan but not the baseline, `removed` the other way round. */
export const TaskVariance = Variance.extend({
  taskId: Id,
  row: z.number().int().positive().nullable(),
  wbs: z.string().nullable(),
  name: z.string(),
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  baselineStart: LocalDateTime.nullable(),
  baselineFinish: LocalDateTime.nullable(),
  baselineDurationMinutes: z.number().nullable(),
  start: LocalDateTime.nullable(),
  finish: LocalDateTime.nullable(),
  durationMinutes: z.number().nullable(),
});
/** A task's variance. */
export type TaskVariance = z.infer<typeof TaskVariance>;

/** GET /baselines/{baselineId}/comparison: the project's variance, then every task's, in current WBS order. */
export const BaselineComparison = z
  .object({
    baseline: Baseline,
    project: Variance.extend({
      baselineStart: LocalDateTime.nullable(),
      baselineFinish: LocalDateTime.nullable(),
      start: LocalDateTime.nullable(),
      finish: LocalDateTime.nullable(),
    }),
    tasks: z.array(TaskVariance),
  })
  .meta({ id: 'BaselineComparison' });
/** A baseline comparison. */
export type BaselineComparison = z.infer<typeof BaselineComparison>;
