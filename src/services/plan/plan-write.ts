import type { PlanChange } from '../../contracts/index.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { type PlanDiff, planChangeOf } from './plan-diff.js';

/**
 * Writes a rescheduled draft's difference inside the caller's transaction: rows inserted, rows
 * whose inputs changed (`edited`), links, and the plan row (version, finish, and whether the
 * stored computed columns are complete). Tasks that only moved by rescheduling are not written:
 * readers derive their dates (plan-schedule.ts). Answers the change as the API shows it.
 */
export async function writeDiff(ctx: ServiceContext, trx: Executor, diff: PlanDiff): Promise<PlanChange> {
  // Links first: a deleted task's links must be gone before it is.
  await repo.deleteLinks(trx, diff.deletedLinkIds);
  await repo.deleteTasks(trx, diff.deletedTaskIds);
  await repo.insertTasks(trx, diff.inserted, ctx.store);
  await repo.updateTasks(trx, diff.edited, ctx.store);
  await repo.insertLinks(trx, diff.addedLinks);
  for (const l of diff.editedLinks) await repo.updateLink(trx, l);
  await repo.updatePlan(trx, diff.plan.project_id, diff.plan);
  const responsible = await repo.userNames(
    trx,
    [...diff.inserted, ...diff.updated]
      .filter((t) => !diff.floatsOnly.has(t.id))
      .flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  return planChangeOf(diff, responsible);
}
