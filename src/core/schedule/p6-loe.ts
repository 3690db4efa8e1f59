import { F2_LOE } from './network.js';
import { L_FF, L_FS, L_SS } from './network-links.js';
import {
  addLag,
  FINISHED,
  isActivity,
  NOT,
  nextWorkStart,
  prevWorkFinish,
  progressOf,
  removeLag,
} from './p6-common.js';
import type { PassState } from './pass-state.js';

/*
 * P6 level-of-effort activities: no duration of their own; they stretch from the earliest date
 * their predecessors and successors allow to the latest (after MPXJ's PrimaveraScheduler,
 * re-derived). A date taken from progress (an actual date) counts as actual: it is not moved up
 * to the data date.
 */

/** A date and whether it comes from an actual date. */
interface Bound {
  value: number;
  actual: boolean;
}

function earlier(current: Bound | null, value: number, actual = false): Bound {
  return current === null || value < current.value ? { value, actual } : current;
}

function later(current: Bound | null, value: number, actual = false): Bound {
  return current === null || value > current.value ? { value, actual } : current;
}

function levelOfEffort(s: PassState, i: number): void {
  const t = s.tasks;
  const l = s.links;
  let esP: Bound | null = null;
  let efP: Bound | null = null;
  let lsP: Bound | null = null;
  let lfP: Bound | null = null;
  const finish = (d: number) => prevWorkFinish(s, i, d);
  const lastIn = l.inStart[i + 1] as number;
  for (let k = l.inStart[i] as number; k < lastIn; k++) {
    const link = l.inEdges[k] as number;
    const p = l.edgeFrom[link] as number;
    const state = progressOf(s, p);
    const type = l.type[link];
    if (type === L_SS) {
      esP =
        state === NOT
          ? earlier(esP, addLag(s, link, s.es[p] as number))
          : earlier(esP, addLag(s, link, t.actualStart[p] as number), true);
      lsP = earlier(lsP, addLag(s, link, s.ls[p] as number));
    } else if (type === L_FS) {
      if (state !== FINISHED) {
        esP = earlier(esP, addLag(s, link, s.ef[p] as number));
        lsP = earlier(lsP, addLag(s, link, s.lf[p] as number));
      } else {
        esP = earlier(esP, addLag(s, link, t.actualFinish[p] as number), true);
        lsP = earlier(lsP, addLag(s, link, t.actualFinish[p] as number), true);
      }
    } else if (type === L_FF) {
      if (state !== FINISHED) {
        efP = later(efP, finish(addLag(s, link, s.ef[p] as number)));
        lfP = later(lfP, finish(addLag(s, link, s.lf[p] as number)));
      } else {
        efP = later(efP, addLag(s, link, t.actualFinish[p] as number), true);
        lfP = later(lfP, addLag(s, link, t.actualFinish[p] as number), true);
      }
    } else if (state === NOT) {
      efP = later(efP, finish(addLag(s, link, s.es[p] as number)));
      lfP = later(lfP, finish(addLag(s, link, s.ls[p] as number)));
    } else {
      efP = later(efP, addLag(s, link, t.actualStart[p] as number), true);
      lfP = later(lfP, addLag(s, link, t.actualStart[p] as number), true);
    }
  }
  let esS: Bound | null = null;
  let efS: Bound | null = null;
  let lsS: Bound | null = null;
  let lfS: Bound | null = null;
  const lastOut = l.outStart[i + 1] as number;
  for (let k = l.outStart[i] as number; k < lastOut; k++) {
    const link = l.outEdges[k] as number;
    const q = l.edgeTo[link] as number;
    const state = progressOf(s, q);
    const type = l.type[link];
    if (type === L_SS || type === L_FS) {
      if (state !== NOT) {
        const at = removeLag(s, link, t.actualStart[q] as number);
        if (type === L_SS) {
          esS = earlier(esS, at, true);
          lsS = earlier(lsS, at, true);
        } else {
          efS = later(efS, at, true);
          lfS = later(lfS, at, true);
        }
      } else if (type === L_SS) {
        esS = earlier(esS, removeLag(s, link, s.es[q] as number));
        lsS = earlier(lsS, removeLag(s, link, s.ls[q] as number));
      } else {
        efS = later(efS, finish(removeLag(s, link, s.es[q] as number)));
        lfS = later(lfS, finish(removeLag(s, link, s.ls[q] as number)));
      }
    } else if (state === FINISHED) {
      const at = removeLag(s, link, t.actualFinish[q] as number);
      if (type === L_FF) {
        efS = later(efS, at, true);
        lfS = later(lfS, at, true);
      } else {
        esS = earlier(esS, at, true);
        lsS = earlier(lsS, at, true);
      }
    } else if (type === L_FF) {
      efS = later(efS, finish(removeLag(s, link, s.ef[q] as number)));
      lfS = later(lfS, finish(removeLag(s, link, s.lf[q] as number)));
    } else {
      esS = earlier(esS, removeLag(s, link, s.ef[q] as number));
      lsS = earlier(lsS, removeLag(s, link, s.lf[q] as number));
    }
  }
  const pick = (a: Bound | null, b: Bound | null, min: boolean): Bound | null =>
    a === null ? b : b === null ? a : (min ? a.value <= b.value : a.value >= b.value) ? a : b;
  let es = pick(esP, esS, true) ?? { value: nextWorkStart(s, i, s.statusDate), actual: false };
  let ef = pick(efP, efS, false) ?? es;
  const lf = pick(lfP, lfS, false) ?? { value: s.projectFinish, actual: false };
  let ls = pick(lsP, lsS, true) ?? lf;
  if (es.value < s.statusDate)
    es = es.actual
      ? { value: s.statusDate, actual: true }
      : { value: nextWorkStart(s, i, s.statusDate), actual: false };
  if (!ef.actual) {
    if (ef.value < s.statusDate) ef = { value: s.statusDate, actual: false };
    if (ef.value < es.value) ef = es;
  }
  if (ls.value > lf.value) ls = lf;
  s.es[i] = nextWorkStart(s, i, es.value);
  s.ef[i] = ef.value;
  s.ls[i] = nextWorkStart(s, i, ls.value);
  s.lf[i] = lf.value;
}

/** Places every level-of-effort activity, in link order (one may hang off another). */
export function levelOfEffortPass(s: PassState): void {
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    if (!isActivity(s, i) && (s.tasks.flags2[i] as number) & F2_LOE) levelOfEffort(s, i);
  }
}
