import { formatLocalDate, formatLocalDateTime, parseLocalDateTime } from '../../../src/core/schedule/time.js';

/*
 * Where the S-curve's forecast ends: earned schedule's IEAC(t) is a duration in working days from
 * the project's start, and AT the working days already gone at the status date, so the forecast
 * finish is IEAC(t) − AT working days after the status date on the project's calendar. The server
 * counts a day as working when its calendar has any work that day, and the status day by the
 * share of its work already past; this walks forward the same way.
 */

const DAY = 1440;
/** A calendar with no working day within this many days has no forecast finish. */
const MAX_DAYS = 366 * 50;

/** Working minutes of the project's calendar between two plan date-times (YYYY-MM-DDTHH:mm). */
export type WorkBetween = (from: string, to: string) => number;

const at = (minute: number) => formatLocalDateTime(minute).slice(0, 16);

/**
 * The day (YYYY-MM-DD) on which `remainingDays` working days after `statusDate` run out: the
 * status day itself when they fit in what is left of it. Null when the calendar has no working
 * day ahead (or the status date is not a date).
 */
export function forecastFinishDay(statusDate: string, remainingDays: number, work: WorkBetween): string | null {
  const status = parseLocalDateTime(statusDate);
  if (status === null || !Number.isFinite(remainingDays)) return null;
  const first = Math.floor(status / DAY);
  if (remainingDays <= 0) return formatLocalDate(first);
  let left = remainingDays;
  for (let day = first; day < first + MAX_DAYS; day++) {
    const total = work(at(day * DAY), at((day + 1) * DAY));
    if (total <= 0) continue;
    const share = day === first ? 1 - work(at(day * DAY), statusDate) / total : 1;
    if (left <= share) return formatLocalDate(day);
    left -= share;
  }
  return null;
}
