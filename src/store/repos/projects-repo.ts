import { sql } from 'kysely';
import type { DialectName } from '../db.js';
import type { ProjectMemberRow, ProjectRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A project row with the names the API shows next to ids, and the viewer's membership. */
export interface ProjectView extends ProjectRow {
  manager_name: string | null;
  portfolio_name: string | null;
  /** Name of the user who asked the PMO to approve the project, while the request is open. */
  approval_requested_by_name: string | null;
  /** The viewer's relation from project_members (team_member / stakeholder), if any. */
  member_relation: string | null;
}

/** Filters, sort and paging for listing projects. `visibleTo` limits to projects that user manages or belongs to. */
export interface ProjectFilter {
  readonly viewerId: string;
  readonly visibleTo: string | null;
  readonly q?: string | undefined;
  readonly states?: readonly string[] | undefined;
  readonly portfolioId?: string | undefined;
  readonly managerId?: string | undefined;
  readonly tag?: string | undefined;
  /** true: only projects with an open approval request; false: only those without. */
  readonly approvalRequested?: boolean | undefined;
  readonly sort: string;
  readonly limit: number;
  readonly offset: number;
}

const SORT_COLUMNS = {
  code: 'projects.code',
  name: 'projects.name',
  state: 'projects.state',
  plannedStart: 'projects.planned_start',
  plannedFinish: 'projects.planned_finish',
  budgetMinor: 'projects.budget_minor',
  priority: 'projects.priority',
  updatedAt: 'projects.updated_at',
  manager: 'mgr.name',
} as const;

function baseQuery(ex: Executor, viewerId: string) {
  return ex
    .selectFrom('projects')
    .leftJoin('users as mgr', 'mgr.id', 'projects.manager_id')
    .leftJoin('portfolios as pf', 'pf.id', 'projects.portfolio_id')
    .leftJoin('users as req', 'req.id', 'projects.approval_requested_by')
    .leftJoin('project_members as me', (j) =>
      j.onRef('me.project_id', '=', 'projects.id').on('me.user_id', '=', viewerId),
    );
}

function selectView<Q extends ReturnType<typeof baseQuery>>(q: Q) {
  return q
    .selectAll('projects')
    .select([
      'mgr.name as manager_name',
      'pf.name as portfolio_name',
      'req.name as approval_requested_by_name',
      'me.relation as member_relation',
    ]);
}

export async function findProjectView(ex: Executor, id: string, viewerId: string): Promise<ProjectView | undefined> {
  return selectView(baseQuery(ex, viewerId)).where('projects.id', '=', id).executeTakeFirst();
}

export async function findProjectRow(ex: Executor, id: string): Promise<ProjectRow | undefined> {
  return ex.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listProjects(ex: Executor, f: ProjectFilter): Promise<{ rows: ProjectView[]; total: number }> {
  let q = baseQuery(ex, f.viewerId);
  if (f.visibleTo) {
    const who = f.visibleTo;
    q = q.where((eb) => eb.or([eb('projects.manager_id', '=', who), eb('me.user_id', 'is not', null)]));
  }
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['projects.code']), 'like', like), eb(eb.fn('lower', ['projects.name']), 'like', like)]),
    );
  }
  if (f.states?.length) q = q.where('projects.state', 'in', f.states);
  if (f.portfolioId) q = q.where('projects.portfolio_id', '=', f.portfolioId);
  if (f.managerId) q = q.where('projects.manager_id', '=', f.managerId);
  // Tags are a JSON array of strings without quotes, so the quoted tag matches exactly one element.
  if (f.tag) q = q.where('projects.tags', 'like', `%${JSON.stringify(f.tag)}%`);
  if (f.approvalRequested !== undefined)
    q = q.where('projects.approval_requested_at', f.approvalRequested ? 'is not' : 'is', null);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const desc = f.sort.startsWith('-');
  const column = SORT_COLUMNS[(desc ? f.sort.slice(1) : f.sort) as keyof typeof SORT_COLUMNS] ?? 'projects.code';
  const rows = await selectView(q)
    .orderBy(column, desc ? 'desc' : 'asc')
    .orderBy('projects.code', 'asc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertProject(ex: Executor, row: ProjectRow): Promise<void> {
  await ex.insertInto('projects').values(row).execute();
}

/** Writes `patch` only if the project is still at `expectedVersion`; false means a concurrent write won. */
export async function updateProject(
  ex: Executor,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<ProjectRow, 'id' | 'version'>>,
): Promise<boolean> {
  const r = await ex
    .updateTable('projects')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteProject(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('projects').where('id', '=', id).execute();
}

export async function findProjectByCode(ex: Executor, code: string): Promise<ProjectRow | undefined> {
  return ex.selectFrom('projects').selectAll().where('code', '=', code).executeTakeFirst();
}

// Any fixed key ("gant" in ASCII); it only has to differ from other advisory locks Gantry takes.
const PROJECT_CODE_LOCK = 0x67616e74;

/**
 * Serialises the choice of project codes until the transaction ends, so two creates cannot both
 * read the same highest code and pick the same next one. PostgreSQL: a transaction-scoped advisory
 * lock (no table, released by commit or rollback). SQLite needs none: Gantry's process runs its
 * transactions one at a time on its single connection.
 */
export async function lockProjectCodes(ex: Executor, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${PROJECT_CODE_LOCK})`.execute(ex);
}

/** Codes of the form PRJ-nnnn, to pick the next free number. */
export async function listGeneratedCodes(ex: Executor): Promise<string[]> {
  const rows = await ex.selectFrom('projects').select('code').where('code', 'like', 'PRJ-%').execute();
  return rows.map((r) => r.code);
}

export async function listMembers(ex: Executor, projectId: string) {
  return ex
    .selectFrom('project_members')
    .innerJoin('users', 'users.id', 'project_members.user_id')
    .select(['users.id as user_id', 'users.name', 'users.email', 'project_members.relation'])
    .where('project_members.project_id', '=', projectId)
    .orderBy('users.name')
    .execute();
}

export async function findMember(
  ex: Executor,
  projectId: string,
  userId: string,
): Promise<ProjectMemberRow | undefined> {
  return ex
    .selectFrom('project_members')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertMember(ex: Executor, row: ProjectMemberRow): Promise<void> {
  await ex
    .insertInto('project_members')
    .values(row)
    .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet({ relation: row.relation }))
    .execute();
}

export async function deleteMember(ex: Executor, projectId: string, userId: string): Promise<void> {
  await ex.deleteFrom('project_members').where('project_id', '=', projectId).where('user_id', '=', userId).execute();
}

/** Priority (1–5) and lifecycle state of the given projects (leveling across the pool). */
export async function projectPriorities(
  ex: Executor,
  ids: readonly string[],
): Promise<{ id: string; priority: number; state: string }[]> {
  const out: { id: string; priority: number; state: string }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(
      ...(await ex.selectFrom('projects').select(['id', 'priority', 'state']).where('id', 'in', chunk).execute()),
    );
  }
  return out;
}
