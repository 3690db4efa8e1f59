import type {
  CreateProjectBody,
  Page,
  Project,
  ProjectListQuery,
  TransitionBody,
  UpdateProjectBody,
} from '../contracts/index.js';
import { diffRecords } from '../core/diff.js';
import { DomainError, invalidField } from '../core/errors.js';
import {
  canTransition,
  PMO_ONLY_TARGETS,
  type ProjectState,
  REASON_REQUIRED_TARGETS,
  settlesApprovalRequest,
} from '../core/lifecycle.js';
import { type Action, type Actor, isAllowed } from '../core/permissions.js';
import * as repo from '../store/repos/projects-repo.js';
import type { ProjectRow } from '../store/schema.js';
import type { Executor } from '../store/transaction.js';
import { authorise, projectNotFound, projectResource, relationOf, versionConflict } from './access.js';
import { type AuditEvent, recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { recordDecision } from './decisions/decision-record.js';
import { transitionDecision } from './decisions/lifecycle-decisions.js';
import { appendEvents, projectEvent } from './events/outbox.js';
import { createEmptyPlan } from './plan/empty-plan.js';
import {
  assertBudgetFieldsFree,
  assertCodeFree,
  assertManager,
  assertPortfolio,
  nextProjectCode,
} from './project-rules.js';
import { CHARTER_COLUMNS, charterOf, toProject } from './project-view.js';
import { organisationGuard, runWrite, type WriteRequest } from './write-pipeline.js';

/**
 * Loads a project for `action`: 404 when the actor cannot even read it (its existence must not
 * leak), 403 when they can read it but not do this.
 */
export async function loadProjectFor(
  ex: Executor,
  actor: Actor,
  id: string,
  action: Action,
): Promise<repo.ProjectView> {
  const row = await findReadableProject(ex, actor, id);
  if (action !== 'project.read') authorise(actor, action, projectResource(actor, row));
  return row;
}

/** The project as `actor` sees it, or 404 when they cannot read it (its existence must not leak). */
export async function findReadableProject(ex: Executor, actor: Actor, id: string): Promise<repo.ProjectView> {
  const row = await repo.findProjectView(ex, id, actor.userId);
  if (!row || !isAllowed(actor, 'project.read', relationOf(actor, row))) throw projectNotFound(id);
  return row;
}

export async function getProject(ctx: ServiceContext, actor: Actor, id: string): Promise<Project> {
  return toProject(actor, await loadProjectFor(ctx.store.db, actor, id, 'project.read'));
}

/** Lists the projects the actor may read, filtered, sorted and paged. */
export async function listProjectPage(ctx: ServiceContext, actor: Actor, q: ProjectListQuery): Promise<Page<Project>> {
  const { rows, total } = await repo.listProjects(ctx.store.db, {
    viewerId: actor.userId,
    visibleTo: isAllowed(actor, 'project.read') ? null : actor.userId,
    q: q.q,
    states: q.state,
    portfolioId: q.portfolioId,
    managerId: q.managerId,
    tag: q.tag,
    approvalRequested: q.approvalRequested,
    sort: q.sort,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map((r) => toProject(actor, r)), total, page: q.page, pageSize: q.pageSize };
}

/** Creates a project in state `proposed`. A project manager who names no manager manages it themself. */
export async function createProject(req: WriteRequest, body: CreateProjectBody): Promise<Project> {
  const { ctx, actor } = req;
  const row = await runWrite(req, {
    ...organisationGuard(actor, 'project.create'),
    load: async () => undefined,
    apply: (trx) => insertProjectRow(ctx, trx, actor, body),
    audit: (_none, row) => projectCreated(row),
    events: (_none, row) => projectCreatedEvents(row),
  });
  return getProject(ctx, actor, row.id);
}

/**
 * Creates a project (with its empty plan, audit entry and event) inside the caller's transaction,
 * for an import that writes the plan in the same one; returns its id. The caller authorises.
 */
export async function insertNewProject(
  ctx: ServiceContext,
  trx: Executor,
  actor: Actor,
  body: CreateProjectBody,
): Promise<string> {
  const row = await insertProjectRow(ctx, trx, actor, body);
  await recordAudit(ctx, trx, actor.userId, projectCreated(row));
  await appendEvents(ctx, trx, actor.userId, projectCreatedEvents(row));
  return row.id;
}

/** Inserts a new project's row and empty plan, its code chosen under the lock that keeps codes distinct. */
async function insertProjectRow(
  ctx: ServiceContext,
  trx: Executor,
  actor: Actor,
  body: CreateProjectBody,
): Promise<ProjectRow> {
  const now = ctx.now().toISOString();
  const id = ctx.newId();
  const managerId = managerOfNewProject(actor, body.managerId);
  await assertManager(trx, managerId);
  await assertPortfolio(trx, body.portfolioId ?? null);
  // Held to commit: the code read below stays free until this project's row is in.
  await repo.lockProjectCodes(trx, ctx.store.dialect);
  const code = body.code ?? (await nextProjectCode(trx));
  await assertCodeFree(trx, code);
  const row: ProjectRow = {
    id,
    code,
    name: body.name,
    objective: body.objective ?? '',
    in_scope: body.inScope ?? '',
    out_of_scope: body.outOfScope ?? '',
    client: body.client ?? '',
    sponsor: body.sponsor ?? '',
    manager_id: managerId,
    portfolio_id: body.portfolioId ?? null,
    state: 'proposed',
    planned_start: body.plannedStart ?? null,
    planned_finish: body.plannedFinish ?? null,
    budget_minor: body.budgetMinor ?? 0,
    currency: body.currency ?? 'EUR',
    priority: body.priority ?? 3,
    tags: JSON.stringify(body.tags ?? []),
    approval_requested_at: null,
    approval_requested_by: null,
    approval_note: '',
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await repo.insertProject(trx, row);
  await createEmptyPlan(trx, id, row.planned_start ?? now.slice(0, 10), now);
  return row;
}

const projectCreated = (row: ProjectRow): AuditEvent => ({
  action: 'project.create',
  entityType: 'project',
  entityId: row.id,
  projectId: row.id,
  before: null,
  after: { ...charterOf(row), state: row.state },
});

const projectCreatedEvents = (row: ProjectRow) => [
  projectEvent('project.created', row, { state: row.state, managerId: row.manager_id }),
];

/**
 * Who manages a new project. A project manager creates only projects they manage (README): naming
 * anyone else, or nobody, would commit a project its creator could then not even read. Admins and
 * the PMO may name any user who can manage projects (checked by assertManager).
 */
function managerOfNewProject(actor: Actor, requested: string | null | undefined): string | null {
  if (actor.role !== 'project_manager') return requested ?? null;
  assertManagesItself(actor, requested);
  return actor.userId;
}

/** A project manager names only themself as manager: handing a project over is the PMO's decision. */
function assertManagesItself(actor: Actor, requested: string | null | undefined): void {
  if (actor.role === 'project_manager' && requested !== undefined && requested !== actor.userId) {
    throw new DomainError('forbidden', 'managerId: a project manager can only name themself as manager', {
      issues: [{ path: 'managerId', message: 'must be yourself: the PMO hands projects over to other managers' }],
    });
  }
}

/** The opening of a write of `action` on project `id`: loaded (404 if the caller cannot read it), authorised over its state. */
export function projectTarget(actor: Actor, id: string, action: Action) {
  return {
    load: (trx: Executor) => findReadableProject(trx, actor, id),
    authorise: (before: repo.ProjectView) => authorise(actor, action, projectResource(actor, before)),
  };
}

/** projectTarget, for a write guarded by the project's version. */
export function projectWrite(req: WriteRequest, id: string, action: Action) {
  return {
    ...projectTarget(req.actor, id, action),
    version: { entity: 'project', id, of: (before: repo.ProjectView) => before.version },
  };
}

/** Updates charter fields, guarded by the version the caller read. */
export async function updateProject(req: WriteRequest, id: string, body: UpdateProjectBody): Promise<Project> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...projectWrite(req, id, 'project.update'),
    async apply(trx, before) {
      const patch: Partial<ProjectRow> = { updated_at: ctx.now().toISOString() };
      for (const [field, column] of Object.entries(CHARTER_COLUMNS)) {
        const value = (body as Record<string, unknown>)[field];
        if (value === undefined) continue;
        (patch as Record<string, unknown>)[column] = field === 'tags' ? JSON.stringify(value) : value;
      }
      const merged = { ...before, ...patch };
      if (merged.planned_start && merged.planned_finish && merged.planned_finish < merged.planned_start) {
        throw new DomainError('validation_failed', 'plannedFinish: must not be before the planned start', {
          issues: [{ path: 'plannedFinish', message: 'must not be before the planned start' }],
        });
      }
      if (body.managerId !== undefined) {
        // Otherwise the write would commit and the caller, no longer the manager, read a 404.
        assertManagesItself(actor, body.managerId);
        await assertManager(trx, body.managerId);
      }
      if (body.portfolioId !== undefined) await assertPortfolio(trx, body.portfolioId);
      await assertBudgetFieldsFree(trx, id, {
        budgetMinor: body.budgetMinor !== undefined && body.budgetMinor !== Number(before.budget_minor),
        currency: body.currency !== undefined && body.currency !== before.currency,
      });
      if (body.code !== undefined) {
        await repo.lockProjectCodes(trx, ctx.store.dialect);
        await assertCodeFree(trx, body.code, id);
      }
      await updateProjectRow(trx, before, patch);
      return merged;
    },
    audit: (before, merged) => ({
      action: 'project.update',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: charterOf(before),
      after: charterOf(merged),
    }),
    events: (before, merged) => [
      projectEvent('project.updated', merged, { changes: diffRecords(charterOf(before), charterOf(merged)) }),
    ],
  });
  return getProject(ctx, actor, id);
}

/** Writes `patch` if the row still has the version it was loaded with (a concurrent write in between is a 409). */
export async function updateProjectRow(trx: Executor, before: ProjectRow, patch: Partial<ProjectRow>): Promise<void> {
  if (!(await repo.updateProject(trx, before.id, before.version, patch))) {
    throw versionConflict('project', before.id, before.version);
  }
}

/** Moves a project through its lifecycle; approving and cancelling are the PMO's. */
export async function transitionProject(req: WriteRequest, id: string, body: TransitionBody): Promise<Project> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...projectWrite(req, id, 'project.transition'),
    authorise(before) {
      const resource = projectResource(actor, before);
      authorise(actor, 'project.transition', resource);
      if (PMO_ONLY_TARGETS.includes(body.to)) authorise(actor, 'project.approve', resource);
      if (!canTransition(resource.state, body.to)) {
        throw new DomainError('invalid_transition', `A project cannot move from ${resource.state} to ${body.to}`, {
          from: resource.state,
          to: body.to,
        });
      }
      if (REASON_REQUIRED_TARGETS.includes(body.to) && !body.reason?.trim())
        throw invalidField(
          'reason',
          `is required to ${body.to === 'cancelled' ? 'cancel a project' : 'put a project on hold'}`,
        );
    },
    async apply(trx, before) {
      const at = ctx.now().toISOString();
      // Approving, cancelling or shelving a proposal answers its approval request.
      const settles =
        before.approval_requested_at !== null && settlesApprovalRequest(before.state as ProjectState, body.to);
      await updateProjectRow(
        trx,
        before,
        settles ? { ...NO_APPROVAL_REQUEST, state: body.to, updated_at: at } : { state: body.to, updated_at: at },
      );
      // Approving, cancelling and holding are decisions: logged in the same transaction.
      const draft = transitionDecision(before, body.to, body.reason ?? '', settles);
      return { settles, decided: draft ? await recordDecision(ctx, trx, actor.userId, draft) : null };
    },
    audit: (before, { settles }) => ({
      action: 'project.transition',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: settles ? { state: before.state, approvalRequested: true } : { state: before.state },
      after: settles
        ? { state: body.to, approvalRequested: false, reason: body.reason ?? '' }
        : { state: body.to, reason: body.reason ?? '' },
    }),
    events: (before, { settles, decided }) => [
      projectEvent('project.transitioned', before, {
        from: before.state,
        to: body.to,
        reason: body.reason ?? '',
        managerId: before.manager_id,
        settledApprovalRequest: settles,
      }),
      ...(decided ? [decided] : []),
    ],
  });
  return getProject(ctx, actor, id);
}

/** The columns of a project with no open approval request. */
export const NO_APPROVAL_REQUEST = {
  approval_requested_at: null,
  approval_requested_by: null,
  approval_note: '',
} as const satisfies Partial<ProjectRow>;

/** Deletes a project and its memberships (PMO); If-Match is optional. */
export async function deleteProject(req: WriteRequest, id: string): Promise<void> {
  await runWrite(req, {
    ...projectWrite(req, id, 'project.delete'),
    apply: (trx) => repo.deleteProject(trx, id),
    audit: (before) => ({
      action: 'project.delete',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: { ...charterOf(before), state: before.state },
      after: null,
    }),
    events: (before) => [projectEvent('project.deleted', before, { state: before.state })],
  });
}
