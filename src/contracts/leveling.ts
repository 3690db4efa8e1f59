import { z } from 'zod';
import { DateOnly, Id } from './common.js';
import { Job } from './jobs.js';

/*
 * Resource leveling of a project's plan (issue 11): a job that computes a leveling delay per task
 * (working minutes on the task's calendar, MS Project's "Leveling delay") and either opens them as
 * a scenario (preview) or writes them to the plan (one undo step).
 */

/** Which load leveling works around: this project alone, or the pool by project priority. */
export const LevelScope = z.enum(['project', 'pool']);

/** POST /api/projects/{id}/level. */
export const LevelBody = z
  .object({
    /**
     * `project`: only this project's tasks move; every other project's assignments are fixed load.
     * `pool`: projects of higher or equal priority are fixed load, lower-priority projects are
     * ignored (they yield: level them afterwards).
     */
    scope: LevelScope.default('project'),
    withinSlack: z.boolean().default(false),
    split: z.boolean().default(false),
    /** Only tasks starting in [from, to] move (local dates, inclusive). */
    from: DateOnly.optional(),
    to: DateOnly.optional(),
    /** true: the delays go into a new scenario of the caller's; false: onto the plan. */
    preview: z.boolean().default(true),
    /** Schedules the search may generate (default 200). */
    budget: z.number().int().min(1).max(5000).optional(),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .refine((b) => !(b.from && b.to && b.from > b.to), { message: 'must not be after to', path: ['from'] })
  .meta({ id: 'LevelBody' });
/** Parsed LevelBody. */
export type LevelBody = z.infer<typeof LevelBody>;

/** A task leveling moved: its new delay, in working minutes. */
export const LeveledTask = z.object({ taskId: Id, name: z.string(), levelingDelayMinutes: z.number().int() });

/** A task leveling could not resolve, and why. */
export const LevelingConflictWire = z.object({
  taskId: Id,
  name: z.string(),
  reason: z.enum(['beyond_slack', 'fixed', 'no_fit']),
  resourceIds: z.array(Id),
});

/** The result of a `plan.level` job. Finishes are local date-times (YYYY-MM-DDTHH:MM). */
export const LevelJobResult = z
  .object({
    projectId: Id,
    preview: z.boolean(),
    /** The scenario holding the delays (preview), else null. */
    scenarioId: Id.nullable(),
    /** The plan version the delays were written as (apply), else null. */
    planVersion: z.number().int().nullable(),
    moved: z.array(LeveledTask),
    conflicts: z.array(LevelingConflictWire),
    finishBefore: z.string(),
    finishAfter: z.string(),
    schedulesGenerated: z.number().int(),
  })
  .meta({ id: 'LevelJobResult' });
/** Parsed LevelJobResult. */
export type LevelJobResult = z.infer<typeof LevelJobResult>;

/** The 202 answer of POST /api/projects/{id}/level: the queued job (its result is a LevelJobResult). */
export const LevelJobAccepted = z.object({ job: Job }).meta({ id: 'LevelJobAccepted' });
/** Parsed LevelJobAccepted. */
export type LevelJobAccepted = z.infer<typeof LevelJobAccepted>;

/** POST /api/projects/{id}/level/clear: the plan version it is based on (or If-Match). */
export const ClearLevelingBody = z
  .object({ version: z.number().int().min(0).optional() })
  .meta({ id: 'ClearLevelingBody' });
/** Parsed ClearLevelingBody. */
export type ClearLevelingBody = z.infer<typeof ClearLevelingBody>;
