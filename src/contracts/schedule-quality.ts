import { z } from 'zod';
import { QUALITY_CHECK_KEYS } from '../core/quality/model.js';

/** Key of one DCMA check (logic, leads, … bei). */
export const QualityCheckKeyEnum = z.enum(QUALITY_CHECK_KEYS);

/** A check's pass mark: the value must be <= or >= this (percent, or a ratio for CPLI and BEI). */
export const QualityThresholdSchema = z
  .object({ operator: z.enum(['<=', '>=']), value: z.number() })
  .meta({ id: 'QualityThreshold' });

/** One DCMA check: count of flagged tasks or links over those examined, value (percent; ratio for CPLI/BEI), pass (null: not applicable). */
export const QualityCheckSchema = z
  .object({
    id: z.number().int().min(1).max(14),
    key: QualityCheckKeyEnum,
    name: z.string(),
    count: z.number().int(),
    total: z.number().int(),
    value: z.number().nullable(),
    threshold: QualityThresholdSchema.nullable(),
    pass: z.boolean().nullable(),
    /** Task ids the check flags (successors of flagged links), in plan (WBS) order. */
    taskIds: z.array(z.string()),
  })
  .meta({ id: 'QualityCheck' });
/** One DCMA check's outcome. */
export type QualityCheck = z.infer<typeof QualityCheckSchema>;

/** GET /api/projects/{id}/schedule-quality: the 14 DCMA checks in id order (see docs/schedule-quality.md). */
export const ScheduleQualitySchema = z
  .object({
    checks: z.array(QualityCheckSchema),
  })
  .meta({ id: 'ScheduleQuality' });
/** The DCMA 14-point assessment of a plan. */
export type ScheduleQuality = z.infer<typeof ScheduleQualitySchema>;
