import type { FactBaselineTask, FactCalendar } from './facts.js';

/**
 * Working minutes of a baseline task planned done by `asOf`: all of it once its baseline finish has
 * passed, none before its start, the working time elapsed in between (capped at its duration).
 * Null when the task has no baseline dates or duration. Schedule performance and the % planned of
 * dashboards and status reports all measure with it.
 */
export function plannedWorkMinutes(b: FactBaselineTask, asOf: number, calendar: FactCalendar): number | null {
  if (b.start === null || b.finish === null || !b.durationMinutes) return null;
  if (asOf >= b.finish) return b.durationMinutes;
  if (asOf <= b.start) return 0;
  return Math.min(b.durationMinutes, calendar.workBetween(b.start, asOf));
}
