import type { PlanChange } from '../../contracts/index.js';
import { taskColumns } from '../../contracts/task-fields.js';
import { DomainError } from '../../core/errors.js';
import type { PlanDraft } from '../../core/plan/plan-draft.js';
import { assignPositions } from '../../core/plan/positions.js';
import { rollupPercentComplete } from '../../core/plan/progress-rollup.js';
import { type WbsOutline, wbsOutline } from '../../core/plan/wbs-outline.js';
import { createScheduler, type Scheduler } from '../../core/schedule/incremental.js';
import type { CalendarRow, LinkRow, PlanRow, TaskRow } from '../../store/schema.js';
import { linkRowOf, taskRowOf } from './plan-draft-rows.js';
import { calendarsOf, enginePlan, toPlanHeader, toPlanLink, toPlanTask, withResults } from './plan-model.js';

/*
 * The pure half of every plan write: a draft is checked (outline), rescheduled by the engine and
 * compared with the rows it started from. Nothing here reads or writes the database, so the same
 * step serves a write (then `writeDiff`) and anything that only wants to see what a draft would
 * give: a preview, a scenario, a simulation.
 */

/** A stored plan as loaded: the rows a draft started from, and the calendars it may use. */
export interface LoadedPlan {
  readonly plan: PlanRow;
  readonly tasks: readonly TaskRow[];
  readonly links: readonly LinkRow[];
  readonly calendars: readonly CalendarRow[];
  /**
   * True when the stored rows' computed columns are those of `tasks` (see `plan.schedule_version`).
   * `tasks` always carry the current schedule; absent means "not known", and a write then leaves
   * the plan marked as not fully stored.
   */
  readonly storedSchedule?: boolean;
}

/** A rescheduled draft and how it differs from the plan it was loaded from. */
export interface PlanDiff {
  /** The plan row as it will be: settings, version, finish, task count. */
  readonly plan: PlanRow;
  /** Every task (WBS order, rescheduled) and link as they will be. */
  readonly tasks: readonly TaskRow[];
  readonly links: readonly LinkRow[];
  readonly outline: WbsOutline;
  readonly inserted: readonly TaskRow[];
  /** Existing tasks whose row differs in anything (inputs or the engine's results), WBS order. */
  readonly updated: readonly TaskRow[];
  /**
   * The part of `updated` whose inputs changed (or that became or stopped being a summary): the
   * only existing rows a write stores. The rest of `updated` moved by rescheduling alone; their
   * stored computed columns are left behind and `plan.schedule_version` says so.
   */
  readonly edited: readonly TaskRow[];
  /** Tasks of `updated` whose inputs, start, finish and progress stayed: only late dates, floats or critical changed. */
  readonly floatsOnly: ReadonlySet<string>;
  readonly deletedTaskIds: readonly string[];
  readonly addedLinks: readonly LinkRow[];
  readonly editedLinks: readonly LinkRow[];
  readonly deletedLinkIds: readonly string[];
  /** Rows or WBS codes of tasks moved (insert, move, indent, delete): a client reloads its list. */
  readonly structureChanged: boolean;
  /** A task's place in `tasks`. */
  readonly indexOf: (taskId: string) => number | undefined;
  /** The engine state that scheduled `tasks`, to be kept for the next edit (see plan-warm.ts). */
  readonly scheduler: Scheduler;
  /** The draft of `tasks`, when it came cheaply (the incremental path); else made when needed. */
  readonly draft?: PlanDraft;
}

/**
 * Checks the draft's outline, reschedules it and compares it with `loaded`. `version` is the
 * plan version the result is to be stored under; `now` stamps the plan row.
 */
export function rescheduleAndDiff(
  loaded: LoadedPlan,
  draft: PlanDraft,
  now: Date,
  version = loaded.plan.version,
): PlanDiff {
  const projectId = loaded.plan.project_id;
  const names = new Map(draft.tasks.map((t, i) => [t.id, `row ${i + 1} (${t.name})`]));
  const outline = wbsOutline(draft.tasks, (i) => `row ${i + 1} (${draft.tasks[i]?.name})`);
  const before = new Map(loaded.tasks.map((t) => [t.id, t]));
  const { positions } = assignPositions(draft.tasks.map((t) => before.get(t.id)?.position));
  const placed = draft.tasks.map((t, i) => taskRowOf(t, before.get(t.id), projectId, positions[i] as number));
  const links = draft.links.map((l) => linkRowOf(l, projectId));
  const settings = draft.settings;
  const planRow: PlanRow = {
    ...loaded.plan,
    version,
    project_start: settings.projectStart,
    status_date: settings.statusDate,
    default_calendar_id: settings.defaultCalendarId,
  };
  let tasks: TaskRow[];
  let finish: number;
  let scheduler: Scheduler;
  try {
    scheduler = createScheduler(enginePlan(planRow, placed, links, calendarsOf(loaded.calendars)));
    const result = scheduler.result;
    tasks = withRolledUpProgress(withResults(placed, result), outline.summary);
    finish = result.projectFinish;
  } catch (error) {
    throw readable(error, names);
  }

  const changes = emptyChanges();
  for (const t of tasks) classifyRow(before.get(t.id), t, changes);
  const keep = new Set(tasks.map((t) => t.id));
  const oldLinks = new Map(loaded.links.map((l) => [l.id, l]));
  const newLinkIds = new Set(links.map((l) => l.id));
  const deletedTaskIds = loaded.tasks.filter((t) => !keep.has(t.id)).map((t) => t.id);
  let places: Map<string, number> | null = null;
  return {
    plan: planRowAfter(loaded, planRow, tasks.length, finish, changes, now),
    tasks,
    links,
    outline,
    ...changes,
    deletedTaskIds,
    addedLinks: links.filter((l) => !oldLinks.has(l.id)),
    editedLinks: links.filter((l) => {
      const o = oldLinks.get(l.id);
      return o !== undefined && (o.type !== l.type || o.lag_kind !== l.lag_kind || o.lag !== l.lag);
    }),
    deletedLinkIds: loaded.links.filter((l) => !newLinkIds.has(l.id)).map((l) => l.id),
    structureChanged:
      changes.inserted.length > 0 ||
      deletedTaskIds.length > 0 ||
      changes.updated.some(
        (t) => before.get(t.id)?.parent_id !== t.parent_id || before.get(t.id)?.position !== t.position,
      ),
    indexOf: (id) => {
      places ??= new Map(tasks.map((t, i) => [t.id, i]));
      return places.get(id);
    },
    scheduler,
  };
}

/** How a draft's rows differ from the rows it was loaded from, filled row by row by `classifyRow`. */
export interface RowChanges {
  readonly inserted: TaskRow[];
  readonly updated: TaskRow[];
  readonly edited: TaskRow[];
  readonly floatsOnly: Set<string>;
}

export const emptyChanges = (): RowChanges => ({ inserted: [], updated: [], edited: [], floatsOnly: new Set() });

/** Files row `t` (rescheduled) under what changed since `old` (undefined: a new task); callers go in WBS order. */
export function classifyRow(old: TaskRow | undefined, t: TaskRow, into: RowChanges): void {
  if (!old) into.inserted.push(t);
  else if (rowDiffers(old, t)) {
    into.updated.push(t);
    if (inputsDiffer(old, t)) into.edited.push(t);
    else if (!differs(old, t, SHOWN_DATES)) into.floatsOnly.add(t.id);
  }
}

/** The plan row a diff stores: settings, version, finish, count, and whether stored computed columns stay complete. */
export function planRowAfter(
  loaded: LoadedPlan,
  planRow: PlanRow,
  taskCount: number,
  finish: number,
  changes: RowChanges,
  now: Date,
): PlanRow {
  // The stored computed columns stay complete only if they were and every moved row is written.
  const complete =
    (loaded.storedSchedule === true || loaded.tasks.length === 0) && changes.edited.length === changes.updated.length;
  return {
    ...planRow,
    project_finish: taskCount > 0 && !Number.isNaN(finish) ? finish : null,
    task_count: taskCount,
    updated_at: now.toISOString(),
    schedule_version: complete ? planRow.version : loaded.plan.schedule_version,
  };
}

/**
 * The API's answer for a diff: the new header, every task whose fields or dates changed (WBS
 * order), links; tasks whose late dates, floats or critical flag alone changed go in `floats`,
 * column by column (a one-task edit can shift the float of every task in the plan).
 */
export function planChangeOf(diff: PlanDiff, names: ReadonlyMap<string, string>): PlanChange {
  const full: number[] = [];
  const floats: number[] = [];
  for (const t of diff.inserted) full.push(diff.indexOf(t.id) as number);
  for (const t of diff.updated) (diff.floatsOnly.has(t.id) ? floats : full).push(diff.indexOf(t.id) as number);
  full.sort((a, b) => a - b);
  floats.sort((a, b) => a - b);
  const rows = floats.map((i) => diff.tasks[i] as TaskRow);
  return {
    plan: toPlanHeader(diff.plan),
    changed: full.map((i) => toPlanTask(diff.tasks[i] as TaskRow, i, diff.outline, names)),
    deletedTaskIds: [...diff.deletedTaskIds],
    links: [...diff.addedLinks, ...diff.editedLinks].map(toPlanLink),
    deletedLinkIds: [...diff.deletedLinkIds],
    structureChanged: diff.structureChanged,
    ...(floats.length > 0
      ? {
          floats: {
            row: floats.map((i) => i + 1),
            lateStartMinutes: rows.map((t) => t.late_start),
            lateFinishMinutes: rows.map((t) => t.late_finish),
            totalFloatMinutes: rows.map((t) => t.total_float),
            freeFloatMinutes: rows.map((t) => t.free_float),
            critical: rows.map((t) => (t.critical === 1 ? 1 : 0)),
          },
        }
      : {}),
  };
}

/** Summaries take the duration-weighted percent complete of the work beneath them, as in MS Project. */
function withRolledUpProgress(tasks: TaskRow[], summary: Uint8Array): TaskRow[] {
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const parent = Int32Array.from(tasks, (t) => (t.parent_id === null ? -1 : (index.get(t.parent_id) ?? -1)));
  const percent = rollupPercentComplete(
    parent,
    summary,
    tasks.map((t) => t.duration_minutes),
    tasks.map((t) => t.percent_complete),
  );
  return tasks.map((t, i) =>
    summary[i] && t.percent_complete !== percent[i] ? { ...t, percent_complete: percent[i] as number } : t,
  );
}

/** What a planner sets (and the WBS sort key); a summary's percent complete is rolled up from its tasks, so is not among them. */
const INPUTS: readonly (keyof TaskRow)[] = taskColumns((f) => f.kind !== 'computed' && f.column !== 'percent_complete');

/** What the engine computes from the inputs (with `summary` and a summary's percent complete). */
const COMPUTED: readonly (keyof TaskRow)[] = taskColumns((f) => f.kind === 'computed');

/** Computed fields a client shows as the task's own (the bar); the rest are floats and late dates. */
const SHOWN_DATES: readonly (keyof TaskRow)[] = taskColumns((f) => f.shown);

const differs = (a: TaskRow, b: TaskRow, keys: readonly (keyof TaskRow)[]) => keys.some((k) => a[k] !== b[k]);

/** Whether a stored row's computed columns (or a summary's roll-up) differ from the schedule's. */
export function computedDiffers(stored: TaskRow, scheduled: TaskRow): boolean {
  return differs(stored, scheduled, COMPUTED) || stored.percent_complete !== scheduled.percent_complete;
}

function rowDiffers(a: TaskRow, b: TaskRow): boolean {
  return differs(a, b, INPUTS) || a.percent_complete !== b.percent_complete || differs(a, b, COMPUTED);
}

/**
 * Whether a write must store the row: an input changed, or the task became or stopped being a
 * summary (a former summary's stored percent complete may be a stale roll-up, and is now its own).
 */
function inputsDiffer(a: TaskRow, b: TaskRow): boolean {
  return (
    differs(a, b, INPUTS) || a.summary !== b.summary || (b.summary === 0 && a.percent_complete !== b.percent_complete)
  );
}

/** The engine names tasks by id; people know them by row and name. */
function readable(error: unknown, names: ReadonlyMap<string, string>): unknown {
  if (!(error instanceof DomainError)) return error;
  const message = error.message.replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (id) => names.get(id) ?? id,
  );
  return new DomainError(error.code, message, error.details);
}
