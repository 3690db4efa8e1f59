import { civilFromEpochDay, type EpochDay, epochDayFromCivil, weekdayOfEpochDay } from '../schedule/time.js';

/*
 * Status periods (issue 12): weeks run Monday to Sunday, months are calendar months. A period is
 * its first and last day (inclusive), as epoch days.
 */

/** How the PMO reports. */
export const PERIOD_CADENCES = ['week', 'month'] as const;
/** One of PERIOD_CADENCES. */
export type PeriodCadence = (typeof PERIOD_CADENCES)[number];

/** A status period: first and last day, inclusive. */
export interface StatusPeriod {
  readonly start: EpochDay;
  readonly end: EpochDay;
}

/** The period holding `day`. */
export function periodOf(cadence: PeriodCadence, day: EpochDay): StatusPeriod {
  if (cadence === 'week') {
    const start = day - ((weekdayOfEpochDay(day) + 6) % 7);
    return { start, end: start + 6 };
  }
  const { year, month } = civilFromEpochDay(day);
  const start = epochDayFromCivil(year, month, 1);
  const next = month === 12 ? epochDayFromCivil(year + 1, 1, 1) : epochDayFromCivil(year, month + 1, 1);
  return { start, end: next - 1 };
}

/** The periods from the one holding `from` through the one holding `to`, in order. */
export function periodsBetween(cadence: PeriodCadence, from: EpochDay, to: EpochDay): StatusPeriod[] {
  const out: StatusPeriod[] = [];
  for (let p = periodOf(cadence, from); p.start <= to; p = periodOf(cadence, p.end + 1)) out.push(p);
  return out;
}
