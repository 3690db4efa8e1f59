import { invalidField } from '../../core/errors.js';
import { compileDayRules } from '../../core/schedule/calendar-rules.js';
import {
  type Calendar,
  type Constraint,
  type ConstraintType,
  calendarId,
  type DurationDriver,
  type Lag,
  type Link,
  type LinkType,
  type Task,
  taskId,
} from '../../core/schedule/model.js';
import { WorkCalendar } from '../../core/schedule/work-calendar.js';
import type { ReportCollector } from '../import-report.js';
import {
  bool,
  child,
  children,
  dateTime,
  isElapsedFormat,
  isPercentFormat,
  num,
  text,
  type XmlNode,
  xsdDurationMinutes,
} from './mspdi-values.js';

/** MS Project's own results for one task, kept for comparison (dates: epoch minutes; slack: minutes). */
export interface StoredTaskDates {
  readonly start: number;
  readonly finish: number;
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  readonly totalSlackMinutes: number;
  readonly freeSlackMinutes: number;
  readonly critical: boolean;
}

const CONSTRAINTS: readonly ConstraintType[] = [
  'asap',
  'alap',
  'mustStartOn',
  'mustFinishOn',
  'startNoEarlierThan',
  'startNoLaterThan',
  'finishNoEarlierThan',
  'finishNoLaterThan',
];
const LINK_TYPES: readonly LinkType[] = ['FF', 'FS', 'SF', 'SS'];
/** Far deeper than any real outline; the reader keeps one parent per level. */
const MAX_OUTLINE_LEVEL = 1_000;

interface ResourceInfo {
  readonly isWork: boolean;
  readonly calendarUid: string | undefined;
}

function readResources(project: XmlNode): Map<string, ResourceInfo> {
  const out = new Map<string, ResourceInfo>();
  for (const r of children(child(project, 'Resources'), 'Resource')) {
    const uid = text(r, 'UID');
    if (uid !== undefined) out.set(uid, { isWork: num(r, 'Type') === 1, calendarUid: text(r, 'CalendarUID') });
  }
  return out;
}

/** MS Project's task priority (0–1000; 500, the default, is left out). */
function priorityOf(node: XmlNode): { priority?: number } {
  const p = num(node, 'Priority');
  return p === undefined || p === 500 ? {} : { priority: Math.min(1000, Math.max(0, Math.round(p))) };
}

const orNaN = (v: number | null): number => (v === null ? Number.NaN : v);

/** Reads tasks (WBS from OutlineLevel), their links and MS Project's stored results. */
export function readTasks(
  project: XmlNode,
  calendars: ReadonlyMap<string, Calendar>,
  report: ReportCollector,
): { tasks: Task[]; links: Link[]; stored: StoredTaskDates[] } {
  const resources = readResources(project);
  const workCalendars = new Map<string, WorkCalendar>();
  const workCalendar = (uid: string): WorkCalendar | undefined => {
    let wc = workCalendars.get(uid);
    const cal = calendars.get(uid);
    if (!wc && cal) {
      wc = new WorkCalendar(compileDayRules(cal));
      workCalendars.set(uid, wc);
    }
    return wc;
  };
  const assignments = new Map<string, XmlNode[]>();
  for (const a of children(child(project, 'Assignments'), 'Assignment')) {
    const t = text(a, 'TaskUID');
    if (t === undefined) continue;
    const list = assignments.get(t) ?? [];
    list.push(a);
    assignments.set(t, list);
  }

  const tasks: Task[] = [];
  const stored: StoredTaskDates[] = [];
  const kept = new Set<string>();
  const skipped = new Set<string>();
  const parents: (string | null)[] = [];
  const pendingLinks: { succ: string; node: XmlNode }[] = [];

  const inFile = new Set<string>();
  for (const node of children(child(project, 'Tasks'), 'Task')) {
    const uid = text(node, 'UID');
    if (uid === undefined) continue;
    inFile.add(uid);
    const level = num(node, 'OutlineLevel') ?? 1;
    if (!Number.isInteger(level) || level < 0 || level > MAX_OUTLINE_LEVEL) {
      throw invalidField(
        `Tasks.Task[UID=${uid}].OutlineLevel`,
        `${text(node, 'OutlineLevel')} is not an outline level (a whole number from 0 to ${MAX_OUTLINE_LEVEL})`,
      );
    }
    if (level === 0) {
      report.add('info', 'project summary task (outline level 0) not carried: the plan itself holds its dates', uid);
      continue;
    }
    if (bool(node, 'IsNull')) {
      report.add('not_carried', 'blank (null) task rows', uid);
      continue;
    }
    parents.length = level;
    const parent = level > 1 ? (parents[level - 2] ?? null) : null;
    parents[level - 1] = uid;
    if (parent !== null && skipped.has(parent)) {
      skipped.add(uid);
      report.add('not_carried', 'tasks under a summary that was not carried over', uid);
      continue;
    }
    if (text(node, 'Active') === '0') {
      skipped.add(uid);
      report.add('not_carried', 'inactive tasks (not scheduled)', uid);
      continue;
    }
    if (bool(node, 'ExternalTask') || bool(node, 'IsSubproject')) {
      skipped.add(uid);
      report.add('not_carried', 'external tasks and inserted subprojects', uid);
      continue;
    }
    kept.add(uid);
    const calUid = text(node, 'CalendarUID');
    const manual = bool(node, 'Manual');
    const elapsed = isElapsedFormat(num(node, 'DurationFormat'));
    const durationMinutes = Math.max(0, xsdDurationMinutes(text(node, 'Duration')) ?? 0);
    const remaining = xsdDurationMinutes(text(node, 'RemainingDuration'));
    const cIndex = num(node, 'ConstraintType') ?? 0;
    const cType = CONSTRAINTS[cIndex] ?? 'asap';
    const cDate = dateTime(node, 'ConstraintDate');
    let constraint: Constraint | undefined;
    if (cType !== 'asap') {
      if (cType !== 'alap' && cDate === null) report.add('not_carried', 'constraints without a date', uid);
      else constraint = { type: cType, date: cType === 'alap' ? null : cDate };
    }
    if ((num(node, 'LevelingDelay') ?? 0) !== 0) report.add('not_carried', 'leveling delay', uid);
    if (bool(node, 'Recurring')) report.add('info', 'recurring task carried as a summary of its occurrences', uid);

    const drivers = durationDrivers(node, assignments.get(uid) ?? [], resources, calendars, workCalendar, report);
    const task: Task = {
      id: taskId(uid),
      name: text(node, 'Name') ?? '',
      parentId: parent === null ? null : taskId(parent),
      ...(text(node, 'OutlineNumber') ? { wbsCode: text(node, 'OutlineNumber') as string } : {}),
      durationMinutes,
      ...(elapsed ? { elapsed: true } : {}),
      ...(bool(node, 'Milestone') ? { milestone: true } : {}),
      calendarId: calUid !== undefined && calUid !== '-1' && calendars.has(calUid) ? calendarId(calUid) : null,
      ...(manual ? { manual: true, manualStart: dateTime(node, 'Start'), manualFinish: dateTime(node, 'Finish') } : {}),
      ...(constraint ? { constraint } : {}),
      deadline: dateTime(node, 'Deadline'),
      actualStart: dateTime(node, 'ActualStart'),
      actualFinish: dateTime(node, 'ActualFinish'),
      percentComplete: Math.min(100, Math.max(0, num(node, 'PercentComplete') ?? 0)),
      ...(remaining !== undefined ? { remainingDurationMinutes: Math.max(0, remaining) } : {}),
      ...(drivers.length > 0 ? { durationDrivers: drivers } : {}),
      ...priorityOf(node),
    };
    tasks.push(task);
    stored.push({
      start: orNaN(dateTime(node, 'Start')),
      finish: orNaN(dateTime(node, 'Finish')),
      earlyStart: orNaN(dateTime(node, 'EarlyStart')),
      earlyFinish: orNaN(dateTime(node, 'EarlyFinish')),
      lateStart: orNaN(dateTime(node, 'LateStart')),
      lateFinish: orNaN(dateTime(node, 'LateFinish')),
      totalSlackMinutes: (num(node, 'TotalSlack') ?? Number.NaN) / 10,
      freeSlackMinutes: (num(node, 'FreeSlack') ?? Number.NaN) / 10,
      critical: bool(node, 'Critical'),
    });
    for (const link of children(node, 'PredecessorLink')) pendingLinks.push({ succ: uid, node: link });
  }

  const links: Link[] = [];
  for (const { succ, node } of pendingLinks) {
    const pred = text(node, 'PredecessorUID');
    if (bool(node, 'CrossProject')) {
      report.add('not_carried', 'links to other projects', succ);
      continue;
    }
    if (pred === undefined || !inFile.has(pred)) {
      // Not a task left out on purpose: the file names a task it does not hold.
      report.add('not_carried', 'links to tasks missing from the file', `${pred ?? '?'}->${succ}`);
      continue;
    }
    if (!kept.has(pred)) {
      report.add('not_carried', 'links to tasks that were not carried over', succ);
      continue;
    }
    const format = num(node, 'LagFormat');
    const raw = num(node, 'LinkLag') ?? 0;
    const lag: Lag = isPercentFormat(format)
      ? { kind: 'percent', percent: raw }
      : isElapsedFormat(format)
        ? { kind: 'elapsed', minutes: raw / 10 }
        : { kind: 'working', minutes: raw / 10 };
    links.push({
      predecessorId: taskId(pred),
      successorId: taskId(succ),
      type: LINK_TYPES[num(node, 'Type') ?? 1] ?? 'FS',
      lag,
    });
  }
  return { tasks, links, stored };
}

/**
 * MS Project times an effort-driven task by its work resources: each assignment's work divided
 * by its units, on the resource's calendar; the task finishes with the last one. A contoured
 * assignment stretches its work, so its span in the file stands in for work / units.
 */
function durationDrivers(
  task: XmlNode,
  assignments: readonly XmlNode[],
  resources: ReadonlyMap<string, ResourceInfo>,
  calendars: ReadonlyMap<string, Calendar>,
  workCalendar: (uid: string) => WorkCalendar | undefined,
  report: ReportCollector,
): DurationDriver[] {
  const uid = text(task, 'UID') as string;
  if (num(task, 'Type') === 1 || bool(task, 'IgnoreResourceCalendar') || bool(task, 'Manual')) return [];
  const drivers: DurationDriver[] = [];
  for (const a of assignments) {
    const resource = resources.get(text(a, 'ResourceUID') ?? '');
    const units = num(a, 'Units') ?? 1;
    const work = xsdDurationMinutes(text(a, 'Work')) ?? 0;
    if (!resource?.isWork || units <= 0 || work <= 0) continue;
    const calUid = resource.calendarUid;
    if (calUid === undefined || !calendars.has(calUid)) continue;
    const remainingWork = xsdDurationMinutes(text(a, 'RemainingWork')) ?? work;
    let duration = work / units;
    const contour = num(a, 'WorkContour') ?? 0;
    const start = dateTime(a, 'Start');
    const finish = dateTime(a, 'Finish');
    const wc = workCalendar(calUid);
    if (contour !== 0 && start !== null && finish !== null && wc) {
      report.add('approximated', 'contoured assignments timed by their span in the file', uid);
      duration = wc.workBetween(start, finish);
    }
    drivers.push({
      calendarId: calendarId(calUid),
      durationMinutes: Math.round(duration),
      remainingDurationMinutes: Math.round((duration * remainingWork) / work),
    });
  }
  if (drivers.length > 0) report.add('info', 'tasks timed by their resources’ work and calendars', uid);
  return drivers;
}
