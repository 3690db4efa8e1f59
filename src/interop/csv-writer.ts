import { stringify } from 'csv-stringify/sync';
import { workCalendar } from '../core/schedule/index.js';
import type { Calendar, ConstraintType, Link, Plan, ScheduleResult, Task } from '../core/schedule/model.js';
import {
  DEFAULT_DURATION_UNITS,
  type DurationUnits,
  formatDurationText,
  formatPredecessorText,
  type PredecessorRef,
} from '../core/schedule/predecessor-text.js';
import { type EpochMinute, formatLocalDateTime } from '../core/schedule/time.js';
import type { WorkCalendar } from '../core/schedule/work-calendar.js';
import { planOutline } from './mspdi/mspdi-writer-outline.js';
import { scheduledDates } from './mspdi/mspdi-writer-tasks.js';

/** The columns of a plan CSV, in order (extra columns from `CsvExtras.rows` follow them). */
export const PLAN_CSV_COLUMNS = [
  'ID',
  'WBS',
  'Name',
  'Outline level',
  'Duration',
  'Start',
  'Finish',
  'Predecessors',
  'Total float',
  'Critical',
  'Milestone',
  '% complete',
  'Actual start',
  'Actual finish',
  'Constraint type',
  'Constraint date',
  'Deadline',
] as const;

/** Optional additions to a plan CSV. */
export interface CsvExtras {
  /** Task id -> extra cells by column name (e.g. "Responsible"), appended after the standard columns. */
  readonly rows?: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text as UTF-8. */
  readonly bom?: boolean;
}

/** MS Project's names for constraint types; P6's soft start/finish on keep their P6 names. */
const CONSTRAINT_NAMES: Readonly<Record<ConstraintType, string>> = {
  asap: 'As Soon As Possible',
  alap: 'As Late As Possible',
  mustStartOn: 'Must Start On',
  mustFinishOn: 'Must Finish On',
  startNoEarlierThan: 'Start No Earlier Than',
  startNoLaterThan: 'Start No Later Than',
  finishNoEarlierThan: 'Finish No Earlier Than',
  finishNoLaterThan: 'Finish No Later Than',
  startOn: 'Start On',
  finishOn: 'Finish On',
};

/** A number with at most two decimals and no trailing zeros ("40", "12.5"). */
function decimal(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** Local "YYYY-MM-DD HH:mm", or empty when there is no date. */
function localDate(minute: EpochMinute | null | undefined): string {
  if (minute === null || minute === undefined || !Number.isFinite(minute)) return '';
  return formatLocalDateTime(minute).slice(0, 16).replace('T', ' ');
}

/** Units of a calendar for MS Project duration text, MS Project's defaults where it has none. */
const unitsOf = (c: Calendar | undefined): DurationUnits => ({
  hoursPerDay: c?.hoursPerDay ?? DEFAULT_DURATION_UNITS.hoursPerDay,
  hoursPerWeek: c?.hoursPerWeek ?? DEFAULT_DURATION_UNITS.hoursPerWeek,
  daysPerMonth: c?.daysPerMonth ?? 20,
});

/** A link as the planning grid types it (lags in minutes or percent), for MS Project's predecessor text. */
function predecessorRef(l: Link, row: number): PredecessorRef {
  const lag = l.lag;
  if (lag === undefined) return { row, type: l.type, lagKind: 'working', lag: 0 };
  return lag.kind === 'percent'
    ? { row, type: l.type, lagKind: 'percent', lag: lag.percent }
    : { row, type: l.type, lagKind: lag.kind, lag: lag.minutes };
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe keeps user-typed text inert (OWASP's advice for CSV exports).
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Writes a plan and its schedule as CSV with a header row: one row per task in WBS order, dates as
 * local "YYYY-MM-DD HH:mm", durations and total float in days of the task's calendar ("5d"),
 * predecessors in MS Project's syntax by row number ("3;5SS+2d;7FF-10%"). Pure: returns the text.
 */
export function writePlanCsv(plan: Plan, result: ScheduleResult, extras: CsvExtras = {}): string {
  const outline = planOutline(plan);
  const calendars = new Map(plan.calendars.map((c) => [c.id as string, c]));
  const compiled = new Map<string, WorkCalendar>();
  const calendarOf = (t: Task) =>
    calendars.get(t.calendarId ?? plan.defaultCalendarId) ?? calendars.get(plan.defaultCalendarId);
  const projectUnits = unitsOf(calendars.get(plan.defaultCalendarId));
  const workBetween = (t: Task, from: number, to: number): number => {
    const cal = calendarOf(t);
    if (!cal) return 0;
    let wc = compiled.get(cal.id);
    if (!wc) {
      wc = workCalendar(cal);
      compiled.set(cal.id, wc);
    }
    return wc.workBetween(from, to);
  };
  const rowOfId = new Map(plan.tasks.map((t, i) => [t.id as string, outline.rowOf[i] as number]));
  const incoming = new Map<string, Link[]>();
  for (const l of plan.links) {
    const list = incoming.get(l.successorId);
    if (list) list.push(l);
    else incoming.set(l.successorId, [l]);
  }

  const extraColumns: string[] = [];
  for (const cells of extras.rows?.values() ?? []) {
    for (const name of Object.keys(cells)) if (!extraColumns.includes(name)) extraColumns.push(name);
  }

  const rows = outline.order.map((i) => {
    const t = plan.tasks[i] as Task;
    const { start, finish } = scheduledDates(plan, result, i);
    const elapsed = t.elapsed === true;
    const units = unitsOf(calendarOf(t));
    // A summary lasts as long as its rolled-up span, whatever duration the plan gives it.
    const summary = result.summary[i] === 1;
    const durationMinutes =
      summary && Number.isFinite(start) && Number.isFinite(finish) ? workBetween(t, start, finish) : t.durationMinutes;
    const float = result.totalFloatMinutes[i] as number;
    // Lags convert with the project's hours per day, as MS Project's Predecessors column does.
    const predecessors = formatPredecessorText(
      (incoming.get(t.id) ?? []).map((l) => predecessorRef(l, rowOfId.get(l.predecessorId) ?? 0)),
      projectUnits,
    );
    const constraint = t.constraint;
    const cells = extras.rows?.get(t.id) ?? {};
    return [
      String(outline.rowOf[i]),
      t.wbsCode ?? (outline.outlineNumber[i] as string),
      inert(t.name),
      String(outline.level[i]),
      formatDurationText(durationMinutes, elapsed && !summary, units),
      localDate(start),
      localDate(finish),
      predecessors,
      Number.isFinite(float) ? formatDurationText(float, elapsed, units) : '',
      result.critical[i] === 1 ? 'Yes' : 'No',
      t.milestone ? 'Yes' : 'No',
      `${decimal(t.percentComplete ?? 0)}%`,
      localDate(t.actualStart),
      localDate(t.actualFinish),
      CONSTRAINT_NAMES[constraint?.type ?? 'asap'],
      constraint && constraint.type !== 'asap' && constraint.type !== 'alap' ? localDate(constraint.date) : '',
      localDate(t.deadline),
      ...extraColumns.map((name) => inert(cells[name] ?? '')),
    ];
  });
  return stringify(rows, { header: true, columns: [...PLAN_CSV_COLUMNS, ...extraColumns], bom: extras.bom === true });
}
