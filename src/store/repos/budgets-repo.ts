import type { BudgetVersionLineRow, BudgetVersionRow, ProjectBudgetLineRow, ProjectBudgetRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A working budget with the names of the people on it. */
export interface ProjectBudgetView extends ProjectBudgetRow {
  submitted_by_name: string | null;
  returned_by_name: string | null;
  updated_by_name: string | null;
}

/** A project's working budget, or undefined before its first write. */
export async function findProjectBudget(ex: Executor, projectId: string): Promise<ProjectBudgetView | undefined> {
  return ex
    .selectFrom('project_budgets')
    .leftJoin('users as submitted', 'submitted.id', 'project_budgets.submitted_by')
    .leftJoin('users as returned', 'returned.id', 'project_budgets.returned_by')
    .leftJoin('users as updated', 'updated.id', 'project_budgets.updated_by')
    .selectAll('project_budgets')
    .select([
      'submitted.name as submitted_by_name',
      'returned.name as returned_by_name',
      'updated.name as updated_by_name',
    ])
    .where('project_budgets.project_id', '=', projectId)
    .executeTakeFirst();
}

/**
 * Makes the working budget's row if it has none (an empty draft at version 1, what a project
 * without one reads), so that the write after it can claim the version like any other.
 */
export async function ensureProjectBudget(ex: Executor, projectId: string, at: string): Promise<void> {
  await ex
    .insertInto('project_budgets')
    .values({
      project_id: projectId,
      status: 'draft',
      contingency_minor: 0,
      management_reserve_minor: 0,
      submitted_by: null,
      submitted_at: null,
      submit_reason: '',
      returned_by: null,
      returned_at: null,
      return_comment: '',
      updated_by: null,
      updated_at: at,
      version: 1,
    })
    .onConflict((oc) => oc.column('project_id').doNothing())
    .execute();
}

/** Writes `patch` only if the working budget is still at `expected`; false means a concurrent write won. */
export async function updateProjectBudget(
  ex: Executor,
  projectId: string,
  expected: number,
  patch: Partial<Omit<ProjectBudgetRow, 'project_id' | 'version'>>,
): Promise<boolean> {
  const r = await ex
    .updateTable('project_budgets')
    .set({ ...patch, version: expected + 1 })
    .where('project_id', '=', projectId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The working budget's lines in their order. */
export async function listBudgetLines(ex: Executor, projectId: string): Promise<ProjectBudgetLineRow[]> {
  return ex
    .selectFrom('project_budget_lines')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('position')
    .execute();
}

/** Replaces the working budget's lines. */
export async function replaceBudgetLines(
  ex: Executor,
  projectId: string,
  lines: readonly ProjectBudgetLineRow[],
): Promise<void> {
  await ex.deleteFrom('project_budget_lines').where('project_id', '=', projectId).execute();
  // Chunks keep each statement under SQLite's 32,766 bound parameters (6 per line).
  for (let i = 0; i < lines.length; i += 1000) {
    await ex
      .insertInto('project_budget_lines')
      .values(lines.slice(i, i + 1000))
      .execute();
  }
}

/** The plan's tasks as WBS elements (id, parent, name), in WBS order. */
export async function listWbsElements(
  ex: Executor,
  projectId: string,
): Promise<{ id: string; parent_id: string | null; name: string }[]> {
  return ex
    .selectFrom('tasks')
    .select(['id', 'parent_id', 'name'])
    .where('project_id', '=', projectId)
    .orderBy('position')
    .execute();
}

/** An approved version with the names of who submitted and approved it. */
export interface BudgetVersionView extends BudgetVersionRow {
  submitted_by_name: string | null;
  approved_by_name: string;
}

function versionQuery(ex: Executor) {
  return ex
    .selectFrom('budget_versions')
    .leftJoin('users as submitted', 'submitted.id', 'budget_versions.submitted_by')
    .innerJoin('users as approved', 'approved.id', 'budget_versions.approved_by')
    .selectAll('budget_versions')
    .select(['submitted.name as submitted_by_name', 'approved.name as approved_by_name']);
}

/** A project's approved versions, oldest (the original) first. */
export async function listBudgetVersions(ex: Executor, projectId: string): Promise<BudgetVersionView[]> {
  return versionQuery(ex).where('budget_versions.project_id', '=', projectId).orderBy('number').execute();
}

/** One approved version of a project by its number. */
export async function findBudgetVersion(
  ex: Executor,
  projectId: string,
  number: number,
): Promise<BudgetVersionView | undefined> {
  return versionQuery(ex)
    .where('budget_versions.project_id', '=', projectId)
    .where('budget_versions.number', '=', number)
    .executeTakeFirst();
}

/** A version's lines in their order. */
export async function listVersionLines(ex: Executor, versionId: string): Promise<BudgetVersionLineRow[]> {
  return ex
    .selectFrom('budget_version_lines')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
}

/** Records an approved version and its lines. */
export async function insertBudgetVersion(
  ex: Executor,
  row: BudgetVersionRow,
  lines: readonly BudgetVersionLineRow[],
): Promise<void> {
  await ex.insertInto('budget_versions').values(row).execute();
  for (let i = 0; i < lines.length; i += 1000) {
    await ex
      .insertInto('budget_version_lines')
      .values(lines.slice(i, i + 1000))
      .execute();
  }
}

/** The latest approved version of each of `projectIds` that has one. */
export async function latestBudgetVersions(ex: Executor, projectIds: readonly string[]): Promise<BudgetVersionRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .selectFrom('budget_versions as v')
    .selectAll('v')
    .where('v.project_id', 'in', projectIds)
    .where(({ eb, selectFrom }) =>
      eb(
        'v.number',
        '=',
        selectFrom('budget_versions as later')
          .select(({ fn }) => fn.max('later.number').as('n'))
          .whereRef('later.project_id', '=', 'v.project_id'),
      ),
    )
    .execute();
}

/** The versions' lines summed by category: version id, category, minor units. */
export async function versionTotalsByCategory(
  ex: Executor,
  versionIds: readonly string[],
): Promise<{ version_id: string; category_id: string; amount_minor: number }[]> {
  if (versionIds.length === 0) return [];
  const rows = await ex
    .selectFrom('budget_version_lines')
    .select(['version_id', 'category_id', (eb) => eb.fn.sum<number>('amount_minor').as('amount_minor')])
    .where('version_id', 'in', versionIds)
    .groupBy(['version_id', 'category_id'])
    .execute();
  // PostgreSQL sums a bigint as numeric, which its driver returns as text.
  return rows.map((r) => ({ ...r, amount_minor: Number(r.amount_minor) }));
}

/** Whether the project has an approved budget version. */
export async function hasApprovedBudget(ex: Executor, projectId: string): Promise<boolean> {
  const row = await ex
    .selectFrom('budget_versions')
    .select('id')
    .where('project_id', '=', projectId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
