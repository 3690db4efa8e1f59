import {
  type PlanChange,
  type PlanHeader,
  type PlanLinks,
  type PlanTask,
  type PlanTasks,
  withFloats,
} from '../../../src/contracts/index.js';

/*
 * Every plan write answers with what it changed; these fold that answer into the cached task and
 * link lists at once, so rescheduled dates show without waiting for a reload. New tasks go in at
 * the row the server gave them so they appear immediately; when the structure changed (rows and
 * WBS codes of other tasks moved) the caller reloads the lists as well.
 */

const newer = (a: PlanHeader, b: PlanHeader) => (b.version >= a.version ? b : a);

/** The cached task list with a write's changes applied. */
export function applyChangeToTasks(data: PlanTasks, change: PlanChange): PlanTasks {
  const plan = newer(data.plan, change.plan);
  if (change.changed.length === 0 && change.deletedTaskIds.length === 0 && !change.floats) {
    return { plan, tasks: data.tasks };
  }
  const changed = new Map(change.changed.map((t) => [t.id, t]));
  const deleted = new Set(change.deletedTaskIds);
  const tasks: PlanTask[] = [];
  for (const t of data.tasks) {
    if (deleted.has(t.id)) continue;
    const next = changed.get(t.id);
    tasks.push(next ?? t);
    if (next) changed.delete(t.id);
  }
  // What is left in `changed` is new: place it at its row, in row order so earlier inserts don't shift later ones.
  for (const t of [...changed.values()].sort((a, b) => a.row - b.row)) {
    tasks.splice(Math.min(Math.max(0, t.row - 1), tasks.length), 0, t);
  }
  // Float-only changes name rows of the new order, which the list now has.
  const floats = change.floats;
  if (floats) {
    floats.row.forEach((row, i) => {
      const t = tasks[row - 1];
      if (t) tasks[row - 1] = withFloats(t, floats, i);
    });
  }
  return { plan, tasks };
}

/** The cached link list with a write's changes applied (links of deleted tasks go too). */
export function applyChangeToLinks(data: PlanLinks, change: PlanChange): PlanLinks {
  const plan = newer(data.plan, change.plan);
  if (change.links.length === 0 && change.deletedLinkIds.length === 0 && change.deletedTaskIds.length === 0) {
    return { plan, links: data.links };
  }
  const updated = new Map(change.links.map((l) => [l.id, l]));
  const deletedLinks = new Set(change.deletedLinkIds);
  const deletedTasks = new Set(change.deletedTaskIds);
  const links = [];
  for (const l of data.links) {
    if (deletedLinks.has(l.id) || deletedTasks.has(l.predecessorId) || deletedTasks.has(l.successorId)) continue;
    links.push(updated.get(l.id) ?? l);
    updated.delete(l.id);
  }
  links.push(...updated.values());
  return { plan, links };
}

/** A freshly fetched list unless the cache already holds a later version (a reload that raced a write). */
export function keepNewest<T extends { plan: PlanHeader }>(cached: T | undefined, fetched: T): T {
  return cached && cached.plan.version > fetched.plan.version ? cached : fetched;
}
