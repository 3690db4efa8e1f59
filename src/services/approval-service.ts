import type { ClearApprovalBody, Project, RequestApprovalBody } from '../contracts/index.js';
import { relationOf } from './access.js';
import { recordDecision } from './decisions/decision-record.js';
import { rejectionDecision } from './decisions/lifecycle-decisions.js';
import { projectEvent } from './events/outbox.js';
import { getProject, NO_APPROVAL_REQUEST, projectWrite, updateProjectRow } from './project-service.js';
import { runWrite, type WriteRequest } from './write-pipeline.js';

/** The manager asks the PMO to approve their proposal; the PMO sees the request until they answer it. */
export async function requestApproval(req: WriteRequest, id: string, body: RequestApprovalBody): Promise<Project> {
  const { ctx, actor } = req;
  const note = body.note ?? '';
  // The policy refuses a project that is not a proposal, or whose request is already open (422).
  await runWrite(req, {
    ...projectWrite(req, id, 'project.approval.request'),
    async apply(trx, before) {
      const at = ctx.now().toISOString();
      await updateProjectRow(trx, before, {
        approval_requested_at: at,
        approval_requested_by: actor.userId,
        approval_note: note,
        updated_at: at,
      });
    },
    audit: () => ({
      action: 'project.approval.request',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: { approvalRequested: false },
      after: { approvalRequested: true, note },
    }),
    events: (before) => [projectEvent('project.approval_requested', before, { note, managerId: before.manager_id })],
  });
  return getProject(ctx, actor, id);
}

/**
 * Settles an open request without approving: the PMO declines it (the proposal goes back to its
 * manager, still proposed), or the manager withdraws it. Approving is a transition to `approved`.
 */
export async function clearApprovalRequest(req: WriteRequest, id: string, body: ClearApprovalBody): Promise<Project> {
  const { ctx, actor } = req;
  const reason = body.reason ?? '';
  await runWrite(req, {
    ...projectWrite(req, id, 'project.approval.answer'),
    async apply(trx, before) {
      await updateProjectRow(trx, before, { ...NO_APPROVAL_REQUEST, updated_at: ctx.now().toISOString() });
      const declined = actor.userId !== before.approval_requested_by && relationOf(actor, before) !== 'manager';
      // Declining is the PMO's decision (logged with it); a manager withdrawing their own request is not.
      const decided = declined ? await recordDecision(ctx, trx, actor.userId, rejectionDecision(before, reason)) : null;
      return { declined, decided };
    },
    audit: (before, { declined }) => ({
      action: declined ? 'project.approval.decline' : 'project.approval.withdraw',
      entityType: 'project',
      entityId: id,
      projectId: id,
      before: { approvalRequested: true, note: before.approval_note },
      after: { approvalRequested: false, reason },
    }),
    events: (before, { declined, decided }) => [
      projectEvent(declined ? 'project.approval_declined' : 'project.approval_withdrawn', before, {
        reason,
        requestedBy: before.approval_requested_by,
        managerId: before.manager_id,
      }),
      ...(decided ? [decided] : []),
    ],
  });
  return getProject(ctx, actor, id);
}
