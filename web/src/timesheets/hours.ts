/*
 * Hours as people type them into a timesheet: decimal hours ("7.5", or "7,5" as many European
 * keyboards write it) or hours and minutes ("7:30", "7h30"). The API counts whole minutes, so
 * decimal hours are rounded to the nearest minute ("0.33" is 20 minutes). Shown back as h:mm.
 */

/** The result of reading typed hours. */
export type ParsedHours =
  | { readonly ok: true; readonly minutes: number }
  | { readonly ok: false; readonly message: string };

const EXAMPLE = 'Enter hours as 7.5 or 7:30';

/** Reads typed hours as whole minutes; empty means 0; more than `maxMinutes` is refused. */
export function parseHours(text: string, maxMinutes = 24 * 60): ParsedHours {
  const s = text.trim().toLowerCase().replace(/\s+/g, '');
  if (s === '') return { ok: true, minutes: 0 };
  if (s.startsWith('-')) return { ok: false, message: 'Must not be negative' };
  let minutes: number;
  const clock = /^(\d*)[:h](\d{0,2})$/.exec(s);
  if (clock) {
    const [h, m] = [clock[1] ?? '', clock[2] ?? ''];
    if (h === '' && m === '') return { ok: false, message: EXAMPLE };
    if (Number(m) >= 60) return { ok: false, message: 'Minutes must be below 60' };
    minutes = Number(h || '0') * 60 + Number(m || '0');
  } else if (/^(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) {
    minutes = Math.round(Number(s.replace(',', '.')) * 60);
  } else {
    return { ok: false, message: EXAMPLE };
  }
  if (minutes > maxMinutes) return { ok: false, message: `Must be at most ${formatHours(maxMinutes)}` };
  return { ok: true, minutes };
}

/** Minutes as h:mm ("7:30", "0:45", "120:00"). */
export function formatHours(minutes: number): string {
  const m = Math.round(minutes);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** A cell's text for `minutes`: empty for none, so a week reads as the hours booked. */
export function hoursText(minutes: number): string {
  return minutes === 0 ? '' : formatHours(minutes);
}
