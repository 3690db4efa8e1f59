import { F_DRIVERS, F_MILESTONE, F2_DELAY, type TaskArrays } from './network.js';
import type { EpochMinute } from './time.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * Date arithmetic for one task: its duration (or remaining duration) counted on its duration
 * calendar, or, for resource-driven tasks, on each driver's calendar (finish = latest driver).
 */

/** start + the task's full (remaining when `remaining`) duration: its finish. */
export function finishFrom(t: TaskArrays, i: number, start: EpochMinute, remaining: boolean): EpochMinute {
  if (((t.flags[i] as number) & F_DRIVERS) === 0) {
    const d = remaining ? (t.remaining[i] as number) : (t.duration[i] as number);
    return (t.calendars[t.durCal[i] as number] as WorkCalendar).addWorking(start, d);
  }
  let best = Number.NEGATIVE_INFINITY;
  const end = t.drvStart[i + 1] as number;
  for (let k = t.drvStart[i] as number; k < end; k++) {
    const d = remaining ? (t.drvRemaining[k] as number) : (t.drvDuration[k] as number);
    const f = t.calendars[t.drvCal[k] as number]?.addWorking(start, d) as number;
    if (f > best) best = f;
  }
  return best;
}

/** finish − the task's full (remaining when `remaining`) duration: its start. */
export function startFrom(t: TaskArrays, i: number, finish: EpochMinute, remaining: boolean): EpochMinute {
  if (((t.flags[i] as number) & F_DRIVERS) === 0) {
    const d = remaining ? (t.remaining[i] as number) : (t.duration[i] as number);
    return (t.calendars[t.durCal[i] as number] as WorkCalendar).addWorking(finish, -d);
  }
  let best = Number.POSITIVE_INFINITY;
  const end = t.drvStart[i + 1] as number;
  for (let k = t.drvStart[i] as number; k < end; k++) {
    const d = remaining ? (t.drvRemaining[k] as number) : (t.drvDuration[k] as number);
    const s = t.calendars[t.drvCal[k] as number]?.addWorking(finish, -d) as number;
    if (s < best) best = s;
  }
  return best;
}

/**
 * The start of work at or after `at` on the task's calendar. A milestone may sit at the end of a
 * working period (MS Project keeps it at 17:00 rather than moving it to 08:00 the next day).
 */
export function nextStart(t: TaskArrays, i: number, at: EpochMinute, milestoneStaysAtFinish: boolean): EpochMinute {
  if (((t.flags[i] as number) & F_DRIVERS) === 0) {
    const cal = t.calendars[t.cal[i] as number] as WorkCalendar;
    const next = cal.nextWorkStart(at);
    if (next > at && milestoneStaysAtFinish && (t.flags[i] as number) & F_MILESTONE && cal.prevWorkFinish(at) === at) {
      return at;
    }
    return next;
  }
  let best = Number.POSITIVE_INFINITY;
  const end = t.drvStart[i + 1] as number;
  for (let k = t.drvStart[i] as number; k < end; k++) {
    const s = t.calendars[t.drvCal[k] as number]?.nextWorkStart(at) as number;
    if (s < best) best = s;
  }
  return best;
}

/** The end of work at or before `at` (08:00 after a night becomes 17:00 the day before). */
export function prevFinish(t: TaskArrays, i: number, at: EpochMinute): EpochMinute {
  if (((t.flags[i] as number) & F_DRIVERS) === 0) {
    return (t.calendars[t.durCal[i] as number] as WorkCalendar).prevWorkFinish(at);
  }
  let best = Number.NEGATIVE_INFINITY;
  const end = t.drvStart[i + 1] as number;
  for (let k = t.drvStart[i] as number; k < end; k++) {
    const f = t.calendars[t.drvCal[k] as number]?.prevWorkFinish(at) as number;
    if (f > best) best = f;
  }
  return best;
}

/** Working minutes from a to b on the task's duration calendar (wall-clock for elapsed tasks). */
export function workBetween(t: TaskArrays, i: number, a: EpochMinute, b: EpochMinute): number {
  return (t.calendars[t.durCal[i] as number] as WorkCalendar).workBetween(a, b);
}

/** Task i's leveling delay in working minutes on its calendar (0 when not leveled). */
export function levelingDelayOf(t: TaskArrays, i: number): number {
  return (t.flags2[i] as number) & F2_DELAY ? (t.levelingDelay[i] as number) : 0;
}

/**
 * `start` delayed by task i's leveling delay: that many working minutes later on the task's own
 * calendar, at the start of work (a delayed start is never the end of a working period, so the
 * integer passes can give it their S bit). Unchanged when the task has no delay.
 */
export function delayedStart(t: TaskArrays, i: number, start: EpochMinute): EpochMinute {
  const d = levelingDelayOf(t, i);
  if (d <= 0) return start;
  const moved = (t.calendars[t.cal[i] as number] as WorkCalendar).addWorking(start, d);
  return nextStart(t, i, moved, false);
}
