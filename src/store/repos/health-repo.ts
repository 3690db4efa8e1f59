import type { HealthOverrideRow, HealthRuleSetRow, HealthSnapshotRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf, selectInChunks } from './chunks.js';

/** The organisation's rule set row id. */
export const ORGANISATION_RULES = 'organisation';

/** The row id of a portfolio's rule set. */
export function portfolioRulesId(portfolioId: string): string {
  return `portfolio:${portfolioId}`;
}

export function findRuleSet(ex: Executor, id: string): Promise<HealthRuleSetRow | undefined> {
  return ex.selectFrom('health_rule_sets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every stored rule set (the organisation's and the portfolios'). */
export function listRuleSets(ex: Executor): Promise<HealthRuleSetRow[]> {
  return ex.selectFrom('health_rule_sets').selectAll().execute();
}

/** Writes a rule set if its version is still `expected` (0: none stored yet); false when it changed meanwhile. */
export async function saveRuleSet(ex: Executor, row: HealthRuleSetRow, expected: number): Promise<boolean> {
  if (expected === 0) {
    await ex.insertInto('health_rule_sets').values(row).execute();
    return true;
  }
  const r = await ex
    .updateTable('health_rule_sets')
    .set({ rules: row.rules, version: row.version, updated_at: row.updated_at, updated_by: row.updated_by })
    .where('id', '=', row.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Overrides of the given projects, with the name of who made each. */
export async function listOverrides(
  ex: Executor,
  projectIds: readonly string[],
): Promise<(HealthOverrideRow & { by_name: string })[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('health_overrides as o')
      .innerJoin('users as u', 'u.id', 'o.by_id')
      .selectAll('o')
      .select('u.name as by_name')
      .where('o.project_id', 'in', ids)
      .execute(),
  );
}

export function findOverride(
  ex: Executor,
  projectId: string,
  dimension: string,
): Promise<HealthOverrideRow | undefined> {
  return ex
    .selectFrom('health_overrides')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('dimension', '=', dimension)
    .executeTakeFirst();
}

export async function upsertOverride(ex: Executor, row: HealthOverrideRow): Promise<void> {
  await ex
    .insertInto('health_overrides')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['project_id', 'dimension'])
        .doUpdateSet({ rag: row.rag, justification: row.justification, by_id: row.by_id, at: row.at }),
    )
    .execute();
}

export async function deleteOverride(ex: Executor, projectId: string, dimension: string): Promise<void> {
  await ex
    .deleteFrom('health_overrides')
    .where('project_id', '=', projectId)
    .where('dimension', '=', dimension)
    .execute();
}

/** The newest snapshot of each given project. */
export async function latestSnapshots(ex: Executor, projectIds: readonly string[]): Promise<HealthSnapshotRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('health_snapshots as s')
      .selectAll('s')
      .where('s.project_id', 'in', ids)
      .where((eb) =>
        eb(
          's.evaluated_at',
          '=',
          eb
            .selectFrom('health_snapshots as n')
            .select((n) => n.fn.max('n.evaluated_at').as('m'))
            .whereRef('n.project_id', '=', 's.project_id'),
        ),
      )
      .execute(),
  );
}

/** A project's snapshots, newest first. */
export function listSnapshots(ex: Executor, projectId: string, limit: number): Promise<HealthSnapshotRow[]> {
  return ex
    .selectFrom('health_snapshots')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('evaluated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertSnapshots(ex: Executor, rows: readonly HealthSnapshotRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 7))
    if (chunk.length) await ex.insertInto('health_snapshots').values(chunk).execute();
}

/**
 * Marks projects for evaluation. A mark renewed while an evaluation runs survives that
 * evaluation's clearing (see clearStale), so a change made meanwhile is evaluated again.
 */
export async function markStale(ex: Executor, projectIds: readonly string[], since: string): Promise<void> {
  const rows = [...new Set(projectIds)].map((project_id) => ({ project_id, since }));
  for (const chunk of chunksOf(rows, 2)) {
    if (chunk.length)
      await ex
        .insertInto('health_stale')
        .values(chunk)
        .onConflict((oc) => oc.column('project_id').doUpdateSet({ since }))
        .execute();
  }
}

/** Marks every project for evaluation (the schedule, a rule change). */
export async function markAllStale(ex: Executor, since: string): Promise<void> {
  await ex
    .insertInto('health_stale')
    .columns(['project_id', 'since'])
    // The WHERE keeps SQLite from reading ON CONFLICT as part of the SELECT (its documented ambiguity).
    .expression((eb) =>
      eb
        .selectFrom('projects')
        .select(['projects.id as project_id', eb.val(since).as('since')])
        .where('projects.id', 'is not', null),
    )
    .onConflict((oc) => oc.column('project_id').doUpdateSet({ since }))
    .execute();
}

/** The oldest marks, up to `limit`. */
export function staleProjects(ex: Executor, limit: number): Promise<{ project_id: string; since: string }[]> {
  return ex.selectFrom('health_stale').selectAll().orderBy('since').limit(limit).execute();
}

/** Clears marks that have not been renewed since they were read (a newer mark stays). */
export async function clearStale(ex: Executor, marks: readonly { project_id: string; since: string }[]): Promise<void> {
  for (const m of marks) {
    await ex.deleteFrom('health_stale').where('project_id', '=', m.project_id).where('since', '=', m.since).execute();
  }
}
