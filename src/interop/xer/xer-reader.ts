import { DomainError } from '../../core/errors.js';
import type { PlanResources } from '../../core/resources/model.js';
import {
  type Calendar,
  type Constraint,
  type ConstraintType,
  calendarId,
  type LagCalendar,
  type Link,
  type LinkType,
  type Plan,
  type ScheduleOptions,
  type Task,
  type TotalFloatMode,
  taskId,
} from '../../core/schedule/model.js';
import { MAX_DURATION_MINUTES } from '../../core/schedule/network.js';
import { type EpochMinute, parseLocalDateTime } from '../../core/schedule/time.js';
import { type ImportReport, ReportCollector } from '../import-report.js';
import { overLimit } from '../reader-limits.js';
import type { StoredValues } from '../stored-comparison.js';
import { readXerCalendars } from './xer-calendars.js';
import { readXerResources } from './xer-resources.js';
import { readXerTables, type XerTable } from './xer-tables.js';

/** A plan read from a P6 XER file, what was left out, and P6's own results per task. */
export interface XerImport {
  readonly plan: Plan;
  readonly report: ImportReport;
  /** Index-aligned with plan.tasks (NaN where P6 stored nothing, e.g. WBS nodes). */
  readonly stored: readonly StoredValues[];
  /** RSRC, RSRCRATE and TASKRSRC, and the activities' duration types, when the file has any. */
  readonly resources?: PlanResources;
}

type Row = Readonly<Record<string, string>>;

const CONSTRAINTS: Readonly<Record<string, ConstraintType>> = {
  CS_ALAP: 'alap',
  CS_MSO: 'startOn',
  CS_MSOA: 'startNoEarlierThan',
  CS_MSOB: 'startNoLaterThan',
  CS_MEO: 'finishOn',
  CS_MEOA: 'finishNoEarlierThan',
  CS_MEOB: 'finishNoLaterThan',
  CS_MANDSTART: 'mustStartOn',
  CS_MANDFIN: 'mustFinishOn',
};
const LINK_TYPES: Readonly<Record<string, LinkType>> = { PR_FS: 'FS', PR_SS: 'SS', PR_FF: 'FF', PR_SF: 'SF' };
const LAG_CALENDARS: Readonly<Record<string, LagCalendar>> = {
  rcal_Predecessor: 'predecessor',
  rcal_Successor: 'successor',
  rcal_24Hour: '24h',
  rcal_ProjDefault: 'project',
};
const FLOAT_MODES: Readonly<Record<string, TotalFloatMode>> = { FT_FF: 'finish', FT_SF: 'start', FT_SM: 'smallest' };

/** WBS codes are built 50 levels deep at most (codeOf); a deeper tree is not a real schedule. */
const MAX_WBS_DEPTH = 50;

const date = (v: string | undefined): EpochMinute | null => (v ? parseLocalDateTime(v) : null);
const hours = (v: string | undefined): number => (v ? Number(v) * 60 : Number.NaN);
const orNaN = (v: number | null): number => (v === null ? Number.NaN : v);

function rows(tables: Map<string, XerTable>, name: string): readonly Row[] {
  return tables.get(name)?.rows ?? [];
}

function constraint(
  type: string | undefined,
  at: string | undefined,
  report: ReportCollector,
  id: string,
): Constraint | undefined {
  if (!type) return undefined;
  const mapped = CONSTRAINTS[type];
  if (!mapped) {
    report.add('not_carried', `constraint type ${type}`, id);
    return undefined;
  }
  const when = date(at);
  if (mapped !== 'alap' && when === null) {
    report.add('not_carried', 'constraints without a date', id);
    return undefined;
  }
  return { type: mapped, date: mapped === 'alap' ? null : when };
}

/**
 * Reads a Primavera P6 XER export (PROJECT, CALENDAR, PROJWBS, TASK, TASKPRED, SCHEDOPTIONS; RSRC,
 * RSRCRATE and TASKRSRC beside the plan, see xer-resources.ts) into a
 * plan: WBS nodes as summaries (ids are the dotted WBS codes), activities by Activity ID with
 * planned and remaining durations, milestones, level of effort, constraints, progress and links
 * with lags; the data date, lag calendar, float and progress options come from the project.
 * `projectId` picks one project when the file holds several (default: the first).
 */
export function readXer(text: string, projectId?: string): XerImport {
  const tables = readXerTables(text);
  const report = new ReportCollector('xer');
  const projects = rows(tables, 'PROJECT');
  const project = projectId ? projects.find((p) => p.proj_id === projectId) : projects[0];
  if (!project) throw new DomainError('validation_failed', 'file: no PROJECT row', { field: 'PROJECT' });
  const pid = project.proj_id as string;
  if (projects.length > 1) report.add('info', `file holds ${projects.length} projects; read project ${pid}`);
  const options = rows(tables, 'SCHEDOPTIONS').find((o) => o.proj_id === pid);

  const calendars = readXerCalendars(rows(tables, 'CALENDAR'), report);
  let defaultCal = project.clndr_id && calendars.has(project.clndr_id) ? project.clndr_id : undefined;
  if (!defaultCal) {
    defaultCal = [...calendars.keys()][0];
    report.add('approximated', 'project calendar missing: the first calendar was used');
  }
  if (defaultCal === undefined)
    throw new DomainError('validation_failed', 'CALENDAR: no calendars', { field: 'CALENDAR' });

  const tasks: Task[] = [];
  const stored: StoredValues[] = [];
  const none: StoredValues = {
    earlyStart: Number.NaN,
    earlyFinish: Number.NaN,
    lateStart: Number.NaN,
    lateFinish: Number.NaN,
    totalSlackMinutes: Number.NaN,
    freeSlackMinutes: Number.NaN,
  };

  // WBS: the project node is the plan itself; the others become summaries, in P6's sequence order.
  const wbsRows = rows(tables, 'PROJWBS').filter((w) => w.proj_id === pid);
  const wbsById = new Map(wbsRows.map((w) => [w.wbs_id as string, w]));
  const rootWbs = wbsRows.find((w) => w.proj_node_flag === 'Y');
  const wbsCode = new Map<string, string>();
  const codeOf = (id: string, depth = 0): string => {
    const known = wbsCode.get(id);
    if (known !== undefined) return known;
    const w = wbsById.get(id);
    if (!w || w === rootWbs || depth > 50) return '';
    const parent = codeOf(w.parent_wbs_id ?? '', depth + 1);
    const code = parent ? `${parent}.${w.wbs_short_name}` : (w.wbs_short_name ?? id);
    wbsCode.set(id, code);
    return code;
  };
  const children = new Map<string, Row[]>();
  for (const w of wbsRows) {
    if (w === rootWbs) continue;
    const list = children.get(w.parent_wbs_id ?? '') ?? [];
    list.push(w);
    children.set(w.parent_wbs_id ?? '', list);
  }
  const wbsTaskId = new Map<string, string>();
  // A node is visited once: a parent loop in the file must not recurse forever.
  const visit = (parent: string, parentTask: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => Number(a.seq_num) - Number(b.seq_num));
    for (const w of list) {
      if (wbsTaskId.has(w.wbs_id as string)) continue;
      if (depth >= MAX_WBS_DEPTH) throw overLimit('XER', `WBS deeper than ${MAX_WBS_DEPTH} levels`, MAX_WBS_DEPTH);
      const id = codeOf(w.wbs_id as string);
      wbsTaskId.set(w.wbs_id as string, id);
      tasks.push({
        id: taskId(id),
        name: w.wbs_name ?? id,
        parentId: parentTask ? taskId(parentTask) : null,
        wbsCode: id,
        durationMinutes: 0,
      });
      stored.push(none);
      visit(w.wbs_id as string, id, depth + 1);
    }
  };
  visit(rootWbs?.wbs_id ?? '', null, 0);
  for (const w of wbsRows) {
    if (w !== rootWbs && !wbsTaskId.has(w.wbs_id as string))
      report.add('not_carried', 'WBS nodes outside the project tree', w.wbs_id);
  }

  const codeByTaskId = new Map<string, string>();
  const activities = rows(tables, 'TASK').filter((t) => t.proj_id === pid);
  for (const t of activities) {
    const code = t.task_code || (t.task_id as string);
    codeByTaskId.set(t.task_id as string, code);
    const type = t.task_type ?? 'TT_Task';
    if (type === 'TT_WBS' || type === 'TT_Rsrc')
      report.add('approximated', `activity type ${type} scheduled as a task`, code);
    const milestone = type === 'TT_Mile' || type === 'TT_FinMile';
    const cal = t.clndr_id && calendars.has(t.clndr_id) ? t.clndr_id : null;
    if (t.clndr_id && !cal)
      report.add('approximated', 'activities on unknown calendars use the project calendar', code);
    const parent = wbsTaskId.get(t.wbs_id ?? '');
    const actualStart = date(t.act_start_date);
    const actualFinish = date(t.act_end_date);
    const primary = constraint(t.cstr_type, t.cstr_date, report, code);
    const secondary = constraint(t.cstr_type2, t.cstr_date2, report, code);
    // P6 schedules started work by its remaining duration; an absurd planned one is not worth an error.
    let planned = Math.max(0, hours(t.target_drtn_hr_cnt) || 0);
    if (planned > MAX_DURATION_MINUTES) {
      report.add('approximated', 'planned durations over a century replaced by the remaining duration', code);
      planned = Math.max(0, hours(t.remain_drtn_hr_cnt) || 0);
    }
    if (t.expect_end_date) {
      report.add('approximated', 'expected finish dates (remaining durations kept as stored)', code);
    }
    if (t.suspend_date || t.resume_date) report.add('not_carried', 'suspend and resume dates', code);
    if (t.external_early_start_date || t.external_late_end_date)
      report.add('not_carried', 'external early start / late finish', code);
    tasks.push({
      id: taskId(code),
      name: t.task_name ?? code,
      parentId: parent ? taskId(parent) : null,
      // A level of effort takes its dates from its neighbours; P6 stores odd durations for it.
      durationMinutes: milestone || type === 'TT_LOE' ? 0 : planned,
      ...(milestone
        ? { milestone: true, milestoneKind: type === 'TT_FinMile' ? ('finish' as const) : ('start' as const) }
        : {}),
      ...(type === 'TT_LOE' ? { levelOfEffort: true } : {}),
      calendarId: cal === null ? null : calendarId(cal),
      ...(primary ? { constraint: primary } : {}),
      ...(secondary ? { secondaryConstraint: secondary } : {}),
      actualStart,
      actualFinish: actualStart === null ? null : actualFinish,
      remainingDurationMinutes: milestone || type === 'TT_LOE' ? 0 : Math.max(0, hours(t.remain_drtn_hr_cnt) || 0),
    });
    stored.push({
      earlyStart: orNaN(date(t.early_start_date)),
      earlyFinish: orNaN(date(t.early_end_date)),
      lateStart: orNaN(date(t.late_start_date)),
      lateFinish: orNaN(date(t.late_end_date)),
      totalSlackMinutes: hours(t.total_float_hr_cnt),
      freeSlackMinutes: hours(t.free_float_hr_cnt),
    });
  }

  const links: Link[] = [];
  const allTaskIds = new Set(rows(tables, 'TASK').map((t) => t.task_id ?? ''));
  for (const p of rows(tables, 'TASKPRED')) {
    const succ = codeByTaskId.get(p.task_id ?? '');
    const pred = codeByTaskId.get(p.pred_task_id ?? '');
    if (!succ || !pred) {
      // A link to an activity the file does not hold at all is a broken file, not a cross-project link.
      const missing = [p.task_id, p.pred_task_id].some((id) => !allTaskIds.has(id ?? ''));
      report.add(
        'not_carried',
        missing ? 'links to activities missing from the file' : 'links to activities in other projects',
        missing ? `${p.pred_task_id ?? '?'}->${p.task_id ?? '?'}` : p.task_pred_id,
      );
      continue;
    }
    const lag = hours(p.lag_hr_cnt) || 0;
    links.push({
      predecessorId: taskId(pred),
      successorId: taskId(succ),
      type: LINK_TYPES[p.pred_type ?? ''] ?? 'FS',
      ...(lag !== 0 ? { lag: { kind: 'working' as const, minutes: lag } } : {}),
    });
  }
  for (const name of ['UDFVALUE', 'TASKACTV']) {
    if (rows(tables, name).length > 0) report.add('not_carried', `${name} table (codes, user fields)`);
  }
  const resources = readXerResources(tables, activities, codeByTaskId, new Set(calendars.keys()), report);

  const start = date(project.plan_start_date) ?? date(project.last_recalc_date);
  if (start === null)
    throw new DomainError('validation_failed', 'PROJECT.plan_start_date: missing', {
      field: 'PROJECT.plan_start_date',
    });
  const scheduleOptions: ScheduleOptions = {
    projectStart: start,
    statusDate: date(project.last_recalc_date),
    mustFinishBy: date(project.plan_end_date),
    flavour: 'p6',
    totalFloat: FLOAT_MODES[options?.sched_float_type ?? ''] ?? 'finish',
    lagCalendar: LAG_CALENDARS[options?.sched_calendar_on_relationship_lag ?? ''] ?? 'predecessor',
    progress: options?.sched_progress_override === 'Y' ? 'progressOverride' : 'retainedLogic',
    criticalFloatMinutes: hours(project.critical_drtn_hr_cnt) || 0,
    ...(project.critical_path_type === 'CT_DrivPath' ? { critical: 'longestPath' as const } : {}),
  };
  return {
    plan: {
      name: project.proj_short_name ?? pid,
      defaultCalendarId: calendarId(defaultCal),
      calendars: [...calendars.values()] as Calendar[],
      tasks,
      links,
      options: scheduleOptions,
    },
    report: report.report(),
    stored,
    ...(resources ? { resources } : {}),
  };
}
