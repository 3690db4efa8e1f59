import type { RcpspInput } from '../../src/core/leveling/rcpsp/problem.js';

/*
 * The benchmark's own schedule checker, deliberately not the core's validateSchedule: it reads the
 * plain input (not the compiled problem) and checks capacity period by period on a time-indexed
 * table, so a bug in the core's compiled arrays or its event sweep cannot hide an invalid schedule.
 */

/** What is wrong with `starts` (first problem only), or undefined when the schedule is valid. */
export function checkSchedule(input: RcpspInput, starts: ArrayLike<number>, makespan: number): string | undefined {
  const { activities, links, capacities } = input;
  if (starts.length !== activities.length) return `${starts.length} starts for ${activities.length} activities`;
  let end = 0;
  for (let j = 0; j < activities.length; j++) {
    const s = starts[j]!;
    if (!Number.isInteger(s) || s < (activities[j]!.release ?? 0) || s < 0) return `activity ${j} starts at ${s}`;
    end = Math.max(end, s + activities[j]!.duration);
  }
  if (end !== makespan) return `reported makespan ${makespan}, schedule ends at ${end}`;
  for (const { from, to, lag = 0 } of links) {
    if (starts[to]! < starts[from]! + activities[from]!.duration + lag) return `link ${from} -> ${to} violated`;
  }
  for (let r = 0; r < capacities.length; r++) {
    const use = new Array<number>(end + 1).fill(0);
    activities.forEach((a, j) => {
      for (let t = starts[j]!; t < starts[j]! + a.duration; t++) use[t]! += a.demands[r] ?? 0;
    });
    const t = use.findIndex((u) => u > capacities[r]!);
    if (t >= 0) return `resource ${r} over capacity at period ${t}: ${use[t]} > ${capacities[r]}`;
  }
  return undefined;
}

/** The makespan with resources ignored (longest path through durations and lags), computed here. */
export function criticalPathBound(input: RcpspInput): number {
  const { activities, links } = input;
  const es = activities.map((a) => a.release ?? 0);
  // Bellman-Ford style relaxation: small instances, and independent of the core's topological order.
  for (let round = 0; round <= activities.length; round++) {
    let changed = false;
    for (const { from, to, lag = 0 } of links) {
      const t = es[from]! + activities[from]!.duration + lag;
      if (t > es[to]!) {
        es[to] = t;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return Math.max(...activities.map((a, j) => es[j]! + a.duration));
}
