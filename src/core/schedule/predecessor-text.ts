import type { LinkType } from './model.js';

/*
 * The text a planner types into MS Project's Duration and Predecessors columns, both ways:
 * "5d", "2.5h", "4ed" and "3FS+2d;5SS-10%;7". Durations and lags come out in minutes (working
 * minutes, or wall-clock minutes when elapsed), converted with the calendar's hours per day and
 * week, as MS Project does. Parsers return a result instead of throwing so an editor can show
 * the message under the cell and keep what the user typed.
 */

/** Hours per working day and week, days per month: how "d", "w" and "mo" convert to working minutes. */
export interface DurationUnits {
  readonly hoursPerDay: number;
  readonly hoursPerWeek: number;
  readonly daysPerMonth?: number;
}

/** MS Project's defaults: 8 hours a day, 40 a week, 20 days a month. */
export const DEFAULT_DURATION_UNITS: DurationUnits = { hoursPerDay: 8, hoursPerWeek: 40, daysPerMonth: 20 };

/** A duration in minutes: working minutes, or wall-clock minutes when `elapsed` ("4ed" = 5760). */
export interface DurationValue {
  readonly minutes: number;
  readonly elapsed: boolean;
}

/** How a lag counts: working minutes, wall-clock minutes, or percent of the predecessor's duration. */
export type LagKindText = 'working' | 'elapsed' | 'percent';

/** One predecessor as typed: the predecessor's row (1-based ID), link type, and lag in minutes or percent. */
export interface PredecessorRef {
  readonly row: number;
  readonly type: LinkType;
  readonly lagKind: LagKindText;
  /** Minutes for 'working' and 'elapsed', percent for 'percent'; negative is a lead. */
  readonly lag: number;
}

/** A parse outcome: the value, or a message naming the part that is wrong. */
export type TextResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const LINK_TYPES: readonly LinkType[] = ['FS', 'SS', 'FF', 'SF'];
const QUANTITY = /^(\d+(?:\.\d*)?|\.\d+)\s*([a-z%]*)$/i;
/** Units as MS Project abbreviates them; "e" in front means elapsed (calendar) time. */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  mo: 'mo',
  mon: 'mo',
  month: 'mo',
  months: 'mo',
};

function minutesPerUnit(unit: string, elapsed: boolean, units: DurationUnits): number {
  const day = elapsed ? 1440 : units.hoursPerDay * 60;
  switch (unit) {
    case 'm':
      return 1;
    case 'h':
      return 60;
    case 'd':
      return day;
    case 'w':
      return elapsed ? 7 * 1440 : units.hoursPerWeek * 60;
    default:
      return elapsed ? 30 * 1440 : (units.daysPerMonth ?? 20) * day;
  }
}

/** Splits "2.5ed" into amount and unit; null when the text is not a quantity. */
function readQuantity(
  text: string,
  units: DurationUnits,
): { minutes: number; elapsed: boolean } | { percent: number } | { badUnit: string } | null {
  const m = QUANTITY.exec(text.trim());
  if (!m) return null;
  const amount = Number(m[1]);
  const rawUnit = (m[2] ?? '').toLowerCase();
  if (rawUnit === '%') return { percent: amount };
  if (rawUnit === '') return { minutes: Math.round(amount * minutesPerUnit('d', false, units)), elapsed: false };
  const direct = UNIT_NAMES[rawUnit];
  // "em" is elapsed minutes, but "emo" elapsed months: try the unit without the e only when the whole is unknown.
  const unit = direct ?? (rawUnit.startsWith('e') ? UNIT_NAMES[rawUnit.slice(1)] : undefined);
  if (!unit) return { badUnit: m[2] ?? '' };
  const elapsed = direct === undefined;
  return { minutes: Math.round(amount * minutesPerUnit(unit, elapsed, units)), elapsed };
}

/** Parses a duration ("5d", "3h", "2w", "1.5d", "4ed", "0d"; a bare number is days) into minutes. */
export function parseDurationText(
  text: string,
  units: DurationUnits = DEFAULT_DURATION_UNITS,
): TextResult<DurationValue> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'duration: must not be empty' };
  if (trimmed.startsWith('-')) return { ok: false, error: 'duration: must not be negative' };
  const q = readQuantity(trimmed, units);
  if (q === null || 'percent' in q) {
    return { ok: false, error: `duration: '${trimmed}' is not a duration (try 5d, 3h, 2w, 1.5d or 4ed)` };
  }
  if ('badUnit' in q) return { ok: false, error: `duration: '${q.badUnit}' is not a unit (use m, h, d, w or mo)` };
  return { ok: true, value: q };
}

/** Up to two decimals, trailing zeros dropped: 1.5, 2, 0.25. */
function decimal(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Exact at two decimals (so the text converts back to the same minutes). */
function exact(minutes: number, perUnit: number): boolean {
  const n = minutes / perUnit;
  return Math.abs(Math.round(n * 100) / 100 - n) < 1e-9;
}

/** Formats minutes as days ("5d", "0d", "4ed"), or hours / minutes when days would round. */
export function formatDurationText(
  minutes: number,
  elapsed = false,
  units: DurationUnits = DEFAULT_DURATION_UNITS,
): string {
  const e = elapsed ? 'e' : '';
  const day = minutesPerUnit('d', elapsed, units);
  if (exact(minutes, day)) return `${decimal(minutes / day)}${e}d`;
  if (exact(minutes, 60)) return `${decimal(minutes / 60)}${e}h`;
  return `${Math.round(minutes)}${e}m`;
}

/**
 * Formats minutes for reading in days, rounded to two decimals ("1495.88d"), so a column of
 * durations reads in one unit; below a day, where rounding would hide the size, as
 * `formatDurationText` does (exact hours, then minutes). Not for text that is parsed back: use
 * `formatDurationText` there, which never rounds.
 */
export function formatDurationDays(
  minutes: number,
  elapsed = false,
  units: DurationUnits = DEFAULT_DURATION_UNITS,
): string {
  const day = minutesPerUnit('d', elapsed, units);
  if (Math.abs(minutes) < day) return formatDurationText(minutes, elapsed, units);
  return `${decimal(minutes / day)}${elapsed ? 'e' : ''}d`;
}

/** Formats a lag with its sign: "+2d", "-1ed", "-10%"; empty for no lag. */
export function formatLagText(
  lagKind: LagKindText,
  lag: number,
  units: DurationUnits = DEFAULT_DURATION_UNITS,
): string {
  if (lag === 0) return '';
  const sign = lag < 0 ? '-' : '+';
  const size = Math.abs(lag);
  if (lagKind === 'percent') return `${sign}${decimal(size)}%`;
  return `${sign}${formatDurationText(size, lagKind === 'elapsed', units)}`;
}

function parseOne(part: string, units: DurationUnits): TextResult<PredecessorRef> {
  const head = /^(\d+)\s*(.*)$/.exec(part);
  if (!head) return { ok: false, error: `predecessors: '${part}' does not start with a task row number` };
  const row = Number(head[1]);
  if (row < 1) return { ok: false, error: `predecessors: '${part}' is not a row number (rows start at 1)` };
  let rest = (head[2] ?? '').trim();
  let type: LinkType = 'FS';
  const letters = /^[a-z]+/i.exec(rest);
  if (letters) {
    const upper = letters[0].toUpperCase() as LinkType;
    if (!LINK_TYPES.includes(upper)) return { ok: false, error: `predecessors: '${part}' is not a link type` };
    type = upper;
    rest = rest.slice(letters[0].length).trim();
  }
  if (rest === '') return { ok: true, value: { row, type, lagKind: 'working', lag: 0 } };
  const sign = rest[0];
  if (sign !== '+' && sign !== '-') {
    return { ok: false, error: `predecessors: '${part}': a lag starts with + or - (like 3FS+2d)` };
  }
  const q = readQuantity(rest.slice(1), units);
  if (q === null) return { ok: false, error: `predecessors: '${part}' has a lag that is not a duration` };
  if ('badUnit' in q) return { ok: false, error: `predecessors: '${part}': '${q.badUnit}' is not a lag unit` };
  const factor = sign === '-' ? -1 : 1;
  if ('percent' in q) return { ok: true, value: { row, type, lagKind: 'percent', lag: factor * q.percent } };
  // -0 would read back as "+0": normalise.
  const lag = q.minutes === 0 ? 0 : factor * q.minutes;
  return { ok: true, value: { row, type, lagKind: q.elapsed ? 'elapsed' : 'working', lag } };
}

/** Parses "3FS+2d;5SS-10%;7" (";" or "," between links; lags in minutes or percent) into links by row. */
export function parsePredecessorText(
  text: string,
  units: DurationUnits = DEFAULT_DURATION_UNITS,
): TextResult<PredecessorRef[]> {
  const refs: PredecessorRef[] = [];
  const seen = new Set<number>();
  for (const raw of text.split(/[;,]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const one = parseOne(part, units);
    if (!one.ok) return one;
    if (seen.has(one.value.row)) return { ok: false, error: `predecessors: row ${one.value.row} is listed twice` };
    seen.add(one.value.row);
    refs.push(one.value);
  }
  return { ok: true, value: refs };
}

/** Formats links as MS Project shows them: "3FS+2d;5SS-10%;7" (plain FS without lag is just the row). */
export function formatPredecessorText(
  refs: readonly PredecessorRef[],
  units: DurationUnits = DEFAULT_DURATION_UNITS,
): string {
  return refs
    .map((r) => {
      const lag = formatLagText(r.lagKind, r.lag, units);
      return `${r.row}${r.type === 'FS' && lag === '' ? '' : r.type}${lag}`;
    })
    .join(';');
}
