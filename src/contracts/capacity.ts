import { z } from 'zod';
import { CAPACITY_GROUPS } from '../core/capacity/grid.js';
import { CAPACITY_UNITS } from '../core/capacity/periods.js';
import { DateOnly, Id } from './common.js';

/*
 * Capacity against demand (issue 11). Minutes are working minutes; periods are local days
 * "YYYY-MM-DD", `end` the period's last day (inclusive). Demand is remaining work spread flat over
 * each task's scheduled span, weighted by its project's lifecycle state (the PMO's settings).
 */

/** How capacity rows are grouped. */
export const CapacityGroupByEnum = z.enum(CAPACITY_GROUPS).meta({ id: 'CapacityGroupBy' });
/** Day, ISO week (Monday first) or calendar month. */
export const CapacityUnitEnum = z.enum(CAPACITY_UNITS).meta({ id: 'CapacityUnit' });

/** GET /api/capacity. Without from/to: from today's period on (6 weeks of days, 26 weeks, 12 months). */
export const CapacityQuery = z.object({
  groupBy: CapacityGroupByEnum.default('resource'),
  unit: CapacityUnitEnum.default('week'),
  from: DateOnly.optional(),
  /** Inclusive; at most 1,100 days, 260 weeks or 60 months after `from`. */
  to: DateOnly.optional(),
  /** Demand of this portfolio's projects only (capacity of the whole pool). */
  portfolioId: Id.optional(),
  /** One project's view: its resources, their load from every project, only its own tasks named. */
  projectId: Id.optional(),
});
/** Capacity query. */
export type CapacityQuery = z.infer<typeof CapacityQuery>;

/** One period of the view. */
export const CapacityPeriodSchema = z
  .object({ start: DateOnly, end: DateOnly, label: z.string() })
  .meta({ id: 'CapacityPeriod' });

/** One row: capacity and demand minutes per period, and where demand exceeds capacity. */
export const CapacityRowSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    capacityMinutes: z.array(z.number()),
    demandMinutes: z.array(z.number()),
    overallocated: z.array(z.boolean()),
    /** Per period, how many of the row's resources are over-allocated (generic roles aside). */
    overallocatedResources: z.array(z.number().int()),
    /** The resources the row sums. */
    resourceIds: z.array(z.string()),
  })
  .meta({ id: 'CapacityRow' });

/** GET /api/capacity answer. */
export const CapacityView = z
  .object({
    groupBy: CapacityGroupByEnum,
    unit: CapacityUnitEnum,
    from: DateOnly,
    to: DateOnly,
    portfolioId: Id.nullable(),
    projectId: Id.nullable(),
    periods: z.array(CapacityPeriodSchema),
    rows: z.array(CapacityRowSchema),
  })
  .meta({ id: 'CapacityView' });
/** Capacity view. */
export type CapacityView = z.infer<typeof CapacityView>;

/** GET /api/capacity/cell: one row's one period; `period` is any day inside it. */
export const CapacityCellQuery = CapacityQuery.pick({
  groupBy: true,
  unit: true,
  portfolioId: true,
  projectId: true,
}).extend({
  key: z.string().max(200),
  period: DateOnly,
});
/** Capacity cell query. */
export type CapacityCellQuery = z.infer<typeof CapacityCellQuery>;

/** One assignment's demand in the cell, minutes (weighted by its project's state). */
export const CapacityCellItemSchema = z
  .object({
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    taskId: Id,
    taskName: z.string(),
    resourceId: Id,
    resourceName: z.string(),
    minutes: z.number(),
    /** The weight of the project's lifecycle state, percent. */
    weightPercent: z.number(),
  })
  .meta({ id: 'CapacityCellItem' });

/** One resource of the cell's row in that period. */
export const CapacityCellResourceSchema = z
  .object({
    id: Id,
    name: z.string(),
    capacityMinutes: z.number(),
    demandMinutes: z.number(),
    overallocated: z.boolean(),
  })
  .meta({ id: 'CapacityCellResource' });

/** GET /api/capacity/cell answer: the tasks and projects behind one cell. */
export const CapacityCell = z
  .object({
    key: z.string(),
    name: z.string(),
    period: CapacityPeriodSchema,
    capacityMinutes: z.number(),
    demandMinutes: z.number(),
    overallocated: z.boolean(),
    resources: z.array(CapacityCellResourceSchema),
    /** Largest first. In a project's view, only that project's tasks. */
    items: z.array(CapacityCellItemSchema),
    /** In a project's view: the demand of every other project, not named. */
    otherProjectsMinutes: z.number(),
  })
  .meta({ id: 'CapacityCell' });
/** Capacity cell. */
export type CapacityCell = z.infer<typeof CapacityCell>;
