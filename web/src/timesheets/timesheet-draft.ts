import type { SaveTimesheetBody, TimesheetLine, TimesheetWeek } from '../../../src/contracts/index.js';
import { formatWeekdayDate } from '../lib/dates.js';
import { hoursText, parseHours } from './hours.js';

/*
 * The week as it is being edited: the lines its owner may still change (draft and returned), with
 * each day's hours as typed. Submitted and approved lines stay as the server sent them; they count
 * in the day totals but are never sent back (a save replaces the editable lines only).
 */

/** Days in a week, Monday first. */
export const DAYS = 7;
/** The most one day may hold, in minutes. */
export const DAY_LIMIT = 24 * 60;

/** A task the person could add a line for. */
export interface BookableTask {
  readonly projectId: string;
  readonly projectCode: string;
  readonly projectName: string;
  readonly taskId: string;
  readonly taskName: string;
}

/** One editable line: a task, seven typed cells, a note, and the saved line it came from (if any). */
export interface DraftLine extends BookableTask {
  readonly cells: readonly string[];
  readonly note: string;
  readonly saved: TimesheetLine | null;
}

/** Problems to show where they belong: per cell (line's task, day), per line, and for the week. */
export interface DraftErrors {
  readonly cells: Readonly<Record<string, Readonly<Record<number, string>>>>;
  readonly lines: Readonly<Record<string, string>>;
  readonly week: readonly string[];
}

/** The editable lines of a week as the editor starts them. */
export function draftOf(week: TimesheetWeek): DraftLine[] {
  return week.lines.filter((l) => l.editable).map((l) => lineOf(l, l.minutes.map(hoursText), l.note, l));
}

/** A new, empty line for a task. */
export function newLine(task: BookableTask): DraftLine {
  return lineOf(task, new Array<string>(DAYS).fill(''), '', null);
}

function lineOf(task: BookableTask, cells: readonly string[], note: string, saved: TimesheetLine | null): DraftLine {
  const { projectId, projectCode, projectName, taskId, taskName } = task;
  return { projectId, projectCode, projectName, taskId, taskName, cells, note, saved };
}

/** The minutes of a line's cells, a cell that does not read as hours counting 0 (one over 24 hours counts: the day shows it). */
export function lineMinutes(line: DraftLine): number[] {
  return line.cells.map((c) => {
    const p = parseHours(c, Number.POSITIVE_INFINITY);
    return p.ok ? p.minutes : 0;
  });
}

/** Minutes per day over every line of the week: the locked ones as saved, the editable ones as typed. */
export function dayTotals(week: TimesheetWeek, draft: readonly DraftLine[]): number[] {
  const totals = new Array<number>(DAYS).fill(0);
  const add = (minutes: readonly number[]) =>
    minutes.forEach((m, d) => {
      totals[d]! += m;
    });
  for (const l of week.lines) if (!l.editable) add(l.minutes);
  for (const l of draft) add(lineMinutes(l));
  return totals;
}

/** What stops a save before it is sent: cells that are not hours, and days over 24 hours. */
export function draftErrors(week: TimesheetWeek, draft: readonly DraftLine[]): DraftErrors {
  const cells: Record<string, Record<number, string>> = {};
  for (const line of draft) {
    line.cells.forEach((text, d) => {
      const p = parseHours(text);
      if (!p.ok) cells[line.taskId] = { ...cells[line.taskId], [d]: p.message };
    });
  }
  const overfull = dayTotals(week, draft).flatMap((m, d) =>
    m > DAY_LIMIT ? [`${formatWeekdayDate(week.days[d]!)} holds more than 24 hours`] : [],
  );
  return { cells, lines: {}, week: overfull };
}

/** True when there is nothing to show. */
export function isClean(errors: DraftErrors): boolean {
  return Object.keys(errors.cells).length === 0 && Object.keys(errors.lines).length === 0 && errors.week.length === 0;
}

/** The save request of a valid draft (the server names lines by their place in it: keep the draft's order to read its answer). */
export function saveBody(week: TimesheetWeek, draft: readonly DraftLine[]): SaveTimesheetBody {
  return {
    version: week.version,
    lines: draft.map((l) => ({ projectId: l.projectId, taskId: l.taskId, minutes: lineMinutes(l), note: l.note })),
  };
}

/** True when the draft would save something other than what the server holds. */
export function isDirty(week: TimesheetWeek, draft: readonly DraftLine[]): boolean {
  const saved = week.lines.filter((l) => l.editable);
  if (saved.length !== draft.length) return true;
  return draft.some((l, i) => {
    const s = saved[i]!;
    return s.taskId !== l.taskId || s.note !== l.note || lineMinutes(l).some((m, d) => m !== s.minutes[d]);
  });
}

/**
 * The server's refusal of a save, placed where it belongs: `lines.3.minutes.2` on the fourth line
 * sent, Wednesday; `lines.3.taskId` (or any other part of a line) on the line; the rest on the week.
 */
export function serverErrors(
  issues: readonly { readonly path: string; readonly message: string }[],
  sent: readonly string[],
): DraftErrors {
  const cells: Record<string, Record<number, string>> = {};
  const lines: Record<string, string> = {};
  const week: string[] = [];
  for (const { path, message } of issues) {
    const text = message.charAt(0).toUpperCase() + message.slice(1);
    const m = /^lines\.(\d+)(?:\.(\w+)(?:\.(\d+))?)?$/.exec(path);
    const taskId = m ? sent[Number(m[1])] : undefined;
    if (!m || taskId === undefined) week.push(text);
    else if (m[2] === 'minutes' && m[3] !== undefined) cells[taskId] = { ...cells[taskId], [Number(m[3])]: text };
    else lines[taskId] ??= text;
  }
  return { cells, lines, week };
}

/**
 * Tasks the person may add a line for: the week's suggestions and any saved editable line taken
 * out of the draft (the server does not suggest a task already booked), less those in the draft.
 */
export function bookable(week: TimesheetWeek, draft: readonly DraftLine[]): BookableTask[] {
  const inDraft = new Set(draft.map((l) => l.taskId));
  const removed = week.lines.filter((l) => l.editable && !inDraft.has(l.taskId));
  return [...removed, ...week.suggestions.filter((s) => !inDraft.has(s.taskId))];
}

/** A row of the week as shown: an editable line, or one submitted or approved as the server holds it. */
export type WeekRow =
  | { readonly kind: 'editable'; readonly taskId: string; readonly line: DraftLine }
  | { readonly kind: 'locked'; readonly taskId: string; readonly line: TimesheetLine };

/** Every line of the week, editable or not, by project code and task name (new lines fall into place). */
export function weekRows(week: TimesheetWeek, draft: readonly DraftLine[]): WeekRow[] {
  const rows: WeekRow[] = [
    ...draft.map((line) => ({ kind: 'editable' as const, taskId: line.taskId, line })),
    ...week.lines.filter((l) => !l.editable).map((line) => ({ kind: 'locked' as const, taskId: line.taskId, line })),
  ];
  return rows.sort(
    (a, b) => a.line.projectCode.localeCompare(b.line.projectCode) || a.line.taskName.localeCompare(b.line.taskName),
  );
}
