import type { ResourceRow, ResourceSettingsRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf, selectInChunks } from './chunks.js';

/*
 * The organisation's resource pool (migration 0015). The JSON list columns (skills, exceptions,
 * max_units, rates) are parsed by the services with the contracts' schemas, not here.
 */

/** Every resource, active ones only unless told, by kind and name. */
export async function listResources(ex: Executor, { includeInactive = false } = {}): Promise<ResourceRow[]> {
  let q = ex.selectFrom('resources').selectAll();
  if (!includeInactive) q = q.where('active', '=', 1);
  return q.orderBy('kind').orderBy('name').orderBy('id').execute();
}

/** One resource, or undefined. */
export async function findResource(ex: Executor, id: string): Promise<ResourceRow | undefined> {
  return ex.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The resources with these ids (any state). */
export async function resourcesByIds(ex: Executor, ids: readonly string[]): Promise<ResourceRow[]> {
  return selectInChunks([...new Set(ids)], (chunk) =>
    ex.selectFrom('resources').selectAll().where('id', 'in', chunk).execute(),
  );
}

/** The resource linked to a user, if any. */
export async function resourceOfUser(ex: Executor, userId: string): Promise<ResourceRow | undefined> {
  return ex.selectFrom('resources').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The resource with this code (codes are unique), if any. */
export async function resourceByCode(ex: Executor, code: string): Promise<ResourceRow | undefined> {
  return ex.selectFrom('resources').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Inserts resources (an import may bring hundreds). */
export async function insertResources(ex: Executor, rows: readonly ResourceRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 21)) {
    if (chunk.length > 0) await ex.insertInto('resources').values(chunk).execute();
  }
}

/** Writes a resource if it is still at `expected` version (the row carries the next one); false when someone changed it first. */
export async function updateResource(ex: Executor, row: ResourceRow, expected: number): Promise<boolean> {
  const { id, created_at: _created, ...fields } = row;
  const r = await ex
    .updateTable('resources')
    .set(fields)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes a resource (the caller has checked nothing references it). */
export async function deleteResource(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('resources').where('id', '=', id).execute();
}

/** How many assignments and resource requests name each of these resources (absent: none). */
export async function resourceUsage(ex: Executor, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (rows: { id: string; n: number | string | bigint }[]) => {
    for (const r of rows) counts.set(r.id, (counts.get(r.id) ?? 0) + Number(r.n));
  };
  // 1,000 ids a statement (chunksOf counts bound parameters per row).
  for (const chunk of chunksOf([...new Set(ids)], 30)) {
    if (chunk.length === 0) continue;
    add(
      await ex
        .selectFrom('assignments')
        .select((eb) => ['resource_id as id', eb.fn.countAll<number>().as('n')])
        .where('resource_id', 'in', chunk)
        .groupBy('resource_id')
        .execute(),
    );
    add(
      await ex
        .selectFrom('resource_requests')
        .select((eb) => ['resource_id as id', eb.fn.countAll<number>().as('n')])
        .where('resource_id', 'in', chunk)
        .groupBy('resource_id')
        .execute(),
    );
    const fulfilled = await ex
      .selectFrom('resource_requests')
      .select((eb) => ['fulfilled_by_resource_id as id', eb.fn.countAll<number>().as('n')])
      .where('fulfilled_by_resource_id', 'in', chunk)
      .groupBy('fulfilled_by_resource_id')
      .execute();
    add(fulfilled.flatMap((r) => (r.id === null ? [] : [{ id: r.id, n: r.n }])));
  }
  return counts;
}

/** How many people have this generic role. */
export async function countHoldersOfRole(ex: Executor, roleId: string): Promise<number> {
  const r = await ex
    .selectFrom('resources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role_id', '=', roleId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The organisation's capacity settings row ('organisation'), if it was ever written. */
export async function findResourceSettings(ex: Executor): Promise<ResourceSettingsRow | undefined> {
  return ex.selectFrom('resource_settings').selectAll().where('id', '=', 'organisation').executeTakeFirst();
}

/** Inserts the settings row unless it exists (two first writers do not collide: the second then meets the version). */
export async function ensureResourceSettings(ex: Executor, row: ResourceSettingsRow): Promise<void> {
  await ex
    .insertInto('resource_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Writes the settings if still at `expected` version; false when someone changed them first. */
export async function updateResourceSettings(
  ex: Executor,
  row: ResourceSettingsRow,
  expected: number,
): Promise<boolean> {
  const { id, ...fields } = row;
  const r = await ex
    .updateTable('resource_settings')
    .set(fields)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
