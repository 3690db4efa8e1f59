import type { PlanChange } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { AppliedOps } from '../../core/plan/apply-op.js';
import { editImage } from '../../core/plan/edit-image.js';
import * as history from '../../store/repos/plan-history-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';

/*
 * Each user's undo history on a plan, kept by the server so that undo and redo survive a reload
 * and another session. Every applied batch becomes a step with the ops that undo it and the
 * fields it left behind (to tell, at undo time, whether someone changed them since).
 */

/** Steps kept per user and plan; older ones can no longer be undone. */
export const HISTORY_LIMIT = 100;

/** Records an applied batch as the user's newest step; a new edit forgets what they had undone. */
export async function recordStep(
  ctx: ServiceContext,
  trx: Executor,
  actor: Actor,
  change: PlanChange,
  step: { readonly label: string; readonly result: AppliedOps },
): Promise<void> {
  // An edit that changed nothing leaves nothing to undo.
  if (step.result.inverse.length === 0) return;
  const owner = { projectId: change.plan.projectId, userId: actor.userId };
  const now = ctx.now().toISOString();
  await history.clearRedo(trx, owner);
  await history.insertStep(trx, {
    id: ctx.newId(),
    project_id: owner.projectId,
    user_id: owner.userId,
    seq: change.plan.version,
    label: step.label,
    state: 'done',
    ops: JSON.stringify(step.result.applied.map((a) => a.op)),
    inverse: JSON.stringify(step.result.inverse),
    image: JSON.stringify(editImage(step.result.applied, step.result.draft)),
    version_before: change.plan.version - 1,
    version_after: change.plan.version,
    created_at: now,
    updated_at: now,
  });
  await history.pruneDone(trx, owner, HISTORY_LIMIT);
}
