import type { PlanHistoryRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A user's steps on one plan. */
interface Owner {
  readonly projectId: string;
  readonly userId: string;
}

export async function insertStep(ex: Executor, row: PlanHistoryRow): Promise<void> {
  await ex.insertInto('plan_history').values(row).execute();
}

export async function updateStep(
  ex: Executor,
  id: string,
  patch: Pick<
    PlanHistoryRow,
    'state' | 'ops' | 'inverse' | 'image' | 'version_before' | 'version_after' | 'updated_at'
  >,
): Promise<void> {
  await ex.updateTable('plan_history').set(patch).where('id', '=', id).execute();
}

/** The step undo would take back: the user's newest done one. */
export async function nextUndo(ex: Executor, o: Owner): Promise<PlanHistoryRow | undefined> {
  return ex
    .selectFrom('plan_history')
    .selectAll()
    .where('project_id', '=', o.projectId)
    .where('user_id', '=', o.userId)
    .where('state', '=', 'done')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The step redo would apply again: the oldest undone one (every undone step is newer than every done one). */
export async function nextRedo(ex: Executor, o: Owner): Promise<PlanHistoryRow | undefined> {
  return ex
    .selectFrom('plan_history')
    .selectAll()
    .where('project_id', '=', o.projectId)
    .where('user_id', '=', o.userId)
    .where('state', '=', 'undone')
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
}

/** The labels of the next undo and redo, without the ops. */
export async function nextLabels(ex: Executor, o: Owner): Promise<{ undo: string | null; redo: string | null }> {
  const [undo, redo] = await Promise.all([nextUndo(ex, o), nextRedo(ex, o)]);
  return { undo: undo?.label ?? null, redo: redo?.label ?? null };
}

/** Forgets the user's undone steps: a new edit branches history, as in any editor. */
export async function clearRedo(ex: Executor, o: Owner): Promise<void> {
  await ex
    .deleteFrom('plan_history')
    .where('project_id', '=', o.projectId)
    .where('user_id', '=', o.userId)
    .where('state', '=', 'undone')
    .execute();
}

/** Keeps the user's newest `keep` done steps on the plan and forgets older ones. */
export async function pruneDone(ex: Executor, o: Owner, keep: number): Promise<void> {
  const oldest = await ex
    .selectFrom('plan_history')
    .select('seq')
    .where('project_id', '=', o.projectId)
    .where('user_id', '=', o.userId)
    .where('state', '=', 'done')
    .orderBy('seq', 'desc')
    .offset(keep)
    .limit(1)
    .executeTakeFirst();
  if (!oldest) return;
  await ex
    .deleteFrom('plan_history')
    .where('project_id', '=', o.projectId)
    .where('user_id', '=', o.userId)
    .where('state', '=', 'done')
    .where('seq', '<=', oldest.seq)
    .execute();
}
