import type { ResourceRow } from '../schema.js';
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

/** Inserts resources (an import may bring hundreds). */
export async function insertResources(ex: Executor, rows: readonly ResourceRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 21)) {
    if (chunk.length > 0) await ex.insertInto('resources').values(chunk).execute();
  }
}
