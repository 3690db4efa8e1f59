/**
 * Gantry's scheduling engine: critical path with calendars, four link types and lags,
 * constraints, progress, floats, summaries; MS Project or Primavera P6 rules. Pure: no I/O.
 * Dates are EpochMinute (minutes since 1970-01-01T00:00, local time), durations working minutes.
 */

import { compileDayRules } from './calendar-rules.js';
import type { Calendar } from './model.js';
import { WorkCalendar } from './work-calendar.js';

export { recurrenceDays } from './calendar-rules.js';
export { createScheduler, type Scheduler, type TaskChange } from './incremental.js';
export * from './model.js';
export { compilePlan, runSchedule, schedulePlan } from './schedule.js';
export {
  civilFromEpochDay,
  type EpochDay,
  type EpochMinute,
  epochDayFromCivil,
  formatLocalDate,
  formatLocalDateTime,
  MINUTES_PER_DAY,
  parseLocalDateTime,
  parseTimeOfDay,
  requireLocalDateTime,
  weekdayOfEpochDay,
} from './time.js';
export { WorkCalendar } from './work-calendar.js';

/** Working-time arithmetic on a calendar (minutes since the epoch; throws DomainError if invalid). */
export function workCalendar(calendar: Calendar): WorkCalendar {
  return new WorkCalendar(compileDayRules(calendar));
}
