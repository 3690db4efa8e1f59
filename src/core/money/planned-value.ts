import type { EpochDay, EpochMinute } from '../schedule/time.js';
import type { WorkCalendar } from '../schedule/work-calendar.js';
import { type DailySeries, seriesEnd, seriesTotal, sumBefore, valueOn } from './daily-series.js';

const DAY = 1440;

/** A baselined task's time-phased cost with the span and calendar it was phased on. */
export interface PhasedSpan {
  readonly cost: DailySeries;
  readonly start: EpochMinute;
  readonly finish: EpochMinute;
  readonly calendar: WorkCalendar;
}

/**
 * A task's planned value at a status minute: its days before the status day in full, and of the
 * status day the share of that day's working time (on the task's calendar, within its span) that
 * lies before the status minute. A day without working time (a milestone's) counts once the
 * status minute is past the later of the day's start and the span's start.
 */
export function plannedValueAt(task: PhasedSpan, t: EpochMinute): number {
  const day = Math.floor(t / DAY);
  const before = sumBefore(task.cost, day);
  const today = valueOn(task.cost, day);
  if (today === 0) return before;
  const from = Math.max(day * DAY, task.start);
  const to = Math.min((day + 1) * DAY, Math.max(task.finish, from));
  const work = task.calendar.workBetween(from, to);
  const fraction =
    work > 0 ? task.calendar.workBetween(from, Math.min(Math.max(t, from), to)) / work : t > from ? 1 : 0;
  return before + today * fraction;
}

/**
 * Working days of `cal` from the start of `originDay` to `t`: each working day before t's day
 * counts one, and t's own day the share of its working time already past. Earned schedule counts
 * time this way (unit "workingDays").
 */
export function workingDaysSince(cal: WorkCalendar, originDay: EpochDay, t: EpochMinute): number {
  const day = Math.floor(t / DAY);
  if (day < originDay) return -workingDaysSince(cal, day, originDay * DAY);
  let count = 0;
  for (let d = originDay; d < day; d++) if (cal.workBetween(d * DAY, (d + 1) * DAY) > 0) count++;
  const today = cal.workBetween(day * DAY, (day + 1) * DAY);
  return today > 0 ? count + cal.workBetween(day * DAY, t) / today : count;
}

/**
 * The cumulative planned value at the end of each working day of `cal` from `originDay` on (index
 * 0: what lies before the first), through the series' last day. Money on a day the project
 * calendar does not work (a task on another calendar) joins the next working day's figure; money
 * after the last working day adds one final entry.
 */
export function cumulativeByWorkingDay(series: DailySeries, cal: WorkCalendar, originDay: EpochDay): number[] {
  const total = seriesTotal(series);
  let cum = sumBefore(series, originDay);
  const out = [cum];
  for (let d = originDay, end = seriesEnd(series); d < end; d++) {
    cum += valueOn(series, d);
    if (cal.workBetween(d * DAY, (d + 1) * DAY) > 0) out.push(cum);
  }
  if (out[out.length - 1]! < total) out.push(total);
  return out;
}
