import type { CorrectiveActionRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { selectInChunks } from './chunks.js';

/** A corrective action with what its reads and policies need: its project, owner and creator, and the viewer's relation. */
export interface ActionView extends CorrectiveActionRow {
  project_code: string;
  project_name: string;
  portfolio_id: string | null;
  manager_id: string | null;
  state: string;
  planned_finish: string | null;
  approval_requested_at: string | null;
  owner_name: string;
  created_by_name: string;
  member_relation: string | null;
}

/** Filters for listing actions; `visibleTo` limits to projects that user manages or belongs to. */
export interface ActionFilter {
  readonly viewerId: string;
  readonly visibleTo: string | null;
  readonly projectId?: string | undefined;
  readonly portfolioId?: string | undefined;
  readonly ownerId?: string | undefined;
  readonly statuses?: readonly string[] | undefined;
  /** Only actions due before this date (YYYY-MM-DD) and still open or in progress. */
  readonly overdueOn?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

function baseQuery(ex: Executor, viewerId: string) {
  return ex
    .selectFrom('corrective_actions as a')
    .innerJoin('projects as p', 'p.id', 'a.project_id')
    .innerJoin('users as owner', 'owner.id', 'a.owner_id')
    .innerJoin('users as creator', 'creator.id', 'a.created_by')
    .leftJoin('project_members as me', (j) =>
      j.onRef('me.project_id', '=', 'a.project_id').on('me.user_id', '=', viewerId),
    );
}

function selectView<Q extends ReturnType<typeof baseQuery>>(q: Q) {
  return q
    .selectAll('a')
    .select([
      'p.code as project_code',
      'p.name as project_name',
      'p.portfolio_id as portfolio_id',
      'p.manager_id as manager_id',
      'p.state as state',
      'p.planned_finish as planned_finish',
      'p.approval_requested_at as approval_requested_at',
      'owner.name as owner_name',
      'creator.name as created_by_name',
      'me.relation as member_relation',
    ]);
}

/** One action of one project, as `viewerId` sees it. */
export async function findAction(
  ex: Executor,
  projectId: string,
  id: string,
  viewerId: string,
): Promise<ActionView | undefined> {
  return selectView(baseQuery(ex, viewerId))
    .where('a.id', '=', id)
    .where('a.project_id', '=', projectId)
    .executeTakeFirst();
}

/** Actions by filter, overdue-first by due date then title. */
export async function listActions(ex: Executor, f: ActionFilter): Promise<{ rows: ActionView[]; total: number }> {
  let q = baseQuery(ex, f.viewerId);
  if (f.visibleTo) {
    const who = f.visibleTo;
    q = q.where((eb) => eb.or([eb('p.manager_id', '=', who), eb('me.user_id', 'is not', null)]));
  }
  if (f.projectId) q = q.where('a.project_id', '=', f.projectId);
  if (f.portfolioId) q = q.where('p.portfolio_id', '=', f.portfolioId);
  if (f.ownerId) q = q.where('a.owner_id', '=', f.ownerId);
  if (f.statuses?.length) q = q.where('a.status', 'in', f.statuses);
  if (f.overdueOn) q = q.where('a.status', 'in', ['open', 'in_progress']).where('a.due_date', '<', f.overdueOn);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await selectView(q)
    .orderBy('a.due_date', 'asc')
    .orderBy('a.title', 'asc')
    .orderBy('a.id', 'asc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertAction(ex: Executor, row: CorrectiveActionRow): Promise<void> {
  await ex.insertInto('corrective_actions').values(row).execute();
}

/** Writes `patch` only if the action is still at `expectedVersion`; false means a concurrent write won. */
export async function updateAction(
  ex: Executor,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<CorrectiveActionRow, 'id' | 'version' | 'project_id'>>,
): Promise<boolean> {
  const r = await ex
    .updateTable('corrective_actions')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The open and in-progress actions of the given projects, earliest due first (health's facts). */
export async function openActions(
  ex: Executor,
  projectIds: readonly string[],
): Promise<Pick<CorrectiveActionRow, 'id' | 'project_id' | 'title' | 'due_date'>[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('corrective_actions')
      .select(['id', 'project_id', 'title', 'due_date'])
      .where('project_id', 'in', ids)
      .where('status', 'in', ['open', 'in_progress'])
      .orderBy('due_date')
      .execute(),
  );
}

/** True when the user exists and is active (an action's owner). */
export async function findUserName(
  ex: Executor,
  id: string,
): Promise<{ name: string; active: number; role: string } | undefined> {
  return ex.selectFrom('users').select(['name', 'active', 'role']).where('id', '=', id).executeTakeFirst();
}

/** The relation `userId` has to a project as a member (null if none). */
export async function memberRelation(ex: Executor, projectId: string, userId: string): Promise<string | null> {
  const r = await ex
    .selectFrom('project_members')
    .select('relation')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r?.relation ?? null;
}
