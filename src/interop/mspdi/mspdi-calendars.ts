import {
  type Calendar,
  type CalendarException,
  calendarId,
  type Recurrence,
  type RecurrenceDay,
  type WorkingInterval,
  type WorkWeek,
  type WorkWeekPeriod,
} from '../../core/schedule/model.js';
import type { ReportCollector } from '../import-report.js';
import { bool, child, children, dateTime, num, text, timeOfDay, type XmlNode } from './mspdi-values.js';

/** MS Project's default working day, used where a working day lists no hours. */
const DEFAULT_DAY: readonly WorkingInterval[] = [
  { startMinute: 480, endMinute: 720 },
  { startMinute: 780, endMinute: 1020 },
];
const DEFAULT_WEEK: WorkWeek = [[], DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, []];

type DaySpec = readonly WorkingInterval[] | 'inherit';

interface RawCalendar {
  readonly uid: string;
  readonly name: string;
  readonly baseUid: string | undefined;
  readonly days: readonly DaySpec[];
  readonly exceptions: readonly CalendarException[];
  readonly workWeeks: readonly WorkWeekPeriod[];
}

function intervals(
  node: XmlNode | undefined,
  working: boolean,
  report: ReportCollector,
  uid: string,
): WorkingInterval[] {
  if (!working) return [];
  const list: WorkingInterval[] = [];
  for (const wt of children(child(node, 'WorkingTimes'), 'WorkingTime')) {
    const from = timeOfDay(wt, 'FromTime');
    let to = timeOfDay(wt, 'ToTime');
    if (from === null || to === null) continue;
    if (to <= from) to += 1440;
    if (to > 1440) {
      report.add('approximated', 'working time crossing midnight cut at midnight', `calendar ${uid}`);
      to = 1440;
    }
    if (to > from) list.push({ startMinute: from, endMinute: to });
  }
  return list.length === 0 ? [...DEFAULT_DAY] : list;
}

/** Days of week 1 (Sunday) … 7 (Saturday) from a WeekDays element; unlisted days inherit. */
function weekDays(node: XmlNode | undefined, report: ReportCollector, uid: string): DaySpec[] {
  const days: DaySpec[] = ['inherit', 'inherit', 'inherit', 'inherit', 'inherit', 'inherit', 'inherit'];
  for (const wd of children(node, 'WeekDay')) {
    const type = num(wd, 'DayType');
    if (type === undefined || type < 1 || type > 7) continue;
    days[type - 1] = intervals(wd, bool(wd, 'DayWorking'), report, uid);
  }
  return days;
}

const dayOf = (minute: number): number => Math.floor(minute / 1440);

/** MSPDI MonthItem: 0 day, 1 weekday, 2 weekend day, 3 Sunday … 9 Saturday. */
function monthItem(value: number | undefined): RecurrenceDay {
  if (value === undefined || value === 0) return 'day';
  if (value === 1) return 'weekday';
  if (value === 2) return 'weekendDay';
  return Math.min(6, Math.max(0, value - 3));
}

/** MSPDI recurrence types: 1 daily, 7 every n days, 6 weekly, 4/5 monthly by date/weekday, 2/3 yearly. */
function recurrence(ex: XmlNode): Recurrence | undefined {
  const type = num(ex, 'Type');
  const period = Math.max(1, num(ex, 'Period') ?? 1);
  const position = (num(ex, 'MonthPosition') ?? 0) + 1;
  const month = (num(ex, 'Month') ?? 0) + 1;
  const monthDay = num(ex, 'MonthDay') ?? 1;
  switch (type) {
    case 7:
      return period === 1 ? undefined : { kind: 'daily', everyDays: period };
    case 6: {
      const mask = num(ex, 'DaysOfWeek') ?? 0;
      const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d));
      return { kind: 'weekly', everyWeeks: period, weekdays };
    }
    case 5:
      return { kind: 'monthlyByWeekday', everyMonths: period, day: monthItem(num(ex, 'MonthItem')), position };
    case 4:
      return { kind: 'monthlyByDate', everyMonths: period, dayOfMonth: monthDay };
    case 3:
      return { kind: 'yearlyByWeekday', month, day: monthItem(num(ex, 'MonthItem')), position };
    case 2:
      return { kind: 'yearlyByDate', month, dayOfMonth: monthDay };
    default:
      return undefined;
  }
}

function readExceptions(cal: XmlNode, report: ReportCollector, uid: string): CalendarException[] {
  const out: CalendarException[] = [];
  const modern = children(child(cal, 'Exceptions'), 'Exception');
  for (const ex of modern) {
    const period = child(ex, 'TimePeriod');
    const from = dateTime(period, 'FromDate');
    const to = dateTime(period, 'ToDate');
    if (from === null || to === null) {
      report.add('not_carried', 'calendar exception without dates', `calendar ${uid}`);
      continue;
    }
    const rec = recurrence(ex);
    const occurrences = num(ex, 'Occurrences');
    out.push({
      ...(text(ex, 'Name') ? { name: text(ex, 'Name') as string } : {}),
      fromDay: dayOf(from),
      toDay: dayOf(to),
      working: intervals(ex, bool(ex, 'DayWorking'), report, uid),
      ...(rec ? { recurrence: rec, ...(occurrences !== undefined ? { occurrences } : {}) } : {}),
    });
  }
  if (modern.length > 0) return out;
  // Before Project 2007, exceptions were WeekDay entries of DayType 0 with a TimePeriod.
  for (const wd of children(child(cal, 'WeekDays'), 'WeekDay')) {
    if (num(wd, 'DayType') !== 0) continue;
    const period = child(wd, 'TimePeriod');
    const from = dateTime(period, 'FromDate');
    const to = dateTime(period, 'ToDate');
    if (from === null || to === null) continue;
    out.push({ fromDay: dayOf(from), toDay: dayOf(to), working: intervals(wd, bool(wd, 'DayWorking'), report, uid) });
  }
  return out;
}

function readWorkWeeks(cal: XmlNode, report: ReportCollector, uid: string): WorkWeekPeriod[] {
  return children(child(cal, 'WorkWeeks'), 'WorkWeek').flatMap((ww) => {
    const period = child(ww, 'TimePeriod');
    const from = dateTime(period, 'FromDate');
    const to = dateTime(period, 'ToDate');
    if (from === null || to === null) return [];
    // In a work week, days it does not list are non-working.
    const days = weekDays(child(ww, 'WeekDays'), report, uid).map((d) => (d === 'inherit' ? [] : d));
    return [{ fromDay: dayOf(from), toDay: dayOf(to), week: days }];
  });
}

/**
 * Reads every calendar and resolves derived calendars (resource calendars) against their base:
 * days they leave unset come from the base, base exceptions apply unless the derived calendar
 * overrides the same day.
 */
export function readCalendars(
  project: XmlNode,
  report: ReportCollector,
  conversion: { hoursPerDay: number; hoursPerWeek: number; daysPerMonth: number },
): Map<string, Calendar> {
  const raw = new Map<string, RawCalendar>();
  for (const cal of children(child(project, 'Calendars'), 'Calendar')) {
    const uid = text(cal, 'UID');
    if (uid === undefined) continue;
    const base = text(cal, 'BaseCalendarUID');
    raw.set(uid, {
      uid,
      name: text(cal, 'Name') ?? `Calendar ${uid}`,
      baseUid: !bool(cal, 'IsBaseCalendar') && base !== undefined && base !== '-1' ? base : undefined,
      days: weekDays(child(cal, 'WeekDays'), report, uid),
      exceptions: readExceptions(cal, report, uid),
      workWeeks: readWorkWeeks(cal, report, uid),
    });
  }
  const resolved = new Map<string, Calendar>();
  const resolve = (uid: string, depth: number): Calendar => {
    const done = resolved.get(uid);
    if (done) return done;
    const r = raw.get(uid) as RawCalendar;
    const baseRaw = r.baseUid !== undefined && depth < 20 ? raw.get(r.baseUid) : undefined;
    const base = baseRaw ? resolve(baseRaw.uid, depth + 1) : undefined;
    const week = r.days.map((d, i) => (d === 'inherit' ? (base?.week[i] ?? DEFAULT_WEEK[i] ?? []) : d));
    const calendar: Calendar = {
      id: calendarId(uid),
      name: r.name,
      week: week.some((d) => d.length > 0) ? week : DEFAULT_WEEK,
      exceptions: [...(base?.exceptions ?? []), ...r.exceptions],
      workWeeks: [...(base?.workWeeks ?? []), ...r.workWeeks],
      ...conversion,
    };
    if (!week.some((d) => d.length > 0))
      report.add('approximated', 'calendar without working days given a standard week', uid);
    resolved.set(uid, calendar);
    return calendar;
  };
  for (const uid of raw.keys()) resolve(uid, 0);
  return resolved;
}
