import type {
  CorrectiveAction,
  CorrectiveActionListQuery,
  CorrectiveActionPage,
  CreateCorrectiveActionBody,
  UpdateCorrectiveActionBody,
} from '../../contracts/index.js';
import { CreateCorrectiveActionBody as CreateSchema } from '../../contracts/index.js';
import type { Finding } from '../../core/actions/corrective-action.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import * as repo from '../../store/repos/corrective-actions-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { CorrectiveActionRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { relationOf, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { findReadableProject, projectTarget } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { actionEvent, actionSnapshot } from './action-events.js';
import { authoriseAction, toCorrectiveAction, todayOf } from './action-view.js';

/** The action `id` of project `projectId` as `actor` sees it: 404 when they cannot read the project or it is not there. */
export async function loadAction(ex: Executor, actor: Actor, projectId: string, id: string): Promise<repo.ActionView> {
  await findReadableProject(ex, actor, projectId);
  const v = await repo.findAction(ex, projectId, id, actor.userId);
  if (!v) throw new DomainError('not_found', `Corrective action ${id} not found`, { entity: 'corrective_action', id });
  return v;
}

/** One corrective action. */
export async function getAction(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
): Promise<CorrectiveAction> {
  return toCorrectiveAction(actor, await loadAction(ctx.store.db, actor, projectId, id), ctx.now());
}

/** A project's actions (any reader of the project). */
export async function listProjectActions(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  q: CorrectiveActionListQuery,
): Promise<CorrectiveActionPage> {
  await findReadableProject(ctx.store.db, actor, projectId);
  return page(ctx, actor, { ...q, projectId });
}

/** Actions across every project the caller may read: `mine`, `overdue`, a portfolio (a PM's home, the PMO's follow-up). */
export async function listActions(
  ctx: ServiceContext,
  actor: Actor,
  q: CorrectiveActionListQuery,
): Promise<CorrectiveActionPage> {
  return page(ctx, actor, q);
}

async function page(ctx: ServiceContext, actor: Actor, q: CorrectiveActionListQuery): Promise<CorrectiveActionPage> {
  const now = ctx.now();
  const { rows, total } = await repo.listActions(ctx.store.db, {
    viewerId: actor.userId,
    visibleTo: isAllowed(actor, 'project.read') ? null : actor.userId,
    projectId: q.projectId,
    portfolioId: q.portfolioId,
    ownerId: q.mine ? actor.userId : undefined,
    statuses: q.status,
    overdueOn: q.overdue ? todayOf(now) : undefined,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map((r) => toCorrectiveAction(actor, r, now)), total, page: q.page, pageSize: q.pageSize };
}

/** Raises a corrective action (PMO, the project's manager); its owner is told. */
export async function createAction(
  req: WriteRequest,
  projectId: string,
  body: CreateCorrectiveActionBody,
): Promise<CorrectiveAction> {
  const { ctx, actor } = req;
  const input = CreateSchema.parse(body);
  const id = await runWrite(req, {
    ...projectTarget(actor, projectId, 'corrective_action.manage'),
    async apply(trx, project) {
      await assertOwner(trx, project, input.ownerId);
      const at = ctx.now().toISOString();
      const row: CorrectiveActionRow = {
        id: ctx.newId(),
        project_id: projectId,
        title: input.title,
        description: input.description,
        owner_id: input.ownerId,
        due_date: input.dueDate,
        status: 'open',
        finding_kind: input.finding.kind,
        finding: JSON.stringify(input.finding),
        reevaluation: null,
        verification: null,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
        version: 1,
      };
      await repo.insertAction(trx, row);
      return row;
    },
    audit: (_p, row) => ({
      action: 'corrective_action.create',
      entityType: 'corrective_action',
      entityId: row.id,
      projectId,
      before: null,
      after: actionSnapshot(row),
    }),
    events: (project, row) => [
      actionEvent('corrective_action.created', project, row, { ownerId: row.owner_id, assigned: true }),
    ],
  }).then((row) => row.id);
  return getAction(ctx, actor, projectId, id);
}

/** Changes an action's title, description, owner, due date or finding (PMO, the manager); a new owner is told. */
export async function updateAction(
  req: WriteRequest,
  projectId: string,
  id: string,
  body: UpdateCorrectiveActionBody,
): Promise<CorrectiveAction> {
  const { ctx, actor } = req;
  await runWrite(req, {
    load: (trx) => loadAction(trx, actor, projectId, id),
    authorise: (v) => authoriseAction(actor, 'corrective_action.update', v),
    version: { entity: 'corrective_action', id, of: (v) => v.version },
    async apply(trx, v) {
      const patch: Partial<CorrectiveActionRow> = { updated_at: ctx.now().toISOString() };
      if (body.title !== undefined) patch.title = body.title;
      if (body.description !== undefined) patch.description = body.description;
      if (body.dueDate !== undefined) patch.due_date = body.dueDate;
      if (body.finding !== undefined) {
        const finding = body.finding as Finding;
        patch.finding = JSON.stringify(finding);
        patch.finding_kind = finding.kind;
        // A new finding makes the last re-evaluation meaningless.
        patch.reevaluation = null;
      }
      if (body.ownerId !== undefined && body.ownerId !== v.owner_id) {
        await assertOwner(trx, projectOf(v), body.ownerId);
        patch.owner_id = body.ownerId;
      }
      await writeAction(trx, v, patch);
      return { ...v, ...patch };
    },
    audit: (v, after) => ({
      action: 'corrective_action.update',
      entityType: 'corrective_action',
      entityId: id,
      projectId,
      before: actionSnapshot(v),
      after: actionSnapshot(after),
    }),
    events: (v, after) => [
      actionEvent('corrective_action.updated', projectOf(v), after, {
        ownerId: after.owner_id,
        assigned: after.owner_id !== v.owner_id,
      }),
    ],
  });
  return getAction(ctx, actor, projectId, id);
}

/** Writes `patch` if the action still has the version it was loaded with. */
export async function writeAction(
  trx: Executor,
  v: repo.ActionView,
  patch: Partial<CorrectiveActionRow>,
): Promise<void> {
  if (!(await repo.updateAction(trx, v.id, v.version, patch)))
    throw versionConflict('corrective_action', v.id, v.version);
}

/** The project fields of an action's view, as events and policies name the project. */
export function projectOf(v: repo.ActionView) {
  return {
    id: v.project_id,
    code: v.project_code,
    name: v.project_name,
    portfolio_id: v.portfolio_id,
    manager_id: v.manager_id,
    state: v.state,
    approval_requested_at: v.approval_requested_at,
    member_relation: v.member_relation,
  };
}

/** An owner must be an active user who can read the project, or they could neither see nor move their action. */
async function assertOwner(
  trx: Executor,
  project: Pick<ProjectView, 'id' | 'manager_id' | 'state' | 'approval_requested_at'>,
  ownerId: string,
): Promise<void> {
  const user = await repo.findUserName(trx, ownerId);
  if (!user || user.active !== 1) throw invalidField('ownerId', 'is not an active user');
  const owner = { userId: ownerId, role: user.role as Actor['role'] };
  const relation = relationOf(owner, {
    manager_id: project.manager_id,
    member_relation: await repo.memberRelation(trx, project.id, ownerId),
  });
  if (!isAllowed(owner, 'project.read', relation)) {
    throw invalidField('ownerId', 'must be able to read this project (its manager, a member, or the PMO)');
  }
}
