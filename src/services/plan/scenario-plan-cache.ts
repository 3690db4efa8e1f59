import type { Store } from '../../store/db.js';
import type { ScenarioPlan } from './scenario-plan.js';

/*
 * Scenarios' rescheduled plans, by (scenario id, scenario version, live plan version). After each
 * edit in a scenario the plan view reads its tasks, links and impact, and each read recomputed the
 * scenario's plan (apply its ops to the live draft and reschedule): three times the same work. A
 * scenario's plan is a function of its ops (its version) and of the live rows (the live plan's
 * version; versions are never reused), so an entry under both is exact, on any number of app
 * nodes. Entries are shared by readers: never mutate them. Like the plan rows cache, a few are kept
 * per store and the least recently used goes first: one open scenario per user at a time is the
 * normal case, and a 100,000-task scenario plan is tens of megabytes.
 */

/** Scenario plans kept per store. */
const CAPACITY = 4;

interface Entry {
  readonly scenarioVersion: number;
  readonly liveVersion: number;
  readonly plan: ScenarioPlan;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store) {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/** The plan of scenario `id` at `scenarioVersion` on the live plan at `liveVersion`, if this process holds it. */
export function cachedScenarioPlan(
  store: Store,
  id: string,
  scenarioVersion: number,
  liveVersion: number,
): ScenarioPlan | undefined {
  const cache = cacheOf(store);
  const entry = cache.get(id);
  if (!entry || entry.scenarioVersion !== scenarioVersion || entry.liveVersion !== liveVersion) return undefined;
  cache.delete(id);
  cache.set(id, entry);
  return entry.plan;
}

/** Remembers a scenario's plan (only once its version is committed). */
export function rememberScenarioPlan(
  store: Store,
  id: string,
  scenarioVersion: number,
  liveVersion: number,
  plan: ScenarioPlan,
): void {
  const cache = cacheOf(store);
  cache.delete(id);
  cache.set(id, { scenarioVersion, liveVersion, plan });
  while (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
}
