import type { EpochDay, EpochMinute } from '../schedule/time.js';
import type { WorkCalendar } from '../schedule/work-calendar.js';

const DAY = 1440;

/** Working minutes of each day fromDay..fromDay+days−1 on a calendar (minutes, one entry per day). */
export function workingMinutesByDay(cal: WorkCalendar, fromDay: EpochDay, days: number): Float64Array {
  const out = new Float64Array(days);
  let before = cal.workAt(fromDay * DAY);
  for (let i = 0; i < days; i++) {
    const after = cal.workAt((fromDay + i + 1) * DAY);
    out[i] = after - before;
    before = after;
  }
  return out;
}

/**
 * How a span's work is spread over days with a flat contour: each day's share of the span's working
 * time on its calendar (shares sum to 1). A span without working time (a milestone, or a window
 * that closed before the status date) puts everything on the day it starts, so the work still shows.
 */
export interface WorkProfile {
  readonly firstDay: EpochDay;
  /** Fraction of the work on firstDay + i. */
  readonly share: Float64Array;
}

/** The flat-contour profile of [start, finish) on `cal` (minutes since the epoch). */
export function flatProfile(cal: WorkCalendar, start: EpochMinute, finish: EpochMinute): WorkProfile {
  const firstDay = Math.floor(start / DAY);
  const total = finish > start ? cal.workBetween(start, finish) : 0;
  if (total <= 0) return { firstDay, share: Float64Array.of(1) };
  const lastDay = Math.floor((finish - 1) / DAY);
  const share = new Float64Array(lastDay - firstDay + 1);
  let before = cal.workAt(start);
  for (let i = 0; i < share.length; i++) {
    const after = cal.workAt(Math.min(finish, (firstDay + i + 1) * DAY));
    share[i] = (after - before) / total;
    before = after;
  }
  return { firstDay, share };
}
