import type { AuditAction, PlanChange } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { assignPositions } from '../../core/plan/positions.js';
import { rollupPercentComplete } from '../../core/plan/progress-rollup.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import type { ProjectRelation } from '../../core/roles.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import type { Store } from '../../store/db.js';
import * as calendarsRepo from '../../store/repos/calendars-repo.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { CalendarRow, LinkRow, PlanRow, TaskRow } from '../../store/schema.js';
import { type Executor, inTransaction } from '../../store/transaction.js';
import { expectedVersion, relationOf, versionConflict } from '../access.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';
import { appendEvents } from '../events/outbox.js';
import { planChangedEvent } from '../events/plan-events.js';
import { loadProjectFor } from '../project-service.js';
import { calendarsOf, enginePlan, toPlanHeader, toPlanLink, toPlanTask, withResults } from './plan-model.js';
import { cachedPlanRows, type PlanRows, rememberPlanRows } from './plan-rows-cache.js';

/** A plan loaded for editing: rows a change may replace, in WBS order. */
export interface PlanDraft {
  plan: PlanRow;
  tasks: TaskRow[];
  links: LinkRow[];
  readonly calendars: readonly CalendarRow[];
  readonly project: ProjectView;
  readonly relation: ProjectRelation;
}

/** What a change recorded for the audit log. */
export interface AuditSummary {
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/** One kind of plan write: who may do it, how it is audited, and the edit itself. */
export interface ChangeSpec {
  readonly permission: 'plan.edit' | 'plan.progress';
  readonly audit: AuditAction;
  /** Edits the draft in place (or throws a DomainError, and nothing is written). */
  apply(draft: PlanDraft, trx: Executor): Promise<AuditSummary> | AuditSummary;
}

/**
 * Loads everything the engine needs to schedule one project's plan. `cached`, when given, names the
 * version whose task and link rows may come from this process's cache instead of the database.
 */
export async function loadPlan(ex: Executor, projectId: string, cached?: { store: Store; version: number }) {
  const plan = await repo.findPlan(ex, projectId);
  if (!plan) throw new DomainError('not_found', `Project ${projectId} has no plan`, { entity: 'plan', id: projectId });
  const rows = cached && cachedPlanRows(cached.store, projectId, cached.version);
  const [tasks, links, calendars] = await Promise.all([
    rows ? [...rows.tasks] : repo.listTasks(ex, projectId),
    rows ? [...rows.links] : repo.listLinks(ex, projectId),
    calendarsRepo.listCalendars(ex, projectId),
  ]);
  return { plan, tasks, links, calendars };
}

/**
 * The one path every plan write takes: authorise, claim the next version (stale -> 409), edit,
 * check the outline, reschedule with the engine, write only the rows that differ, audit; all in
 * one transaction. Answers with every task whose fields or dates changed.
 */
export async function changePlan(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  version: { header: number | undefined; body: number | undefined },
  spec: ChangeSpec,
): Promise<PlanChange> {
  const expected = expectedVersion(version.header, version.body);
  const saved = await inTransaction(ctx.store.db, async (trx) => {
    const project = await loadProjectFor(trx, actor, projectId, spec.permission);
    if (!(await repo.bumpPlanVersion(trx, projectId, expected))) {
      const current = await repo.findPlan(trx, projectId);
      throw versionConflict('plan', projectId, current?.version ?? 0);
    }
    const loaded = await loadPlan(trx, projectId, { store: ctx.store, version: expected });
    const draft: PlanDraft = {
      plan: { ...loaded.plan },
      tasks: [...loaded.tasks],
      links: [...loaded.links],
      calendars: loaded.calendars,
      project,
      relation: relationOf(actor, project),
    };
    const audit = await spec.apply(draft, trx);
    const result = await saveDraft(ctx, trx, loaded, draft);
    await recordAudit(ctx, trx, actor.userId, {
      action: spec.audit,
      entityType: 'plan',
      entityId: projectId,
      projectId,
      before: audit.before,
      after: audit.after,
    });
    await appendEvents(ctx, trx, actor.userId, [planChangedEvent(project, spec.audit, loaded.tasks, result)]);
    return result;
  });
  rememberPlanRows(ctx.store, projectId, saved.change.plan.version, saved.rows);
  return saved.change;
}

/**
 * Reschedules the draft and writes the difference from what was loaded; the draft's plan row
 * carries the version to store. Answers the change and the plan's rows as now written.
 */
export async function saveDraft(
  ctx: ServiceContext,
  trx: Executor,
  loaded: { plan: PlanRow; tasks: readonly TaskRow[]; links: readonly LinkRow[] },
  draft: PlanDraft,
): Promise<{ change: PlanChange; rows: PlanRows }> {
  const names = new Map(draft.tasks.map((t, i) => [t.id, `row ${i + 1} (${t.name})`]));
  const outline = wbsOutline(outlineNodes(draft.tasks), (i) => `row ${i + 1} (${draft.tasks[i]?.name})`);
  const before = new Map(loaded.tasks.map((t) => [t.id, t]));
  const { positions } = assignPositions(draft.tasks.map((t) => before.get(t.id)?.position));
  const placed = draft.tasks.map((t, i) =>
    t.position === positions[i] ? t : { ...t, position: positions[i] as number },
  );
  const engine = enginePlan(draft.plan, placed, draft.links, calendarsOf(draft.calendars));
  let scheduled: TaskRow[];
  let finish: number;
  try {
    const result = schedulePlan(engine);
    scheduled = withRolledUpProgress(withResults(placed, result), outline.summary);
    finish = result.projectFinish;
  } catch (error) {
    throw readable(error, names);
  }

  const inserted: TaskRow[] = [];
  const updated: TaskRow[] = [];
  for (const t of scheduled) {
    const old = before.get(t.id);
    if (!old) inserted.push(t);
    else if (rowDiffers(old, t)) updated.push(t);
  }
  const keep = new Set(scheduled.map((t) => t.id));
  const deletedTaskIds = loaded.tasks.filter((t) => !keep.has(t.id)).map((t) => t.id);
  const oldLinks = new Map(loaded.links.map((l) => [l.id, l]));
  const newLinkIds = new Set(draft.links.map((l) => l.id));
  const deletedLinkIds = loaded.links.filter((l) => !newLinkIds.has(l.id)).map((l) => l.id);
  const addedLinks = draft.links.filter((l) => !oldLinks.has(l.id));
  const editedLinks = draft.links.filter((l) => {
    const o = oldLinks.get(l.id);
    return o !== undefined && (o.type !== l.type || o.lag_kind !== l.lag_kind || o.lag !== l.lag);
  });

  await repo.deleteLinks(trx, deletedLinkIds);
  await repo.deleteTasks(trx, deletedTaskIds);
  await repo.insertTasks(trx, inserted, ctx.store);
  await repo.updateTasks(trx, updated, ctx.store);
  await repo.insertLinks(trx, addedLinks);
  for (const l of editedLinks) await repo.updateLink(trx, l);
  const plan: PlanRow = {
    ...draft.plan,
    project_finish: scheduled.length > 0 && !Number.isNaN(finish) ? finish : null,
    task_count: scheduled.length,
    updated_at: ctx.now().toISOString(),
  };
  await repo.updatePlan(trx, plan.project_id, plan);

  const responsible = await repo.userNames(
    trx,
    [...inserted, ...updated].flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  const indexOf = new Map(scheduled.map((t, i) => [t.id, i]));
  const changed = [...inserted, ...updated]
    .map((t) => indexOf.get(t.id) as number)
    .sort((a, b) => a - b)
    .map((i) => toPlanTask(scheduled[i] as TaskRow, i, outline, responsible));
  const structureChanged =
    inserted.length > 0 ||
    deletedTaskIds.length > 0 ||
    updated.some((t) => before.get(t.id)?.parent_id !== t.parent_id || before.get(t.id)?.position !== t.position);
  const change: PlanChange = {
    plan: toPlanHeader(plan),
    changed,
    deletedTaskIds,
    links: [...addedLinks, ...editedLinks].map(toPlanLink),
    deletedLinkIds,
    structureChanged,
  };
  return { change, rows: { tasks: scheduled, links: draft.links } };
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

/** Tasks as the core's WBS functions see them. */
export const outlineNodes = (tasks: readonly TaskRow[]) =>
  tasks.map((t) => ({ id: t.id, parentId: t.parent_id, row: t }));

/** Applies a structural edit (from core/plan/wbs-edit) to the draft's tasks. */
export function editOutline(
  draft: PlanDraft,
  edit: (nodes: ReturnType<typeof outlineNodes>) => readonly { id: string; parentId: string | null; row: TaskRow }[],
): void {
  draft.tasks = edit(outlineNodes(draft.tasks)).map((n) =>
    n.row.parent_id === n.parentId ? n.row : { ...n.row, parent_id: n.parentId },
  );
}

const COMPARED: readonly (keyof TaskRow)[] = [
  'parent_id',
  'position',
  'name',
  'notes',
  'duration_minutes',
  'elapsed',
  'milestone',
  'calendar_id',
  'constraint_type',
  'constraint_date',
  'deadline',
  'actual_start',
  'actual_finish',
  'percent_complete',
  'remaining_minutes',
  'responsible_id',
  'early_start',
  'early_finish',
  'late_start',
  'late_finish',
  'total_float',
  'free_float',
  'critical',
  'summary',
];

function rowDiffers(a: TaskRow, b: TaskRow): boolean {
  return COMPARED.some((k) => a[k] !== b[k]);
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
