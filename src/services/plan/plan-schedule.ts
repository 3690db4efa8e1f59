import { DomainError } from '../../core/errors.js';
import type { Store } from '../../store/db.js';
import * as calendarsRepo from '../../store/repos/calendars-repo.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { PlanRow, TaskRow } from '../../store/schema.js';
import { type Executor, inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { computedDiffers, type LoadedPlan, rescheduleAndDiff } from './plan-diff.js';
import { draftOf } from './plan-draft-rows.js';
import { cachedPlanRows, rememberPlanRows } from './plan-rows-cache.js';
import { keepWarmPlan } from './plan-warm.js';

/*
 * Where a plan's schedule comes from. The inputs in the database are the truth; an edit writes
 * only the rows whose inputs it changed, so the computed columns of the others may be of an older
 * version (`plans.schedule_version` ≠ `version`). Every reader therefore takes its rows from here:
 * this process's cache of version v (exactly v's rows, rescheduled), else the stored rows,
 * rescheduled in memory unless their columns are complete. A version is never reused, so two app
 * nodes on one database cannot show each other stale dates.
 */

function notFound(projectId: string) {
  return new DomainError('not_found', `Project ${projectId} has no plan`, { entity: 'plan', id: projectId });
}

/** Stored rows with the schedule of their version: as stored if complete, else rescheduled from the inputs. */
function scheduled(loaded: LoadedPlan, version: number): LoadedPlan {
  if (loaded.plan.schedule_version === version || loaded.tasks.length === 0) {
    return { ...loaded, storedSchedule: true };
  }
  const rows = rescheduleAndDiff(loaded, draftOf(loaded.plan, loaded.tasks, loaded.links), new Date(0)).tasks;
  return { ...loaded, tasks: rows, storedSchedule: false };
}

/**
 * Loads everything the engine needs for one plan, tasks carrying their current schedule, inside a
 * transaction that holds the plan row (a write, or a reader that locked it). `version` is the
 * version the task rows are at when the plan row already shows the next one (a write in progress).
 */
export async function loadPlan(
  ex: Executor,
  projectId: string,
  opts: { store?: Store; version?: number } = {},
): Promise<LoadedPlan> {
  const plan = await repo.findPlan(ex, projectId);
  if (!plan) throw notFound(projectId);
  const version = opts.version ?? plan.version;
  const hit = opts.store && cachedPlanRows(opts.store, projectId, version);
  const [tasks, links, calendars] = await Promise.all([
    hit ? hit.tasks : repo.listTasks(ex, projectId),
    hit ? hit.links : repo.listLinks(ex, projectId),
    calendarsRepo.listCalendars(ex, projectId),
  ]);
  if (hit) return { plan, tasks, links, calendars, storedSchedule: plan.schedule_version === version };
  return scheduled({ plan, tasks, links, calendars }, version);
}

/** How often a reader retries when writes keep landing while it reads. */
const READ_ATTEMPTS = 10;

/** Reads of a version in progress, by store and project: the plan view asks for tasks and links at once. */
const reading = new WeakMap<Store, Map<string, { version: number; rows: Promise<LoadedPlan | undefined> }>>();

function readingOf(store: Store) {
  let map = reading.get(store);
  if (!map) {
    map = new Map();
    reading.set(store, map);
  }
  return map;
}

/** The rows of `plan`'s version from the database, scheduled and cached; undefined if a write landed meanwhile. */
async function readVersion(ctx: ServiceContext, plan: PlanRow): Promise<LoadedPlan | undefined> {
  const db = ctx.store.db;
  const projectId = plan.project_id;
  const [tasks, links, calendars] = await Promise.all([
    repo.listTasks(db, projectId),
    repo.listLinks(db, projectId),
    calendarsRepo.listCalendars(db, projectId),
  ]);
  const after = await repo.findPlan(db, projectId);
  if (after?.version !== plan.version) return undefined;
  if (plan.schedule_version === plan.version || tasks.length === 0) {
    rememberPlanRows(ctx.store, projectId, plan.version, { tasks, links });
    return { plan, tasks, links, calendars, storedSchedule: true };
  }
  // The stored columns lag: reschedule, and keep what the engine built as the warm state of this
  // version too (plan-warm.ts), so the first edit after a restart or another node's write does not
  // compile the plan again. It costs the read nothing but the references; the rows cached are the
  // diff's, as after a write, so the edit finds the state built for exactly the rows it loads.
  const diff = rescheduleAndDiff({ plan, tasks, links, calendars }, draftOf(plan, tasks, links), new Date(0));
  rememberPlanRows(ctx.store, projectId, plan.version, { tasks: diff.tasks, links: diff.links });
  keepWarmPlan(ctx.store, diff);
  return { plan, tasks: diff.tasks, links: diff.links, calendars, storedSchedule: false };
}

/**
 * A plan as committed, tasks carrying their current schedule, read without a transaction or lock:
 * the plan row is read before and after the rows, and since every change of tasks, links or the
 * calendars they use claims a new version, equal versions mean the rows are exactly that
 * version's. The result is cached, so the next read of an unchanged big plan reads one row, and
 * readers of a version already being read wait for that read instead of making their own (the
 * plan view's task and link requests arrive together, and each used to read and reschedule it).
 */
export async function readScheduledPlan(ctx: ServiceContext, projectId: string): Promise<LoadedPlan> {
  const db = ctx.store.db;
  const inProgress = readingOf(ctx.store);
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const plan = await repo.findPlan(db, projectId);
    if (!plan) throw notFound(projectId);
    const hit = cachedPlanRows(ctx.store, projectId, plan.version);
    if (hit) {
      const calendars = await calendarsRepo.listCalendars(db, projectId);
      return { plan, ...hit, calendars, storedSchedule: plan.schedule_version === plan.version };
    }
    const pending = inProgress.get(projectId);
    if (pending?.version === plan.version) {
      const loaded = await pending.rows;
      if (loaded) return loaded;
      continue;
    }
    const rows = readVersion(ctx, plan);
    inProgress.set(projectId, { version: plan.version, rows });
    try {
      const loaded = await rows;
      if (loaded) return loaded;
    } finally {
      if (inProgress.get(projectId)?.rows === rows) inProgress.delete(projectId);
    }
  }
  throw new DomainError('conflict', 'the plan kept changing while it was read; try again', {
    entity: 'plan',
    id: projectId,
  });
}

/**
 * Stores the current schedule's computed columns of every plan whose stored columns lag behind
 * (`schedule_version` ≠ `version`), for readers that select dates in SQL across projects (the
 * portfolio's milestones). Each plan is settled under its row lock, so a write cannot slip in.
 */
export async function settleStoredSchedules(ctx: ServiceContext): Promise<void> {
  for (const projectId of await repo.plansWithStaleSchedule(ctx.store.db)) {
    await inTransaction(ctx.store.db, async (trx) => {
      await repo.lockPlanRow(trx, projectId);
      const plan = await repo.findPlan(trx, projectId);
      if (!plan || plan.schedule_version === plan.version) return;
      const stored = await repo.listTasks(trx, projectId);
      const current = await loadPlan(trx, projectId, { store: ctx.store });
      const now = new Map(current.tasks.map((t) => [t.id, t]));
      const behind = stored.flatMap((t) => {
        const s = now.get(t.id);
        return s && computedDiffers(t, s) ? [s] : [];
      });
      await repo.updateTasks(trx, behind, ctx.store);
      await repo.updatePlan(trx, projectId, { schedule_version: plan.version } satisfies Partial<PlanRow>);
    });
  }
}

/** Task rows of a plan with its current schedule (see `readScheduledPlan`). */
export async function scheduledTasks(ctx: ServiceContext, projectId: string): Promise<readonly TaskRow[]> {
  return (await readScheduledPlan(ctx, projectId)).tasks;
}
