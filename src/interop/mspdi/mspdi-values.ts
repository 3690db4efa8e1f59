import { type EpochMinute, parseLocalDateTime, parseTimeOfDay } from '../../core/schedule/time.js';

/** An XML element parsed by fast-xml-parser: child elements by name (text leaves are strings). */
export type XmlNode = { readonly [name: string]: unknown };

/** The child element `name` of a node, or undefined. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const v = node?.[name];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : undefined;
}

/** The repeated child elements `name` of a node (always an array). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  if (v === undefined || v === null || v === '') return [];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x): x is XmlNode => x !== null && typeof x === 'object');
}

/** The text of child `name`, or undefined when absent or empty. */
export function text(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[name];
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The number in child `name`, or undefined. */
export function num(node: XmlNode | undefined, name: string): number | undefined {
  const t = text(node, name);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** MSPDI booleans are 0/1 (sometimes true/false). */
export function bool(node: XmlNode | undefined, name: string): boolean {
  const t = text(node, name);
  return t === '1' || t === 'true';
}

/** A date-time child as minutes since the epoch, or null. */
export function dateTime(node: XmlNode | undefined, name: string): EpochMinute | null {
  const t = text(node, name);
  return t === undefined ? null : parseLocalDateTime(t);
}

/** A time-of-day child (e.g. "08:00:00") as minutes after midnight, or null. */
export function timeOfDay(node: XmlNode | undefined, name: string): number | null {
  const t = text(node, name);
  return t === undefined ? null : parseTimeOfDay(t);
}

const XSD_DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An xsd:duration such as "PT8H0M0S" in minutes (fractional minutes kept). MSPDI writes working
 * time in hours, so a day here is 24 hours only for elapsed durations; days and months are rare
 * and taken as 24 hours and 30 days.
 */
export function xsdDurationMinutes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = XSD_DURATION.exec(value.trim());
  if (!m) return undefined;
  const part = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  const minutes = part(2) * 525_600 + part(3) * 43_200 + part(4) * 1440 + part(5) * 60 + part(6) + part(7) / 60;
  return m[1] ? -minutes : minutes;
}

/** MSPDI duration formats that count wall-clock time (elapsed minutes, hours, days, weeks, months, %). */
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);
/** MSPDI duration formats that mean "percent of the predecessor's duration". */
const PERCENT_FORMATS = new Set([19, 20, 51, 52]);

/** True when an MSPDI duration/lag format is elapsed. */
export const isElapsedFormat = (format: number | undefined): boolean =>
  format !== undefined && ELAPSED_FORMATS.has(format);
/** True when an MSPDI lag format is a percentage. */
export const isPercentFormat = (format: number | undefined): boolean =>
  format !== undefined && PERCENT_FORMATS.has(format);
