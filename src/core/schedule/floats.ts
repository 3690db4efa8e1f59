import { allocateArrays } from './arena.js';
import type { TotalFloatMode } from './model.js';
import { C_ALAP, F_FINISHED, F_STARTED, F_SUMMARY } from './network.js';
import { L_FF, L_FS, L_SS } from './network-links.js';
import type { PassState } from './pass-state.js';
import { workBetween } from './task-time.js';

/** Float results in working minutes of each task's duration calendar. */
export interface Floats {
  readonly total: Float64Array;
  readonly free: Float64Array;
}

/**
 * Total float of task i: late minus early start, late minus early finish, or the smaller of the two
 * (MS Project; once a task has started only its finish counts). ALAP tasks have none by definition.
 */
export function totalFloatOf(s: PassState, i: number, mode: TotalFloatMode): number {
  const t = s.tasks;
  if (t.cType[i] === C_ALAP && ((t.flags[i] as number) & F_SUMMARY) === 0) return 0;
  const finish = workBetween(t, i, s.ef[i] as number, s.lf[i] as number);
  if (mode === 'finish' || (t.flags[i] as number) & F_STARTED) return finish;
  const start = workBetween(t, i, s.es[i] as number, s.ls[i] as number);
  if (mode === 'start') return start;
  return Math.min(start, finish);
}

/** Free float through one link: how far the predecessor may slip before it delays that successor. */
function freeFloatVia(s: PassState, link: number): number {
  const t = s.tasks;
  const l = s.links;
  const p = l.edgeFrom[link] as number;
  const q = l.edgeTo[link] as number;
  const pAlap = t.cType[p] === C_ALAP;
  const qAlap = t.cType[q] === C_ALAP;
  const type = l.type[link];
  const from = (type === L_FS || type === L_FF ? (pAlap ? s.lf[p] : s.ef[p]) : pAlap ? s.ls[p] : s.es[p]) as number;
  const to = (type === L_FS || type === L_SS ? (qAlap ? s.ls[q] : s.es[q]) : qAlap ? s.lf[q] : s.ef[q]) as number;
  return workBetween(t, p, from, to) - (l.lag[link] as number);
}

/**
 * Total and free float, MS Project's way (summary free float = its total float), for every task or
 * only for the tasks listed in `only` (the caller fills the rest), into new arrays or `into`.
 */
export function computeFloats(s: PassState, mode: TotalFloatMode, only?: Int32Array, into?: Floats): Floats {
  const t = s.tasks;
  const n = t.count;
  const { total, free } = into ?? allocateArrays({ total: ['f64', n], free: ['f64', n] });
  if (!into) {
    total.fill(Number.NaN);
    free.fill(Number.NaN);
  }
  const count = only ? only.length : n;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    if (Number.isNaN(s.es[i] as number)) continue;
    const tf = totalFloatOf(s, i, mode);
    total[i] = tf;
    const flags = t.flags[i] as number;
    if (flags & F_FINISHED) {
      free[i] = 0;
      continue;
    }
    let ff = Number.POSITIVE_INFINITY;
    if ((flags & F_SUMMARY) === 0) {
      const end = s.links.outStart[i + 1] as number;
      for (let k = s.links.outStart[i] as number; k < end; k++) {
        const link = s.links.outEdges[k] as number;
        if ((t.flags[s.links.edgeTo[link] as number] as number) & F_FINISHED) continue;
        const v = freeFloatVia(s, link);
        if (v < ff) ff = v;
      }
    }
    // Free float never exceeds total float (a lead can carry a late finish past the project finish).
    if (ff > tf) ff = tf;
    free[i] = Math.max(ff, 0);
  }
  return { total, free };
}
