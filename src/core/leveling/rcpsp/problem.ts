import { DomainError } from '../../errors.js';

/*
 * The single-mode resource-constrained project scheduling problem (RCPSP) on integer time: every
 * figure is a whole number of periods (days for PSPLIB, whatever unit the caller chose otherwise).
 * The problem is compiled once into typed arrays (CSR adjacency, flattened demands) so that the
 * schedule generation schemes, which run thousands of times per solve, never allocate.
 */

/** One activity as the caller describes it: duration in periods, units per resource, earliest start period. */
export interface RcpspActivityInput {
  readonly duration: number;
  /** Units of each resource held for the whole duration, one entry per resource (missing = 0). */
  readonly demands: readonly number[];
  /** Earliest start (release) period; default 0. */
  readonly release?: number;
}

/** A finish-to-start link: `to` starts at least `lag` periods (may be negative) after `from` finishes. */
export interface RcpspLinkInput {
  readonly from: number;
  readonly to: number;
  readonly lag?: number;
}

/** A whole problem: resource capacities (units per period), activities, links by activity index. */
export interface RcpspInput {
  readonly capacities: readonly number[];
  readonly activities: readonly RcpspActivityInput[];
  readonly links: readonly RcpspLinkInput[];
}

/** A compiled RCPSP: typed arrays indexed by activity (0..n-1) and resource (0..k-1); times in periods. */
export interface RcpspProblem {
  readonly n: number;
  readonly k: number;
  readonly duration: Int32Array;
  readonly release: Int32Array;
  readonly capacity: Int32Array;
  /** Units of resource r held by activity j: demand[j * k + r]. */
  readonly demand: Int32Array;
  /** The resources activity j uses (demand > 0): useRes/useQty[useStart[j] .. useStart[j + 1]). */
  readonly useStart: Int32Array;
  readonly useRes: Int32Array;
  readonly useQty: Int32Array;
  /** Successors of j with the link lag (periods): succ/succLag[succStart[j] .. succStart[j + 1]). */
  readonly succStart: Int32Array;
  readonly succ: Int32Array;
  readonly succLag: Int32Array;
  /** Predecessors of j, likewise. */
  readonly predStart: Int32Array;
  readonly pred: Int32Array;
  readonly predLag: Int32Array;
  /** A topological order of the activities, and each activity's position in it. */
  readonly topo: Int32Array;
  readonly rank: Int32Array;
  readonly hasNegativeLag: boolean;
  /** No schedule a serial scheme builds ends later than this (periods). */
  readonly horizonBound: number;
}

/** Bounds on what the compiler accepts, so a hostile input costs neither memory nor time. */
export const RCPSP_LIMITS = {
  activities: 200_000,
  resources: 1_000,
  links: 2_000_000,
  /** Any single duration, lag, release or capacity (periods or units). */
  value: 100_000_000,
  /** The sum of durations, releases and lags: the time axis the resource profile may need. */
  horizon: 1_000_000_000,
} as const;

const bad = (field: string, reason: string) =>
  new DomainError('validation_failed', `${field}: ${reason}`, { issues: [{ path: field, message: reason }] });

function intIn(value: unknown, min: number, max: number, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(field, `expected an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/** Compiles and checks an RCPSP; a DomainError 'validation_failed' names the first bad field (cycles included). */
export function compileRcpsp(input: RcpspInput): RcpspProblem {
  const { value: maxValue } = RCPSP_LIMITS;
  const n = intIn(input.activities.length, 1, RCPSP_LIMITS.activities, 'activities');
  const k = intIn(input.capacities.length, 0, RCPSP_LIMITS.resources, 'capacities');
  const m = intIn(input.links.length, 0, RCPSP_LIMITS.links, 'links');
  const capacity = new Int32Array(k);
  for (let r = 0; r < k; r++) capacity[r] = intIn(input.capacities[r], 0, maxValue, `capacities.${r}`);
  const duration = new Int32Array(n);
  const release = new Int32Array(n);
  const demand = new Int32Array(n * k);
  const useStart = new Int32Array(n + 1);
  let uses = 0;
  let horizon = 0;
  let maxRelease = 0;
  for (let j = 0; j < n; j++) {
    const a = input.activities[j]!;
    duration[j] = intIn(a.duration, 0, maxValue, `activities.${j}.duration`);
    release[j] = intIn(a.release ?? 0, 0, maxValue, `activities.${j}.release`);
    if (a.demands.length > k) throw bad(`activities.${j}.demands`, `expected at most ${k} entries`);
    for (let r = 0; r < a.demands.length; r++) {
      const q = intIn(a.demands[r], 0, maxValue, `activities.${j}.demands.${r}`);
      if (q > capacity[r]!) {
        throw bad(
          `activities.${j}.demands.${r}`,
          `needs ${q} units but the resource has ${capacity[r]}: no schedule exists`,
        );
      }
      demand[j * k + r] = q;
      if (q > 0 && duration[j]! > 0) uses++;
    }
    horizon += duration[j]!;
    maxRelease = Math.max(maxRelease, release[j]!);
  }
  const useRes = new Int32Array(uses);
  const useQty = new Int32Array(uses);
  for (let j = 0, u = 0; j < n; j++) {
    useStart[j] = u;
    if (duration[j]! > 0) {
      for (let r = 0; r < k; r++) {
        const q = demand[j * k + r]!;
        if (q > 0) {
          useRes[u] = r;
          useQty[u++] = q;
        }
      }
    }
    useStart[j + 1] = u;
  }
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const lag = new Int32Array(m);
  const outDeg = new Int32Array(n + 1);
  const inDeg = new Int32Array(n + 1);
  let hasNegativeLag = false;
  for (let e = 0; e < m; e++) {
    const l = input.links[e]!;
    from[e] = intIn(l.from, 0, n - 1, `links.${e}.from`);
    to[e] = intIn(l.to, 0, n - 1, `links.${e}.to`);
    if (from[e] === to[e]) throw bad(`links.${e}`, 'an activity cannot precede itself');
    lag[e] = intIn(l.lag ?? 0, -maxValue, maxValue, `links.${e}.lag`);
    if (lag[e]! < 0) hasNegativeLag = true;
    else horizon += lag[e]!;
    outDeg[from[e]!]!++;
    inDeg[to[e]!]!++;
  }
  horizon += maxRelease;
  if (horizon > RCPSP_LIMITS.horizon) {
    throw bad(
      'activities',
      `durations, lags and releases add up to ${horizon} periods (limit ${RCPSP_LIMITS.horizon})`,
    );
  }
  const [succStart, succ, succLag] = csr(n, outDeg, from, to, lag);
  const [predStart, pred, predLag] = csr(n, inDeg, to, from, lag);
  const topo = topologicalOrder(n, succStart, succ, predStart);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[topo[i]!] = i;
  return {
    n,
    k,
    duration,
    release,
    capacity,
    demand,
    useStart,
    useRes,
    useQty,
    succStart,
    succ,
    succLag,
    predStart,
    pred,
    predLag,
    topo,
    rank,
    hasNegativeLag,
    horizonBound: horizon,
  };
}

function csr(n: number, degree: Int32Array, key: Int32Array, other: Int32Array, lag: Int32Array) {
  const start = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) start[j + 1] = start[j]! + degree[j]!;
  const fill = start.slice(0, n);
  const node = new Int32Array(key.length);
  const nodeLag = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) {
    const at = fill[key[e]!]!++;
    node[at] = other[e]!;
    nodeLag[at] = lag[e]!;
  }
  return [start, node, nodeLag] as const;
}

/** Kahn's order, smallest index first among the ready; a cycle is refused naming one activity on it. */
function topologicalOrder(n: number, succStart: Int32Array, succ: Int32Array, predStart: Int32Array): Int32Array {
  const remaining = new Int32Array(n);
  const order = new Int32Array(n);
  let tail = 0;
  for (let j = 0; j < n; j++) {
    remaining[j] = predStart[j + 1]! - predStart[j]!;
    if (remaining[j] === 0) order[tail++] = j;
  }
  for (let head = 0; head < tail; head++) {
    const j = order[head]!;
    for (let e = succStart[j]!; e < succStart[j + 1]!; e++) {
      const s = succ[e]!;
      if (--remaining[s]! === 0) order[tail++] = s;
    }
  }
  if (tail < n) {
    const stuck = remaining.findIndex((c) => c > 0);
    throw bad('links', `the links form a cycle through activity ${stuck}`);
  }
  return order;
}
