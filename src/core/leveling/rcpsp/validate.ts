import type { RcpspProblem } from './problem.js';

/**
 * Everything wrong with a schedule (start periods per activity), as sentences; empty when it is
 * valid: whole non-negative starts, releases, every link with its lag, and every resource's
 * capacity in every period. Capacity is checked by a sweep over start and finish events, so the
 * cost does not grow with the length of the time axis. At most `limit` problems are listed.
 */
export function validateSchedule(problem: RcpspProblem, starts: ArrayLike<number>, limit = 20): string[] {
  const { n, k, duration, release, demand, capacity, succStart, succ, succLag } = problem;
  const problems: string[] = [];
  const add = (message: string) => problems.length < limit && problems.push(message);
  if (starts.length !== n) return [`expected ${n} starts, got ${starts.length}`];
  for (let j = 0; j < n; j++) {
    const s = starts[j]!;
    if (!Number.isInteger(s) || s < 0) add(`activity ${j}: start ${s} is not a whole period >= 0`);
    else if (s < release[j]!) add(`activity ${j}: starts at ${s}, before its release ${release[j]}`);
  }
  for (let j = 0; j < n; j++) {
    for (let e = succStart[j]!; e < succStart[j + 1]!; e++) {
      const s = succ[e]!;
      const earliest = starts[j]! + duration[j]! + succLag[e]!;
      if (starts[s]! < earliest)
        add(`link ${j} -> ${s} (lag ${succLag[e]}): ${s} starts at ${starts[s]}, before ${earliest}`);
    }
  }
  // Events: +demand at a start, -demand at a finish; finishes before starts at the same period.
  const events: number[] = [];
  for (let j = 0; j < n; j++) {
    if (duration[j]! > 0) events.push(j, ~j);
  }
  const at = (e: number) => (e >= 0 ? starts[e]! : starts[~e]! + duration[~e]!);
  events.sort((a, b) => at(a) - at(b) || (a < 0 ? 0 : 1) - (b < 0 ? 0 : 1));
  const load = new Float64Array(k);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const j = e >= 0 ? e : ~e;
    const sign = e >= 0 ? 1 : -1;
    for (let r = 0; r < k; r++) load[r]! += sign * demand[j * k + r]!;
    const next = events[i + 1];
    if (next !== undefined && at(next) === at(e)) continue;
    for (let r = 0; r < k; r++) {
      if (load[r]! > capacity[r]!)
        add(`resource ${r}: ${load[r]} units in use at period ${at(e)}, capacity ${capacity[r]}`);
    }
  }
  return problems;
}
