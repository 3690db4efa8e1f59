import type { ConstraintType, Lag, LinkType } from '../../core/schedule/model.js';
import { type EpochMinute, formatLocalDateTime, MINUTES_PER_DAY } from '../../core/schedule/time.js';

/** An element tree for fast-xml-parser's XMLBuilder: key order is element order, arrays repeat. */
export type XmlOut = { [name: string]: XmlValue };
/** A leaf (text), a child element, repeated children, or undefined to leave the element out. */
export type XmlValue = string | number | XmlOut | readonly XmlOut[] | undefined;

/** A date-time as MSPDI writes it (local, no zone), or undefined when there is none. */
export function xmlDateTime(minute: EpochMinute | null | undefined): string | undefined {
  return minute === null || minute === undefined || !Number.isFinite(minute) ? undefined : formatLocalDateTime(minute);
}

/** A day's start (FromDate of an exception or work week). */
export const dayStart = (epochDay: number): string => formatLocalDateTime(epochDay * MINUTES_PER_DAY);
/** A day's last minute: MS Project closes exception and work week periods at 23:59. */
export const dayEnd = (epochDay: number): string => formatLocalDateTime(epochDay * MINUTES_PER_DAY + 1439);

/** Minutes after midnight as "HH:mm:00"; the end of the day is "00:00:00", as MS Project writes it. */
export function xmlTime(minuteOfDay: number): string {
  const m = minuteOfDay % MINUTES_PER_DAY;
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
}

/**
 * Minutes as an xsd:duration "PT#H#M#S". MSPDI counts working time in hours (not 8-hour days),
 * so hours carry the whole amount; seconds keep fractional minutes (to the millisecond).
 */
export function xsdDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const millis = Math.round(Math.abs(minutes) * 60_000);
  const h = Math.floor(millis / 3_600_000);
  const m = Math.floor((millis % 3_600_000) / 60_000);
  const s = (millis % 60_000) / 1000;
  return `${sign}PT${h}H${m}M${s}S`;
}

/*
 * MSPDI duration formats: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 19 %, 20 e%. The "?" (estimated)
 * variants 35-44 are not used: 39 is "estimated days", not elapsed, and the reader (like MS
 * Project) takes only the e-formats as wall-clock time.
 */
const FORMAT = { minutes: 3, elapsedMinutes: 4, hours: 5, elapsedHours: 6, days: 7, elapsedDays: 8, percent: 19 };

/** The unit MS Project shows a duration in: whole days where exact, else whole hours, else minutes. */
export function durationFormat(minutes: number, elapsed: boolean, minutesPerDay: number): number {
  const day = elapsed ? MINUTES_PER_DAY : minutesPerDay;
  if (minutes % day === 0) return elapsed ? FORMAT.elapsedDays : FORMAT.days;
  if (minutes % 60 === 0) return elapsed ? FORMAT.elapsedHours : FORMAT.hours;
  return elapsed ? FORMAT.elapsedMinutes : FORMAT.minutes;
}

/**
 * LinkLag and LagFormat of a lag. MSPDI stores time lags in tenths of a minute (the format only
 * says how MS Project shows them) and percentage lags as the percentage itself, in whole percent.
 */
export function linkLag(lag: Lag | undefined, minutesPerDay: number): { LinkLag: number; LagFormat: number } {
  if (lag === undefined) return { LinkLag: 0, LagFormat: FORMAT.days };
  if (lag.kind === 'percent') return { LinkLag: Math.round(lag.percent), LagFormat: FORMAT.percent };
  return {
    LinkLag: Math.round(lag.minutes * 10),
    LagFormat: durationFormat(Math.round(lag.minutes), lag.kind === 'elapsed', minutesPerDay),
  };
}

/** MSPDI link Type: 0 FF, 1 FS, 2 SF, 3 SS. */
export const LINK_TYPE_CODES: Readonly<Record<LinkType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/**
 * MS Project's ConstraintType codes. P6's soft "start on"/"finish on" have no MS Project
 * equivalent: they are written as must start/finish on, the nearest constraint MS Project has.
 */
export const CONSTRAINT_TYPE_CODES: Readonly<Record<ConstraintType, number>> = {
  asap: 0,
  alap: 1,
  mustStartOn: 2,
  mustFinishOn: 3,
  startNoEarlierThan: 4,
  startNoLaterThan: 5,
  finishNoEarlierThan: 6,
  finishNoLaterThan: 7,
  startOn: 2,
  finishOn: 3,
};

/**
 * Characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, unpaired surrogates): one pasted into a task
 * name would make the whole file unreadable to MS Project and to readMspdi.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML cannot hold removed (used for every element value). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** MSPDI booleans. */
export const flag = (value: boolean | undefined): number => (value ? 1 : 0);
