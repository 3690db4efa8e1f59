import type { PlanChange } from '../../contracts/index.js';
import type { DraftAssignment } from '../../core/plan/plan-draft.js';
import * as assignmentsRepo from '../../store/repos/assignments-repo.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { type PlanDiff, planChangeOf } from './plan-diff.js';
import { assignmentRowOf } from './plan-draft-rows.js';

/**
 * Writes a rescheduled draft's difference inside the caller's transaction: rows inserted, rows
 * whose inputs changed (`edited`), links, and the plan row (version, finish, and whether the
 * stored computed columns are complete). Tasks that only moved by rescheduling are not written:
 * readers derive their dates (plan-schedule.ts). Answers the change as the API shows it.
 */
export async function writeDiff(
  ctx: ServiceContext,
  trx: Executor,
  diff: PlanDiff,
  assignments: AssignmentDiff = NO_ASSIGNMENT_CHANGES,
): Promise<PlanChange> {
  const projectId = diff.plan.project_id;
  // Links and assignments first: a deleted task's must be gone before it is.
  await assignmentsRepo.deleteAssignments(trx, projectId, assignments.deleted);
  await repo.deleteLinks(trx, diff.deletedLinkIds);
  await repo.deleteTasks(trx, diff.deletedTaskIds);
  await repo.insertTasks(trx, diff.inserted, ctx.store);
  await repo.updateTasks(trx, diff.edited, ctx.store);
  await repo.insertLinks(trx, diff.addedLinks);
  await assignmentsRepo.insertAssignments(
    trx,
    assignments.added.map((a) => assignmentRowOf(a, projectId)),
  );
  await assignmentsRepo.updateAssignments(
    trx,
    assignments.changed.map((a) => assignmentRowOf(a, projectId)),
  );
  for (const l of diff.editedLinks) await repo.updateLink(trx, l);
  await repo.updatePlan(trx, diff.plan.project_id, diff.plan);
  const responsible = await repo.userNames(
    trx,
    [...diff.inserted, ...diff.updated]
      .filter((t) => !diff.floatsOnly.has(t.id))
      .flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  const change = planChangeOf(diff, responsible);
  const touched = assignments.added.length + assignments.changed.length + assignments.deleted.length > 0;
  return touched ? { ...change, assignmentsChanged: true } : change;
}

/** How a draft's assignments differ from those it was loaded with. */
export interface AssignmentDiff {
  readonly added: readonly DraftAssignment[];
  readonly changed: readonly DraftAssignment[];
  readonly deleted: readonly string[];
}

const NO_ASSIGNMENT_CHANGES: AssignmentDiff = { added: [], changed: [], deleted: [] };

/** The assignments to write: ops replace an assignment's object when they change it, so unchanged ones are the same object. */
export function assignmentDiff(before: readonly DraftAssignment[], after: readonly DraftAssignment[]): AssignmentDiff {
  if (before === after) return NO_ASSIGNMENT_CHANGES;
  const old = new Map(before.map((a) => [a.id, a]));
  const added: DraftAssignment[] = [];
  const changed: DraftAssignment[] = [];
  for (const a of after) {
    const was = old.get(a.id);
    if (!was) added.push(a);
    else if (was !== a && JSON.stringify(was) !== JSON.stringify(a)) changed.push(a);
    old.delete(a.id);
  }
  return { added, changed, deleted: [...old.keys()] };
}
