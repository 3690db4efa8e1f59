import { z } from 'zod';
import { Id } from './common.js';
import { LocalDateTime } from './plan.js';
import { ProjectStateSchema } from './projects.js';

/** Where a milestone stands: reached, later than its baseline, on its baseline date, or not baselined. */
export const MilestoneStatusEnum = z.enum(['done', 'slipped', 'on_track', 'no_baseline']);

/** One milestone of one project, with its slip against the project's baseline (the lowest-numbered saved one). */
export const PortfolioMilestone = z
  .object({
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    projectState: ProjectStateSchema,
    portfolioId: Id.nullable(),
    portfolioName: z.string().nullable(),
    taskId: Id,
    name: z.string(),
    wbs: z.string(),
    date: LocalDateTime.nullable(),
    baselineDate: LocalDateTime.nullable(),
    /** Working minutes on the task's calendar; positive: later than the baseline. */
    slipMinutes: z.number().nullable(),
    critical: z.boolean(),
    deadline: LocalDateTime.nullable(),
    status: MilestoneStatusEnum,
  })
  .meta({ id: 'PortfolioMilestone' });
/** A portfolio milestone. */
export type PortfolioMilestone = z.infer<typeof PortfolioMilestone>;

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',')), z.array(item));

/** Query of GET /api/milestones: filter by portfolio, project state and milestone status, and a date window. */
export const MilestoneQuery = z.object({
  portfolioId: Id.optional(),
  state: list(ProjectStateSchema).optional(),
  status: list(MilestoneStatusEnum).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
/** Parsed milestone query. */
export type MilestoneQuery = z.infer<typeof MilestoneQuery>;

/** GET /api/milestones: every milestone of every project the caller can read, by date. */
export const MilestoneList = z
  .object({ items: z.array(PortfolioMilestone), projectCount: z.number().int().nonnegative() })
  .meta({ id: 'MilestoneList' });
/** A milestone list. */
export type MilestoneList = z.infer<typeof MilestoneList>;
