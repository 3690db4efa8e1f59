import { allocateArrays } from './arena.js';
import type { Floats } from './floats.js';
import type { TotalFloatMode } from './model.js';
import { C_MFO, C_MSO, F_FINISHED, F_STARTED, F_SUMMARY, F2_LOE } from './network.js';
import { L_FF, L_FS, L_SS } from './network-links.js';
import { calendarOf, isActivity } from './p6-common.js';
import type { PassState } from './pass-state.js';

/**
 * P6 floats in working minutes of each activity's calendar: total float is late minus early
 * finish (or start, or the smaller, per the project option; 0 once finished); free float is the
 * least gap to a successor through its link, less the lag, and may be negative.
 */
export function computeFloatsP6(s: PassState, mode: TotalFloatMode): Floats {
  const t = s.tasks;
  const l = s.links;
  const n = t.count;
  const { total, free } = allocateArrays({ total: ['f64', n], free: ['f64', n] });
  total.fill(Number.NaN);
  free.fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(s.es[i] as number)) continue;
    const flags = t.flags[i] as number;
    const cal = calendarOf(s, i);
    if (flags & F_FINISHED) {
      total[i] = 0;
      free[i] = 0;
      continue;
    }
    const es = s.es[i] as number;
    const ef = s.ef[i] as number;
    const finish = cal.workBetween(ef, s.lf[i] as number);
    const start = cal.workBetween(es, s.ls[i] as number);
    total[i] = mode === 'finish' || flags & F_STARTED ? finish : mode === 'start' ? start : Math.min(start, finish);
    if (flags & F_SUMMARY || (t.flags2[i] as number) & F2_LOE) {
      free[i] = 0;
      continue;
    }
    let ff = Number.POSITIVE_INFINITY;
    const last = l.outStart[i + 1] as number;
    for (let k = l.outStart[i] as number; k < last; k++) {
      const link = l.outEdges[k] as number;
      const q = l.edgeTo[link] as number;
      if (!isActivity(s, q)) continue;
      if (t.cType[i] === C_MFO) {
        ff = Math.min(ff, 0);
        continue;
      }
      const type = l.type[link];
      if (type === L_SS && flags & F_STARTED) {
        ff = Math.min(ff, 0);
        continue;
      }
      const from = (type === L_FS || type === L_FF ? s.ef[i] : s.es[i]) as number;
      const to = (type === L_FS || type === L_SS ? s.es[q] : s.ef[q]) as number;
      ff = Math.min(ff, cal.workBetween(from, to) - (l.lag[link] as number));
    }
    if (ff === Number.POSITIVE_INFINITY) {
      const ct = t.cType[i];
      ff = ct === C_MFO || ct === C_MSO ? 0 : cal.workBetween(s.ef[i] as number, s.projectFinish);
    }
    free[i] = ff;
  }
  return { total, free };
}
