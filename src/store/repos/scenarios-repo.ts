import type { ScenarioRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A scenario is only ever found through its owner: other users' scenarios do not exist for them. */
interface Owned {
  readonly projectId: string;
  readonly ownerId: string;
}

export async function insertScenario(ex: Executor, row: ScenarioRow): Promise<void> {
  await ex.insertInto('scenarios').values(row).execute();
}

/** The owner's scenarios of a project, by name. */
export async function listScenarios(ex: Executor, o: Owned): Promise<ScenarioRow[]> {
  return ex
    .selectFrom('scenarios')
    .selectAll()
    .where('project_id', '=', o.projectId)
    .where('owner_id', '=', o.ownerId)
    .orderBy('name')
    .execute();
}

export async function findScenario(ex: Executor, o: Owned, id: string): Promise<ScenarioRow | undefined> {
  return ex
    .selectFrom('scenarios')
    .selectAll()
    .where('id', '=', id)
    .where('project_id', '=', o.projectId)
    .where('owner_id', '=', o.ownerId)
    .executeTakeFirst();
}

/** True when the owner already has a scenario of that name on the project (other than `exceptId`). */
export async function nameTaken(ex: Executor, o: Owned, name: string, exceptId?: string): Promise<boolean> {
  let q = ex
    .selectFrom('scenarios')
    .select('id')
    .where('project_id', '=', o.projectId)
    .where('owner_id', '=', o.ownerId)
    .where('name', '=', name);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Writes `patch` and the next version if the row is still at `version`; false when it is not (or gone). */
export async function updateScenario(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<Pick<ScenarioRow, 'name' | 'steps' | 'op_count' | 'updated_at'>>,
): Promise<boolean> {
  const result = await ex
    .updateTable('scenarios')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the row if it is still at `version`; false when it is not (or gone). */
export async function deleteScenario(ex: Executor, id: string, version: number): Promise<boolean> {
  const result = await ex
    .deleteFrom('scenarios')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
