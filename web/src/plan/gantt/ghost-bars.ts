import type { PlanTask } from '../../../../src/contracts/index.js';
import type { BaselineDates } from './timeline.js';

/*
 * A scenario's chart draws, behind its bars, the live plan's bar of every task the scenario moves:
 * a faint ghost shows where the task is today, so the planner sees what moved and by how much.
 * Tasks whose dates did not move get none, so the ghosts are the difference and nothing else.
 */

/** The live dates of each task of `shown` (a scenario's tasks) whose start or finish differs from `live`'s. */
export function ghostBarsOf(live: readonly PlanTask[], shown: readonly PlanTask[]): Map<string, BaselineDates> {
  const liveById = new Map<string, PlanTask>();
  for (const t of live) liveById.set(t.id, t);
  const ghosts = new Map<string, BaselineDates>();
  for (const t of shown) {
    const before = liveById.get(t.id);
    if (!before || (before.start === t.start && before.finish === t.finish)) continue;
    if (before.start === null && before.finish === null) continue;
    ghosts.set(t.id, { start: before.start, finish: before.finish });
  }
  return ghosts;
}
