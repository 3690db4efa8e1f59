import type { RcpspInput } from './problem.js';

/*
 * Test helpers for the RCPSP core: an independent serial scheme on plain arrays (no profile, no
 * typed arrays), a brute-force optimum over every precedence-feasible list for tiny instances,
 * and a plain validity check. They share no code with the solver, so the tests compare two
 * implementations rather than one with itself.
 */

/** The serial scheme written the simplest way: scan periods one by one. */
export function naiveSerial(input: RcpspInput, list: readonly number[]): number[] {
  const { activities, links, capacities } = input;
  const start = new Array<number>(activities.length).fill(-1);
  const use: number[][] = capacities.map(() => []);
  for (const j of list) {
    const a = activities[j]!;
    let t = a.release ?? 0;
    for (const l of links)
      if (l.to === j) t = Math.max(t, start[l.from]! + activities[l.from]!.duration + (l.lag ?? 0));
    const fits = (s: number) =>
      capacities.every((cap, r) => {
        for (let u = s; u < s + a.duration; u++) if ((use[r]![u] ?? 0) + (a.demands[r] ?? 0) > cap) return false;
        return true;
      });
    while (!fits(t)) t++;
    start[j] = t;
    capacities.forEach((_, r) => {
      for (let u = t; u < t + a.duration; u++) use[r]![u] = (use[r]![u] ?? 0) + (a.demands[r] ?? 0);
    });
  }
  return start;
}

/** The makespan of starts. */
export const makespanOf = (input: RcpspInput, start: readonly number[]) =>
  Math.max(0, ...input.activities.map((a, j) => start[j]! + a.duration));

/** The optimum of a tiny instance: the best serial schedule over every precedence-feasible list. */
export function bruteForceOptimum(input: RcpspInput): number {
  const n = input.activities.length;
  let best = Number.POSITIVE_INFINITY;
  const list: number[] = [];
  const placed = new Array<boolean>(n).fill(false);
  const ready = (j: number) => input.links.every((l) => l.to !== j || placed[l.from]);
  const walk = () => {
    if (list.length === n) {
      best = Math.min(best, makespanOf(input, naiveSerial(input, list)));
      return;
    }
    for (let j = 0; j < n; j++) {
      if (placed[j] || !ready(j)) continue;
      placed[j] = true;
      list.push(j);
      walk();
      list.pop();
      placed[j] = false;
    }
  };
  walk();
  return best;
}

/** The first thing wrong with a schedule, or undefined: releases, links with lags, capacity per period. */
export function plainViolation(input: RcpspInput, start: ArrayLike<number>): string | undefined {
  const { activities, links, capacities } = input;
  for (let j = 0; j < activities.length; j++) {
    if (start[j]! < (activities[j]!.release ?? 0) || start[j]! < 0) return `activity ${j} starts at ${start[j]}`;
  }
  for (const l of links) {
    if (start[l.to]! < start[l.from]! + activities[l.from]!.duration + (l.lag ?? 0)) return `link ${l.from}->${l.to}`;
  }
  const end = makespanOf(input, Array.from(start));
  for (let t = 0; t < end; t++) {
    for (let r = 0; r < capacities.length; r++) {
      let load = 0;
      activities.forEach((a, j) => {
        if (start[j]! <= t && t < start[j]! + a.duration) load += a.demands[r] ?? 0;
      });
      if (load > capacities[r]!) return `resource ${r} at ${t}: ${load} > ${capacities[r]}`;
    }
  }
  return undefined;
}
