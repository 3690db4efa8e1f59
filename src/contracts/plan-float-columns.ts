import { z } from 'zod';
import { formatLocalDateTime } from '../core/schedule/time.js';

/*
 * Column encodings shared by the plan's compact shapes (plan-columns.ts). Kept apart from plan.ts,
 * which uses PlanFloatColumns, so neither module needs the other while it loads.
 */

/** Minutes since 1970-01-01T00:00, zone-free plan time; null: no date. */
export const Minutes = z.number().int().nullable();
/** A flag: 0 or 1. */
export const Flag = z.union([z.literal(0), z.literal(1)]);

/**
 * Tasks whose only changes were their late dates, floats or critical flag (a write moved the
 * plan's finish, say): their rows (1-based, in the new WBS order) and those fields, column by
 * column, so an edit of a 100,000-task plan does not send every task in full.
 */
export const PlanFloatColumns = z.object({
  row: z.array(z.number().int().positive()),
  lateStartMinutes: z.array(Minutes),
  lateFinishMinutes: z.array(Minutes),
  totalFloatMinutes: z.array(z.number().nullable()),
  freeFloatMinutes: z.array(z.number().nullable()),
  critical: z.array(Flag),
});
/** Float-only changes in columns. */
export type PlanFloatColumns = z.infer<typeof PlanFloatColumns>;

/** Plan minutes to the wire's local date-time text (null stays null). */
export const minutesToLocalDateTime = (m: number | null | undefined): string | null =>
  m === null || m === undefined ? null : formatLocalDateTime(m).slice(0, 16);
