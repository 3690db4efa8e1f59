import type { CalendarExceptionJson, CalendarFields, UpdateCalendarBody } from '../../../src/contracts/index.js';
import { normaliseInterval, WEEKDAYS, type Weekday } from './working-time.js';

/*
 * The calendar form's state. It keeps what the API would lose while someone edits: the hours of
 * a day switched to non-working and of an exception switched to a holiday come back when switched
 * back. Recurrences the editor does not offer (monthly, weekly … from an imported plan) and work
 * weeks are carried through unchanged.
 */

/** One weekday in the form: working or not, and its intervals as typed. */
export interface DayDraft {
  readonly working: boolean;
  readonly intervals: readonly string[];
}

/** A recurrence the editor does not edit, kept as it came. */
export interface KeptRecurrence {
  readonly recurrence: NonNullable<CalendarExceptionJson['recurrence']>;
  readonly occurrences?: number;
}

/** One exception row. With `yearly`, it recurs on its from date every year until `to`. */
export interface ExceptionDraft {
  readonly key: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly holiday: boolean;
  readonly working: readonly string[];
  readonly yearly: boolean;
  readonly kept?: KeptRecurrence;
}

/** The whole form. Numbers are `number | string` because a number input may be half-typed. */
export interface CalendarDraft {
  readonly name: string;
  readonly hoursPerDay: number | string;
  readonly hoursPerWeek: number | string;
  readonly daysPerMonth: number | string;
  readonly week: Readonly<Record<Weekday, DayDraft>>;
  readonly exceptions: readonly ExceptionDraft[];
  readonly workWeeks: CalendarFields['workWeeks'];
}

/** The fields a calendar's JSON must have to be edited (a resource or a preset). */
export type CalendarInput = Pick<CalendarFields, 'name' | 'week'> & Partial<CalendarFields>;

let lastKey = 0;
/** A key for a new exception row (React list identity only). */
export function newRowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

const STANDARD_DAY = ['08:00-12:00', '13:00-17:00'];

function isYearlyOn(e: CalendarExceptionJson): boolean {
  const r = e.recurrence;
  if (!r || r.kind !== 'yearlyByDate' || e.occurrences !== undefined) return false;
  const [, month, day] = e.from.split('-').map(Number);
  return r.month === month && r.dayOfMonth === day;
}

/** The form state of an exception from the API. */
export function exceptionDraft(e: CalendarExceptionJson): ExceptionDraft {
  const yearly = isYearlyOn(e);
  const working = e.working ?? [];
  return {
    key: newRowKey(),
    name: e.name ?? '',
    from: e.from,
    to: e.to ?? '',
    holiday: working.length === 0,
    working,
    yearly,
    ...(e.recurrence && !yearly
      ? {
          kept: {
            recurrence: e.recurrence,
            ...(e.occurrences !== undefined ? { occurrences: e.occurrences } : {}),
          },
        }
      : {}),
  };
}

/** The form state of a calendar (from the API, a preset or a copy). */
export function draftFromFields(c: CalendarInput): CalendarDraft {
  const week = {} as Record<Weekday, DayDraft>;
  for (const d of WEEKDAYS) {
    const intervals = c.week[d] ?? [];
    week[d] = intervals.length > 0 ? { working: true, intervals } : { working: false, intervals: [] };
  }
  return {
    name: c.name,
    hoursPerDay: c.hoursPerDay ?? 8,
    hoursPerWeek: c.hoursPerWeek ?? (c.hoursPerDay ?? 8) * 5,
    daysPerMonth: c.daysPerMonth ?? 20,
    week,
    exceptions: (c.exceptions ?? []).map(exceptionDraft),
    workWeeks: c.workWeeks ?? [],
  };
}

/** A new calendar: Monday to Friday, 08:00-12:00 and 13:00-17:00. */
export function emptyDraft(): CalendarDraft {
  return draftFromFields({
    name: '',
    week: {
      monday: STANDARD_DAY,
      tuesday: STANDARD_DAY,
      wednesday: STANDARD_DAY,
      thursday: STANDARD_DAY,
      friday: STANDARD_DAY,
    },
  });
}

/** A new exception row: a one-day holiday on `date`. */
export function newException(date: string): ExceptionDraft {
  return { key: newRowKey(), name: '', from: date, to: '', holiday: true, working: [], yearly: false };
}

/** An exception as the API takes it (assumes the row passed validation). */
export function exceptionJson(e: ExceptionDraft): CalendarExceptionJson {
  const out: CalendarExceptionJson = {
    ...(e.name.trim() ? { name: e.name.trim() } : {}),
    from: e.from,
    ...(e.to ? { to: e.to } : {}),
    working: e.holiday ? [] : e.working.map(normaliseInterval),
  };
  if (e.yearly) {
    const [, month = 1, dayOfMonth = 1] = e.from.split('-').map(Number);
    out.recurrence = { kind: 'yearlyByDate', month, dayOfMonth };
  } else if (e.kept) {
    out.recurrence = e.kept.recurrence;
    if (e.kept.occurrences !== undefined) out.occurrences = e.kept.occurrences;
  }
  return out;
}

/** The working week as the API takes it: non-working days left out. */
export function weekJson(week: CalendarDraft['week']): CalendarFields['week'] {
  const out: CalendarFields['week'] = {};
  for (const d of WEEKDAYS) {
    const day = week[d];
    if (day.working && day.intervals.length > 0) out[d] = day.intervals.map(normaliseInterval);
  }
  return out;
}

/** The calendar's fields as the API takes them (assumes the draft passed validation). */
export function fieldsFromDraft(draft: CalendarDraft): CalendarFields {
  return {
    name: draft.name.trim(),
    hoursPerDay: Number(draft.hoursPerDay),
    hoursPerWeek: Number(draft.hoursPerWeek),
    daysPerMonth: Number(draft.daysPerMonth),
    week: weekJson(draft.week),
    exceptions: draft.exceptions.map(exceptionJson),
    workWeeks: draft.workWeeks,
  };
}

/** What a PATCH must carry: only the fields that differ from the stored calendar (not yet the version). */
export function changedFields(original: CalendarInput, draft: CalendarDraft): Omit<UpdateCalendarBody, 'version'> {
  // Both sides go through the same conversion, so an untouched field compares equal byte for byte.
  const before = fieldsFromDraft(draftFromFields(original));
  const after = fieldsFromDraft(draft);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'hoursPerDay', 'hoursPerWeek', 'daysPerMonth', 'week', 'exceptions'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as Omit<UpdateCalendarBody, 'version'>;
}

/** True when a change moves working time (anything but the name), so the plans using it are rescheduled. */
export function changesWorkingTime(patch: Omit<UpdateCalendarBody, 'version'>): boolean {
  return Object.keys(patch).some((key) => key !== 'name');
}
