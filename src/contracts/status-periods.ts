import { z } from 'zod';
import { PERIOD_CADENCES } from '../core/money/status-period.js';
import { DateOnly, Id, Timestamp, Version } from './common.js';
import { Job } from './jobs.js';
import { LocalDateTime } from './plan.js';

/** Weekly (Monday to Sunday) or monthly status periods. */
export const PeriodCadence = z.enum(PERIOD_CADENCES).meta({ id: 'PeriodCadence' });

/** A status period, closed or not. */
export const StatusPeriodItem = z
  .object({
    start: DateOnly,
    end: DateOnly,
    closed: z.boolean(),
    closedAt: Timestamp.nullable(),
    closedBy: z.object({ id: Id, name: z.string() }).nullable(),
  })
  .meta({ id: 'StatusPeriod' });

/** GET /status-periods: the cadence, what is closed, and the periods around today. */
export const StatusPeriodList = z
  .object({
    cadence: PeriodCadence,
    version: Version,
    closedThrough: DateOnly.nullable(),
    periods: z.array(StatusPeriodItem),
  })
  .meta({ id: 'StatusPeriodList' });
/** Status periods. */
export type StatusPeriodList = z.infer<typeof StatusPeriodList>;

export const StatusPeriodQuery = z.object({
  from: DateOnly.optional().meta({ description: 'Default: 12 periods before today' }),
  to: DateOnly.optional().meta({ description: 'Default: 2 periods after today' }),
});

/** PUT /status-periods/settings: the cadence (only while no period is closed). */
export const StatusPeriodSettingsBody = z
  .object({ cadence: PeriodCadence, version: Version })
  .meta({ id: 'StatusPeriodSettingsBody' });

/** POST /status-periods/close: closes every open period through the one ending on `through`, in order. */
export const ClosePeriodsBody = z.object({ through: DateOnly }).meta({ id: 'ClosePeriodsBody' });

/** 202: the closing runs as a job. */
export const ClosePeriodsAccepted = z.object({ job: Job }).meta({ id: 'ClosePeriodsAccepted' });

/** One closed period's frozen figures of a project. */
export const EarnedValueSnapshot = z
  .object({
    periodStart: DateOnly,
    periodEnd: DateOnly,
    statusDate: LocalDateTime,
    bac: z.number().int(),
    pv: z.number().int(),
    ev: z.number().int(),
    ac: z.number().int(),
    spi: z.number().nullable(),
    cpi: z.number().nullable(),
    spiT: z.number().nullable().meta({ description: 'SPI(t), earned schedule' }),
    eac: z.number().int().nullable().meta({ description: 'EAC (CPI)' }),
  })
  .meta({ id: 'EarnedValueSnapshot' });

/** GET /projects/{id}/earned-value/trend: the frozen figures, oldest first. */
export const EarnedValueTrend = z.object({ items: z.array(EarnedValueSnapshot) }).meta({ id: 'EarnedValueTrend' });
/** An earned value trend. */
export type EarnedValueTrend = z.infer<typeof EarnedValueTrend>;
/** The close job's answer. */
export type ClosePeriodsAccepted = z.infer<typeof ClosePeriodsAccepted>;
