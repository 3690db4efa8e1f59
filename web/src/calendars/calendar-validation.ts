import { CreateCalendarBody } from '../../../src/contracts/index.js';
import { isApiError } from '../api/client.js';
import { type CalendarDraft, fieldsFromDraft } from './calendar-draft.js';
import { type MinuteInterval, parseInterval, WEEKDAY_LABELS, WEEKDAYS } from './working-time.js';

/*
 * The calendar form's checks, run before anything is sent, and the server's answers mapped onto
 * the same fields. Errors are keyed by the API's field path in dotted form ("exceptions.0.to",
 * "week.monday.1"), whichever way the path arrives ("exceptions[0].to" from the engine's checks,
 * "exceptions.0.to" from the schema's).
 */

/** Messages keyed by dotted field path. */
export type CalendarErrors = Readonly<Record<string, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field path in the dotted form the editor uses: `exceptions[0].to` -> `exceptions.0.to`. */
export function dottedPath(path: string | readonly PropertyKey[]): string {
  const text = typeof path === 'string' ? path : path.map(String).join('.');
  return text.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The first message at `path` or below it (`week.monday` also finds `week.monday.1`). */
export function errorAt(errors: CalendarErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const below = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return below ? errors[below] : undefined;
}

function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Problems with one list of intervals, keyed `${at}.${index}`; overlaps are named too. */
function checkIntervals(intervals: readonly string[], at: string, out: Record<string, string>): void {
  const parsed: (MinuteInterval & { index: number })[] = [];
  intervals.forEach((text, index) => {
    const iv = parseInterval(text);
    if (typeof iv === 'string') out[`${at}.${index}`] = iv;
    else parsed.push({ ...iv, index });
  });
  parsed.sort((a, b) => a.startMinute - b.startMinute);
  for (let i = 1; i < parsed.length; i++) {
    const prev = parsed[i - 1];
    const cur = parsed[i];
    if (prev && cur && cur.startMinute < prev.endMinute) {
      out[`${at}.${cur.index}`] = `${intervals[cur.index]} overlaps ${intervals[prev.index]}`;
    }
  }
}

function checkNumber(value: number | string, max: number, unit: string): string | undefined {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || !Number.isFinite(n)) return 'Enter a number';
  if (n <= 0) return 'Must be more than 0';
  if (n > max) return `At most ${max} ${unit}`;
  return undefined;
}

/** Every problem the form can see by itself, keyed by dotted path; empty when the draft may be sent. */
export function validateDraft(draft: CalendarDraft): CalendarErrors {
  const out: Record<string, string> = {};
  if (!draft.name.trim()) out.name = 'Give the calendar a name';
  else if (draft.name.trim().length > 200) out.name = 'At most 200 characters';
  const numbers = [
    ['hoursPerDay', draft.hoursPerDay, 24, 'hours'],
    ['hoursPerWeek', draft.hoursPerWeek, 168, 'hours'],
    ['daysPerMonth', draft.daysPerMonth, 31, 'days'],
  ] as const;
  for (const [key, value, max, unit] of numbers) {
    const problem = checkNumber(value, max, unit);
    if (problem) out[key] = problem;
  }

  let workingDays = 0;
  for (const d of WEEKDAYS) {
    const day = draft.week[d];
    if (!day.working) continue;
    if (day.intervals.length === 0) {
      out[`week.${d}`] = `Add ${WEEKDAY_LABELS[d]}'s working hours, or mark it non-working`;
      continue;
    }
    workingDays++;
    checkIntervals(day.intervals, `week.${d}`, out);
  }
  if (workingDays === 0 && !Object.keys(out).some((k) => k.startsWith('week.'))) {
    out.week = 'The week needs at least one working day';
  }

  draft.exceptions.forEach((e, i) => {
    const at = `exceptions.${i}`;
    if (e.name.length > 200) out[`${at}.name`] = 'At most 200 characters';
    if (!e.from) out[`${at}.from`] = 'Enter the first day';
    else if (!isDate(e.from)) out[`${at}.from`] = 'Not a date';
    if (e.yearly && !e.to) out[`${at}.to`] = 'Enter the last year it repeats';
    else if (e.to && !isDate(e.to)) out[`${at}.to`] = 'Not a date';
    else if (e.to && isDate(e.from) && e.to < e.from) out[`${at}.to`] = 'Must not be before the first day';
    if (!e.holiday) {
      if (e.working.length === 0) out[`${at}.working`] = 'Add the working hours, or make it a holiday';
      else checkIntervals(e.working, `${at}.working`, out);
    }
  });
  if (Object.keys(out).length > 0) return out;

  // The contract's own schema has the last word on what the server will accept.
  const parsed = CreateCalendarBody.safeParse(fieldsFromDraft(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = dottedPath(issue.path as PropertyKey[]);
      if (!(key in out)) out[key] = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
    }
  }
  return out;
}

/** The server's field complaints (400 validation_failed, or a conflict naming fields), keyed by dotted path. */
export function apiCalendarErrors(e: unknown): CalendarErrors {
  if (!isApiError(e) || !Array.isArray(e.details.issues)) return {};
  const out: Record<string, string> = {};
  for (const issue of e.details.issues as { path?: string | PropertyKey[]; message?: string }[]) {
    const key = dottedPath(issue.path ?? '') || 'form';
    const message = String(issue.message ?? 'is not valid');
    if (!(key in out)) out[key] = message.charAt(0).toUpperCase() + message.slice(1);
  }
  return out;
}
