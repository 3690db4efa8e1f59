import type { PlanHistory, PlanStepResult } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { type AppliedOps, applyOps } from '../../core/plan/apply-op.js';
import { type EditImage, editImage, type ImageConflicts, imageConflicts } from '../../core/plan/edit-image.js';
import type { PlanOp } from '../../core/plan/plan-op.js';
import * as history from '../../store/repos/plan-history-repo.js';
import type { PlanHistoryRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import type { WriteRequest } from '../write-pipeline.js';
import { changePlan } from './plan-change.js';
import { checkOpAccess, opEnv, outcomeOf } from './plan-ops-service.js';

/*
 * Undo and redo, per user as in a shared document editor: undo takes back the caller's own newest
 * edit, whoever edited since. It applies the stored inverse as a new, version-guarded write; when
 * someone has since changed what it would restore (the same field of the same task, a task it
 * needs is gone), it answers 409 naming the tasks and changes nothing. Redo applies the edit again
 * under the same rule. Both are audited, with the changes they made.
 */

type Which = 'undo' | 'redo';

/** Takes back the caller's newest edit of the plan. */
export function undoPlanEdit(req: WriteRequest, projectId: string) {
  return step(req, projectId, 'undo');
}

/** Applies again the caller's most recently undone edit. */
export function redoPlanEdit(req: WriteRequest, projectId: string) {
  return step(req, projectId, 'redo');
}

/** What the caller could undo and redo on the plan. */
export async function getPlanHistory(ctx: ServiceContext, actor: Actor, projectId: string): Promise<PlanHistory> {
  await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  return historyOf(ctx, actor, projectId);
}

async function historyOf(ctx: ServiceContext, actor: Actor, projectId: string): Promise<PlanHistory> {
  const { undo, redo } = await history.nextLabels(ctx.store.db, { projectId, userId: actor.userId });
  return { undo: undo === null ? null : { label: undo }, redo: redo === null ? null : { label: redo } };
}

async function step(req: WriteRequest, projectId: string, which: Which): Promise<PlanStepResult> {
  const { ctx, actor } = req;
  let label = '';
  const change = await changePlan(req, projectId, {
    // The least any edit needs; the step's own ops are checked below, as they would be if sent.
    permission: 'plan.progress',
    async apply(edit, trx) {
      const owner = { projectId, userId: actor.userId };
      const entry = which === 'undo' ? await history.nextUndo(trx, owner) : await history.nextRedo(trx, owner);
      if (!entry) throw new DomainError('conflict', `Nothing to ${which}`, { action: which });
      label = entry.label;
      const ops = JSON.parse(which === 'undo' ? entry.inverse : entry.ops) as PlanOp[];
      const conflicts = imageConflicts(JSON.parse(entry.image) as EditImage, edit.draft);
      if (conflicts) throw overwritten(which, entry.label, conflicts);
      const locate = (i: number, path: string) => `${which}[${i}].${path}`;
      checkOpAccess(actor, edit, ops, locate);
      let result: AppliedOps;
      try {
        result = applyOps(edit.draft, ops, await opEnv(ctx, trx, edit, ops), locate);
      } catch (error) {
        // The plan moved on in a way the image does not cover (a task the step needs is gone).
        if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
        throw new DomainError('conflict', `Cannot ${which} ${entry.label}: ${error.message}; nothing was changed`, {
          action: which,
          cause: error.details,
        });
      }
      const { draft, audit } = outcomeOf(edit, result);
      return {
        draft,
        audit: [
          { action: `plan.${which}`, before: null, after: { [which === 'undo' ? 'undone' : 'redone']: label } },
          ...audit,
        ],
        recorded: async (trx, written) => {
          await history.updateStep(trx, entry.id, {
            ...nextState(entry, which, result),
            image: JSON.stringify(editImage(result.applied, result.draft)),
            version_before: written.plan.version - 1,
            version_after: written.plan.version,
            updated_at: ctx.now().toISOString(),
          });
        },
      };
    },
  });
  return { ...change, label, history: await historyOf(ctx, actor, projectId) };
}

/**
 * After an undo the step holds the ops that redo it (the inverse of what the undo applied, so it
 * fits the plan as it is now); after a redo, the ops that undo it again.
 */
function nextState(entry: PlanHistoryRow, which: Which, result: AppliedOps) {
  return which === 'undo'
    ? { state: 'undone', ops: JSON.stringify(result.inverse), inverse: entry.inverse }
    : { state: 'done', ops: entry.ops, inverse: JSON.stringify(result.inverse) };
}

/** The 409 for a step that would overwrite later changes, naming what was changed. */
function overwritten(which: Which, label: string, c: ImageConflicts): DomainError {
  const what = [
    ...c.tasks.map((t) => t.name),
    ...(c.links.length > 0 ? [`${c.links.length === 1 ? 'a link' : `${c.links.length} links`}`] : []),
    ...c.settings.map((s) => (s === 'statusDate' ? 'the status date' : s)),
  ];
  const shown = what.length > 5 ? `${what.slice(0, 5).join(', ')} and ${what.length - 5} more` : what.join(', ');
  return new DomainError('conflict', `Cannot ${which} ${label}: ${shown} changed since; nothing was changed`, {
    action: which,
    tasks: c.tasks,
    links: c.links,
    settings: c.settings,
  });
}
