import type { Store } from '../../store/db.js';
import type { LinkRow, TaskRow } from '../../store/schema.js';

/**
 * The task and link rows of recently edited plans, by project and plan version. Every write to a
 * plan's tasks or links claims a new version first, so rows cached under version v are exactly
 * the rows at v, on any number of app nodes: a node that missed another's write asks for a version
 * it does not hold and reads the database. Entries are added only after their transaction
 * commits. Saves reading ten thousand rows back before each edit of a big plan.
 */
export interface PlanRows {
  readonly tasks: readonly TaskRow[];
  readonly links: readonly LinkRow[];
}

/** Plans kept per store; the least recently used goes first. */
const CAPACITY = 8;
/** Plans smaller than this are read quickly enough that caching them only costs memory. */
export const MIN_TASKS = 500;

const caches = new WeakMap<Store, Map<string, { version: number; rows: PlanRows }>>();

function cacheOf(store: Store) {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/** The rows of `projectId` at `version`, if this process holds them. Rows are shared: never mutate them. */
export function cachedPlanRows(store: Store, projectId: string, version: number): PlanRows | undefined {
  const cache = cacheOf(store);
  const entry = cache.get(projectId);
  if (!entry || entry.version !== version) return undefined;
  cache.delete(projectId);
  cache.set(projectId, entry);
  return entry.rows;
}

/** Remembers the rows of a committed plan version. */
export function rememberPlanRows(store: Store, projectId: string, version: number, rows: PlanRows): void {
  const cache = cacheOf(store);
  cache.delete(projectId);
  if (rows.tasks.length < MIN_TASKS) return;
  cache.set(projectId, { version, rows });
  while (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
}
