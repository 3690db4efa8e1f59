import type { ActionStepBody, CorrectiveAction, VerifyActionBody } from '../../contracts/index.js';
import type { CorrectiveActionAction } from '../../core/actions/action-policy.js';
import { type Finding, type Reevaluation, statusAfterDone } from '../../core/actions/corrective-action.js';
import type { ActionView } from '../../store/repos/corrective-actions-repo.js';
import { findUserName } from '../../store/repos/corrective-actions-repo.js';
import type { CorrectiveActionRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { acceptanceDecision } from '../decisions/action-decisions.js';
import { recordDecision } from '../decisions/decision-record.js';
import type { DomainEvent } from '../events/outbox.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { actionEvent, actionSnapshot } from './action-events.js';
import { getAction, loadAction, projectOf, writeAction } from './action-service.js';
import type { StoredVerification } from './action-view.js';
import { authoriseAction } from './action-view.js';
import { reevaluateFinding } from './finding-check.js';

/*
 * An action's status moves. "Done" measures the finding again: an action whose rule or check no
 * longer fires is verified there and then (who marked it done, when, the value measured); one that
 * still fires stays done with the measurement shown, until the plan is fixed and "done" is asked
 * again, or the PMO accepts it with a reason (recorded in the decisions log too).
 */

/** The owner (or the PMO, the manager) starts work on an open action. */
export function startAction(req: WriteRequest, projectId: string, id: string, body: ActionStepBody) {
  return step(req, projectId, id, 'corrective_action.start', body.note ?? '', async () => ({
    patch: { status: 'in_progress' },
  }));
}

/** Marks an action done and re-evaluates its finding; verified at once when the finding no longer fires. */
export async function markActionDone(
  req: WriteRequest,
  projectId: string,
  id: string,
  body: ActionStepBody,
): Promise<CorrectiveAction> {
  const { ctx, actor } = req;
  const seen = await loadAction(ctx.store.db, actor, projectId, id);
  // Refused callers are refused before anything is measured.
  authoriseAction(actor, 'corrective_action.done', seen);
  const reevaluation = await reevaluateFinding(
    ctx,
    actor,
    { id: projectId, portfolioId: seen.portfolio_id },
    JSON.parse(seen.finding) as Finding,
  );
  return step(req, projectId, id, 'corrective_action.done', body.note ?? '', async (trx) => {
    const status = statusAfterDone(reevaluation);
    const patch: Partial<CorrectiveActionRow> = {
      status,
      reevaluation: reevaluation ? JSON.stringify(reevaluation) : null,
    };
    if (status === 'verified' && reevaluation) {
      patch.verification = JSON.stringify(await verification(trx, ctx, actor.userId, 'automatic', '', reevaluation));
    }
    return { patch };
  });
}

/** The PMO accepts a done action whose finding still fires (or cannot be measured), with the reason. */
export async function verifyAction(
  req: WriteRequest,
  projectId: string,
  id: string,
  body: VerifyActionBody,
): Promise<CorrectiveAction> {
  const { ctx, actor } = req;
  return step(req, projectId, id, 'corrective_action.verify', body.reason, async (trx, v) => {
    const last = v.reevaluation ? (JSON.parse(v.reevaluation) as Reevaluation) : null;
    const accepted = await verification(trx, ctx, actor.userId, 'accepted', body.reason, last);
    const decided = await recordDecision(ctx, trx, actor.userId, acceptanceDecision(v, body.reason, last));
    return { patch: { status: 'verified', verification: JSON.stringify(accepted) }, events: [decided] };
  });
}

/** Cancels an action that is no longer needed (PMO, the manager). */
export function cancelAction(req: WriteRequest, projectId: string, id: string, body: ActionStepBody) {
  return step(req, projectId, id, 'corrective_action.cancel', body.note ?? '', async () => ({
    patch: { status: 'cancelled' },
  }));
}

/** What a move changes on the row, and any events of its own (a decision it records). */
interface StepChange {
  readonly patch: Partial<CorrectiveActionRow>;
  readonly events?: readonly DomainEvent[];
}

const AUDIT = {
  'corrective_action.start': 'corrective_action.start',
  'corrective_action.done': 'corrective_action.done',
  'corrective_action.verify': 'corrective_action.verify',
  'corrective_action.cancel': 'corrective_action.cancel',
} as const;

/** One status move through the write pipeline: authorised by the action's policy, versioned, audited, one event. */
async function step(
  req: WriteRequest,
  projectId: string,
  id: string,
  action: keyof typeof AUDIT & CorrectiveActionAction,
  note: string,
  change: (trx: Executor, v: ActionView) => Promise<StepChange>,
): Promise<CorrectiveAction> {
  const { ctx, actor } = req;
  await runWrite(req, {
    load: (trx) => loadAction(trx, actor, projectId, id),
    authorise: (v) => authoriseAction(actor, action, v),
    version: { entity: 'corrective_action', id, of: (v) => v.version },
    async apply(trx, v) {
      const changed = await change(trx, v);
      const patch = { ...changed.patch, updated_at: ctx.now().toISOString() };
      await writeAction(trx, v, patch);
      return { row: { ...v, ...patch } as CorrectiveActionRow, events: changed.events ?? [] };
    },
    audit: (v, { row: after }) => ({
      action: AUDIT[action],
      entityType: 'corrective_action',
      entityId: id,
      projectId,
      before: actionSnapshot(v),
      after: note ? { ...actionSnapshot(after), note } : actionSnapshot(after),
    }),
    events: (v, { row: after, events }): DomainEvent[] => [
      actionEvent('corrective_action.status_changed', projectOf(v), after, {
        from: v.status,
        to: after.status,
        ownerId: after.owner_id,
        note,
      }),
      ...events,
    ],
  });
  return getAction(ctx, actor, projectId, id);
}

async function verification(
  trx: Executor,
  ctx: ServiceContext,
  userId: string,
  how: StoredVerification['how'],
  reason: string,
  measured: Reevaluation | null,
): Promise<StoredVerification> {
  const user = await findUserName(trx, userId);
  return {
    how,
    at: ctx.now().toISOString(),
    byId: userId,
    byName: user?.name ?? '',
    reason,
    value: measured?.value ?? null,
    threshold: measured?.threshold ?? null,
  };
}
