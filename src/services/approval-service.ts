import type { ClearApprovalBody, Project, RequestApprovalBody } from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import { canRequestApproval, type ProjectState } from '../core/lifecycle.js';
import type { Actor } from '../core/permissions.js';
import * as repo from '../store/repos/projects-repo.js';
import { inTransaction } from '../store/transaction.js';
import { expectedVersion, relationOf, requireAllowed, versionConflict } from './access.js';
import { recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { appendEvents, projectEvent } from './events/outbox.js';
import { getProject, loadProjectFor, NO_APPROVAL_REQUEST } from './project-service.js';
import { mayAnswerApprovalRequest } from './project-view.js';

/** The manager asks the PMO to approve their proposal; the PMO sees the request until they answer it. */
export async function requestApproval(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: RequestApprovalBody,
  ifMatch?: number,
): Promise<Project> {
  const version = expectedVersion(ifMatch, body.version);
  await inTransaction(ctx.store.db, async (trx) => {
    const before = await loadProjectFor(trx, actor, id, 'project.approval.request');
    const state = before.state as ProjectState;
    if (!canRequestApproval(state, before.approval_requested_at !== null)) {
      throw new DomainError(
        'invalid_transition',
        before.approval_requested_at !== null
          ? 'Approval has already been requested for this project'
          : 'Only a proposed project can be submitted for approval',
        { state },
      );
    }
    if (before.version !== version) throw versionConflict('project', id, before.version);
    const at = ctx.now().toISOString();
    const note = body.note ?? '';
    const patch = {
      approval_requested_at: at,
      approval_requested_by: actor.userId,
      approval_note: note,
      updated_at: at,
    };
    if (!(await repo.updateProject(trx, id, version, patch))) throw versionConflict('project', id, before.version);
    await recordAudit(ctx, trx, actor.userId, {
      action: 'project.approval.request',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: { approvalRequested: false },
      after: { approvalRequested: true, note },
    });
    await appendEvents(ctx, trx, actor.userId, [
      projectEvent('project.approval_requested', before, { note, managerId: before.manager_id }),
    ]);
  });
  return getProject(ctx, actor, id);
}

/**
 * Settles an open request without approving: the PMO declines it (the proposal goes back to its
 * manager, still proposed), or the manager withdraws it. Approving is a transition to `approved`.
 */
export async function clearApprovalRequest(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: ClearApprovalBody,
  ifMatch?: number,
): Promise<Project> {
  const version = expectedVersion(ifMatch, body.version);
  await inTransaction(ctx.store.db, async (trx) => {
    const before = await loadProjectFor(trx, actor, id, 'project.read');
    const relation = relationOf(actor, before);
    if (!mayAnswerApprovalRequest(actor, relation)) requireAllowed(actor, 'project.approve', relation);
    if (before.approval_requested_at === null) {
      throw new DomainError('invalid_transition', 'No approval has been requested for this project', {});
    }
    if (before.version !== version) throw versionConflict('project', id, before.version);
    const at = ctx.now().toISOString();
    if (!(await repo.updateProject(trx, id, version, { ...NO_APPROVAL_REQUEST, updated_at: at }))) {
      throw versionConflict('project', id, before.version);
    }
    const declined = actor.userId !== before.approval_requested_by && relation !== 'manager';
    await recordAudit(ctx, trx, actor.userId, {
      action: declined ? 'project.approval.decline' : 'project.approval.withdraw',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: { approvalRequested: true, note: before.approval_note },
      after: { approvalRequested: false, reason: body.reason ?? '' },
    });
    await appendEvents(ctx, trx, actor.userId, [
      projectEvent(declined ? 'project.approval_declined' : 'project.approval_withdrawn', before, {
        reason: body.reason ?? '',
        requestedBy: before.approval_requested_by,
        managerId: before.manager_id,
      }),
    ]);
  });
  return getProject(ctx, actor, id);
}
