/*
 * Every date the app shows goes through here, in one locale-aware format: the numeric date of the
 * browser's language (en-US 01/04/2027, en-GB 04/01/2027, de 04.01.2027), which is also what the
 * browser's own date inputs show, so a date reads the same in a table and in the field that edits
 * it. The user menu can override the order for this browser (DATE_STYLES).
 */

/** The date orders a user can pick; 'browser' follows the browser's language. */
export const DATE_STYLES = {
  browser: { label: 'As the browser', locale: undefined },
  dmy: { label: 'Day first', locale: 'en-GB' },
  mdy: { label: 'Month first', locale: 'en-US' },
  iso: { label: 'ISO 8601', locale: 'sv-SE' }, // Swedish dates are year-month-day
} as const satisfies Record<string, { label: string; locale: string | undefined }>;
/** A date order. */
export type DateStyle = keyof typeof DATE_STYLES;

const STYLE_KEY = 'gantry:date-style';
let chosen: DateStyle | null = null;

/** The date order chosen in this browser ('browser' when none). */
export function dateStyle(): DateStyle {
  if (chosen) return chosen;
  try {
    const v = localStorage.getItem(STYLE_KEY);
    chosen = v && v in DATE_STYLES ? (v as DateStyle) : 'browser';
  } catch {
    chosen = 'browser'; // no storage (disabled, or not a browser)
  }
  return chosen;
}

/** Sets and remembers the date order for this browser; components show it on their next render. */
export function setDateStyle(style: DateStyle): void {
  chosen = style;
  formats = null;
  try {
    if (style === 'browser') localStorage.removeItem(STYLE_KEY);
    else localStorage.setItem(STYLE_KEY, style);
  } catch {
    // Storage disabled: the choice lasts until the page is reloaded.
  }
}

/** How a style writes 4 January 2027, for the menu that offers it. */
export function dateStyleExample(style: DateStyle): string {
  const day = { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(DATE_STYLES[style].locale, day).format(new Date(Date.UTC(2027, 0, 4)));
}

// Built once on first use: a page formats thousands of dates with them.
let formats: { date: Intl.DateTimeFormat; weekday: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | null = null;
function fmt() {
  if (!formats) {
    const style = dateStyle();
    const locale = DATE_STYLES[style].locale;
    const day = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    formats = {
      // UTC for calendar dates: a date without a zone must not move by the viewer's offset.
      date: new Intl.DateTimeFormat(locale, { ...day, timeZone: 'UTC' }),
      // ISO order is no language: its weekday names stay the browser's.
      weekday: new Intl.DateTimeFormat(style === 'iso' ? undefined : locale, { weekday: 'short', timeZone: 'UTC' }),
      time: new Intl.DateTimeFormat(locale, { ...day, hour: '2-digit', minute: '2-digit' }),
    };
  }
  return formats;
}

function utcDay(date: string): Date | null {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!y || !m || !d) return null;
  return new Date(Date.UTC(y, m - 1, d));
}

/** A calendar date (YYYY-MM-DD, or the date part of a plan's local date-time) for display; '—' when absent. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const d = utcDay(date);
  return d ? fmt().date.format(d) : date;
}

/** As formatDate, with the short weekday in front ("Mon 01/04/2027"), as planners read schedules. */
export function formatWeekdayDate(date: string): string {
  const d = utcDay(date);
  return d ? `${fmt().weekday.format(d)} ${fmt().date.format(d)}` : date;
}

/** The short weekday of a calendar date ("Mon"), for column heads over dates. */
export function formatWeekday(date: string): string {
  const d = utcDay(date);
  return d ? fmt().weekday.format(d) : date;
}

/** An ISO instant in the viewer's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : fmt().time.format(d);
}

/** Start of a local calendar day (YYYY-MM-DD) as an ISO instant, for `from` filters. */
export function startOfDayIso(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

/** Last millisecond of a local calendar day as an ISO instant, for inclusive `to` filters. */
export function endOfDayIso(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString();
}
