import type { Transaction } from 'kysely';
import type { CreateProjectBody, ImportResult } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { blankDraftTask } from '../../core/plan/task-edit.js';
import { outlineOrder } from '../../core/plan/wbs-outline.js';
import type { FileTaskRules, PlanResources } from '../../core/resources/model.js';
import { compileDayRules } from '../../core/schedule/calendar-rules.js';
import type { Lag, Plan, ScheduleResult, Task } from '../../core/schedule/model.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { WorkCalendar } from '../../core/schedule/work-calendar.js';
import { calendarToJson } from '../../interop/calendar-json.js';
import { type ImportReport, ReportCollector } from '../../interop/import-report.js';
import { readJsonPlan } from '../../interop/json-plan.js';
import { readMspdi } from '../../interop/mspdi/mspdi-reader.js';
import { detectFormat } from '../../interop/schedule-file.js';
import { readXer } from '../../interop/xer/xer-reader.js';
import { insertCalendar, listCalendars } from '../../store/repos/calendars-repo.js';
import { findPlan } from '../../store/repos/plan-repo.js';
import type { CalendarRow, Database, LinkRow, TaskRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { requireAllowed } from '../access.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';
import { getProject, insertNewProject } from '../project-service.js';
import { rescheduleAndDiff } from './plan-diff.js';
import { draftOf, taskRowOf } from './plan-draft-rows.js';
import { importPlanResources } from './plan-import-resources.js';
import { rowDate, toPlanHeader, wireDate } from './plan-model.js';
import { writeDiff } from './plan-write.js';

/** An uploaded plan file and what to call the project made from it. */
export interface ImportUpload {
  readonly fileName: string;
  readonly text: string;
  readonly name?: string | undefined;
  readonly portfolioId?: string | undefined;
  readonly managerId?: string | undefined;
}

const MAX_NAME = 200;

/** How a background import follows along: progress at each phase, and a last write in the import's transaction. */
export interface ImportHooks {
  progress?(fraction: number, message: string): void;
  within?(trx: Transaction<Database>, outcome: { projectId: string; report: ImportResult['report'] }): Promise<void>;
}

/**
 * Creates a project from an MS Project XML or Primavera XER file: its calendars, WBS, links and
 * scheduling options become the project's plan, its resources join the pool (matched or created)
 * and its assignments the plan, all in one transaction. The report lists what the
 * readers and Gantry's plan model could not carry over.
 */
export async function importPlan(
  ctx: ServiceContext,
  actor: Actor,
  upload: ImportUpload,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  requireAllowed(actor, 'project.create');
  if (upload.text.trim() === '') throw invalidField('file', 'is empty');
  hooks.progress?.(0.02, 'Reading the file');
  const format = detectFormat(upload.text);
  const read: { plan: Plan; report: ImportReport; resources?: PlanResources } =
    format === 'xer' ? readXer(upload.text) : format === 'json' ? readJsonPlan(upload.text) : readMspdi(upload.text);
  const source = read.plan;
  const notes = new ReportCollector(format);
  const name =
    (upload.name ?? source.name ?? upload.fileName.replace(/\.[^.]+$/, '')).trim().slice(0, MAX_NAME) ||
    'Imported plan';

  const count = source.tasks.length.toLocaleString('en');
  hooks.progress?.(0.35, `Scheduling ${count} tasks`);
  const original = schedulePlan(source);
  hooks.progress?.(0.5, `Writing ${count} tasks`);
  const { projectId, report } = await inTransaction(ctx.store.db, async (trx) => {
    const body: CreateProjectBody = {
      name,
      // The charter's planned dates start as the file's: its start and the finish the engine gives it.
      plannedStart: (wireDate(source.options.projectStart) as string).slice(0, 10),
      ...(Number.isNaN(original.projectFinish)
        ? {}
        : { plannedFinish: (wireDate(original.projectFinish) as string).slice(0, 10) }),
      ...(upload.portfolioId ? { portfolioId: upload.portfolioId } : {}),
      ...(upload.managerId ? { managerId: upload.managerId } : {}),
    } as CreateProjectBody;
    const id = await insertNewProject(ctx, trx, actor, body);
    const now = ctx.now().toISOString();
    const calendarIds = new Map(source.calendars.map((c) => [c.id as string, ctx.newId()]));
    for (const c of source.calendars) {
      const row: CalendarRow = {
        id: calendarIds.get(c.id) as string,
        project_id: id,
        name: c.name || 'Calendar',
        definition: JSON.stringify(calendarToJson(c)),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await insertCalendar(trx, row);
    }
    const loadedPlan = await findPlan(trx, id);
    if (!loadedPlan) throw new Error('a new project has no plan');
    const { projectStart, statusDate, ...options } = source.options;
    const plan = {
      ...loadedPlan,
      project_start: projectStart,
      status_date: statusDate ?? null,
      default_calendar_id: calendarIds.get(source.defaultCalendarId) as string,
      options: JSON.stringify(options),
    };
    const taskIds = new Map(source.tasks.map((t) => [t.id as string, ctx.newId()]));
    const calendarOf = taskCalendars(source);
    const driven = drivenDurations(source, original, calendarOf);
    const rules = new Map((read.resources?.taskRules ?? []).map((r) => [r.taskId as string, r]));
    const tasks = outlineOrder(source.tasks).map((t) =>
      taskRow(driven.get(t.id) ?? t, id, taskIds, calendarIds, notes, rules.get(t.id)),
    );
    const links = source.links.map((l): LinkRow => {
      if (l.lagCalendar)
        notes.add(
          'not_carried',
          'link lag calendar (lags count on the successor calendar)',
          `${l.predecessorId}->${l.successorId}`,
        );
      const lag: Lag = l.lag ?? { kind: 'working', minutes: 0 };
      return {
        id: ctx.newId(),
        project_id: id,
        predecessor_id: taskIds.get(l.predecessorId) as string,
        successor_id: taskIds.get(l.successorId) as string,
        type: l.type,
        lag_kind: lag.kind,
        lag: lag.kind === 'percent' ? lag.percent : lag.minutes,
      };
    });
    const calendars = await listCalendars(trx, id);
    const diff = rescheduleAndDiff({ plan, tasks: [], links: [], calendars }, draftOf(plan, tasks, links), ctx.now());
    const change = await writeDiff(ctx, trx, diff);
    noteDifferences(source, original, taskIds, change.changed, calendarOf, notes);
    const resources = read.resources
      ? await importPlanResources(ctx, trx, actor, {
          projectId: id,
          fileName: upload.fileName,
          resources: read.resources,
          taskIds,
          calendars: new Map(source.calendars.map((c) => [c.id as string, c])),
          notes,
        })
      : undefined;
    await recordAudit(ctx, trx, actor.userId, {
      action: 'plan.import',
      entityType: 'plan',
      entityId: id,
      projectId: id,
      before: null,
      after: {
        file: upload.fileName,
        format,
        tasks: tasks.length,
        links: links.length,
        calendars: source.calendars.length,
        ...(resources ? { assignments: resources.assignments } : {}),
      },
    });
    const report: ImportResult['report'] = {
      format,
      fileName: upload.fileName,
      taskCount: source.tasks.length,
      linkCount: source.links.length,
      calendarCount: source.calendars.length,
      ...(resources ? { resources } : {}),
      notes: [...read.report.notes, ...notes.report().notes].map((n) => ({ ...n, examples: [...n.examples] })),
    };
    await hooks.within?.(trx, { projectId: id, report });
    return { projectId: id, report };
  });
  const header = await findPlan(ctx.store.db, projectId);
  return {
    project: await getProject(ctx, actor, projectId),
    plan: toPlanHeader(header as NonNullable<typeof header>),
    report,
  };
}

function taskRow(
  t: Task,
  projectId: string,
  taskIds: ReadonlyMap<string, string>,
  calendarIds: ReadonlyMap<string, string>,
  notes: ReportCollector,
  rules: FileTaskRules | undefined,
): TaskRow {
  const parentId = t.parentId ? (taskIds.get(t.parentId) ?? null) : null;
  const blank = blankDraftTask(taskIds.get(t.id) as string, parentId, Math.round(t.durationMinutes));
  const row = taskRowOf(blank, undefined, projectId, 0);
  row.name = t.name;
  row.elapsed = t.elapsed ? 1 : 0;
  row.milestone = t.milestone ? (t.milestoneKind === 'finish' ? 2 : 1) : 0;
  row.calendar_id = t.calendarId ? (calendarIds.get(t.calendarId) ?? null) : null;
  row.constraint_type = t.constraint?.type ?? 'asap';
  row.constraint_date = t.constraint?.date ?? null;
  row.deadline = t.deadline ?? null;
  row.actual_start = t.actualStart ?? null;
  row.actual_finish = t.actualFinish ?? null;
  row.percent_complete = t.percentComplete ?? 0;
  row.remaining_minutes = t.remainingDurationMinutes == null ? null : Math.round(t.remainingDurationMinutes);
  // The file's task type and effort-driven flag; its priority (MS Project, 0-1000) for leveling.
  if (rules) {
    row.task_type = rules.taskType;
    row.effort_driven = rules.effortDriven ? 1 : 0;
  }
  if (t.priority !== undefined) row.priority = t.priority;
  if (t.manual) {
    notes.add(
      'approximated',
      'manually scheduled task: scheduled automatically, from a start-no-earlier-than its manual start',
      t.id,
    );
    if (row.constraint_type === 'asap' && t.manualStart != null) {
      row.constraint_type = 'startNoEarlierThan';
      row.constraint_date = t.manualStart;
    }
  }
  if (t.secondaryConstraint) notes.add('not_carried', 'secondary constraint', t.id);
  if (t.levelOfEffort)
    notes.add('approximated', 'level-of-effort activity: kept as a task with a fixed duration', t.id);
  if (t.durationDrivers?.length)
    notes.add(
      'approximated',
      'resource-driven duration: kept as the dates the file’s resources give the task (its duration is the working ' +
        'time between them on the task’s calendar, and no longer follows the resources’ calendars)',
      t.id,
    );
  return row;
}

/**
 * The plan has no place for resource-driven timing (MS Project times such a task by its work
 * resources' calendars), so each such task keeps the span the file's resources give it: its
 * duration, and its remaining duration from the status date, become the working time on the
 * task's own calendar between the dates the engine computes with the resources. The imported plan
 * then finishes when MS Project and `gantry schedule` say it does.
 */
function drivenDurations(
  source: Plan,
  original: ScheduleResult,
  calendarOf: (t: Task) => WorkCalendar | undefined,
): Map<string, Task> {
  const out = new Map<string, Task>();
  source.tasks.forEach((t, i) => {
    const start = original.earlyStart[i] as number;
    const finish = original.earlyFinish[i] as number;
    if (!t.durationDrivers?.length || Number.isNaN(start) || Number.isNaN(finish)) return;
    const wc = calendarOf(t);
    if (!wc) return;
    const durationMinutes = wc.workBetween(start, finish);
    const status = source.options.statusDate;
    const remaining =
      t.remainingDurationMinutes == null
        ? {}
        : { remainingDurationMinutes: wc.workBetween(Math.max(start, status ?? start), finish) };
    out.set(t.id, { ...t, durationMinutes: t.actualStart == null ? durationMinutes : t.durationMinutes, ...remaining });
  });
  return out;
}

/** Each task's working calendar, compiled once per calendar. */
function taskCalendars(source: Plan): (t: Task) => WorkCalendar | undefined {
  const compiled = new Map<string, WorkCalendar>();
  const byId = new Map(source.calendars.map((c) => [c.id as string, c]));
  return (t) => {
    const id = t.calendarId ?? source.defaultCalendarId;
    let wc = compiled.get(id);
    const cal = byId.get(id);
    if (!wc && cal) {
      wc = new WorkCalendar(compileDayRules(cal));
      compiled.set(id, wc);
    }
    return wc;
  };
}

/** Notes the tasks that now fall on other dates than the file's own plan gives, so nobody is surprised. */
function noteDifferences(
  source: Plan,
  original: ScheduleResult,
  taskIds: ReadonlyMap<string, string>,
  changed: readonly { id: string; start: string | null; finish: string | null }[],
  calendarOf: (t: Task) => WorkCalendar | undefined,
  notes: ReportCollector,
): void {
  const stored = new Map(changed.map((t) => [t.id, t]));
  // 17:00 one day and 08:00 the next working morning are the same point of the task's working time.
  const same = (t: Task, a: number | undefined, b: string | null | undefined) => {
    if (wireDate(a) === (b ?? null)) return true;
    const wc = calendarOf(t);
    const at = rowDate(b);
    return wc !== undefined && a !== undefined && at !== null && !Number.isNaN(a) && wc.workAt(a) === wc.workAt(at);
  };
  source.tasks.forEach((t, i) => {
    const now = stored.get(taskIds.get(t.id) as string);
    if (!same(t, original.earlyStart[i], now?.start) || !same(t, original.earlyFinish[i], now?.finish)) {
      notes.add('info', 'scheduled on other dates than the file gives, because of what was not carried over', t.id);
    }
  });
}
