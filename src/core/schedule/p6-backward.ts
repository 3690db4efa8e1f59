import {
  C_ALAP,
  C_FINISH_ON,
  C_FNLT,
  C_MFO,
  C_MSO,
  C_SNLT,
  C_START_ON,
  F_FINISH_MILESTONE,
  F_MILESTONE,
} from './network.js';
import { L_FF, L_FS, L_SF, L_SS } from './network-links.js';
import {
  actualMinutes,
  elapsedLag,
  equivalentNextWorkStart,
  FINISHED,
  isActivity,
  lagOf,
  NOT,
  nextWorkStart,
  p6Finish,
  p6Start,
  prevWorkFinish,
  progressOf,
  removeLag,
  STARTED,
} from './p6-common.js';
import type { PassState } from './pass-state.js';

/*
 * Primavera P6's backward pass (after MPXJ's PrimaveraScheduler, re-derived): late finishes from
 * successors, the unused part of a lag only once a predecessor has progressed, constraints and
 * secondary constraints, and the ALAP adjustment of early dates.
 */

/** The part of a lag still to come after the data date, counted from `from`. */
function remainingLag(s: PassState, link: number, from: number): number {
  return lagOf(s, link) - elapsedLag(s, link, from);
}

function lateStartForStartStart(
  s: PassState,
  link: number,
  p: number,
  q: number,
  pState: number,
  qState: number,
): number {
  const lag = lagOf(s, link);
  const ls = s.ls[q] as number;
  if (pState === NOT) {
    if (qState !== NOT) return p6Finish(s, p, removeLag(s, link, ls), true);
    if (lag === 0) {
      const lf = p6Finish(s, p, nextWorkStart(s, p, ls), true);
      const succHasSuccessors = (s.links.outStart[q + 1] as number) > (s.links.outStart[q] as number);
      return !succHasSuccessors && (s.lf[q] as number) < lf ? (s.lf[q] as number) : lf;
    }
    return p6Finish(s, p, nextWorkStart(s, p, removeLag(s, link, ls)), true);
  }
  let start = ls;
  if (pState === FINISHED) {
    if (lag > 0 && qState !== STARTED) {
      const left = remainingLag(s, link, s.tasks.actualStart[p] as number);
      if (left > 0) start = removeLag(s, link, ls, left);
    }
  } else if (lag > 0 && qState !== FINISHED) {
    const done = actualMinutes(s, p);
    if (done < lag) start = removeLag(s, link, ls, lag - done);
  }
  return p6Finish(s, p, start, true);
}

function lateFinishForFinishFinish(s: PassState, link: number, p: number, pState: number, qState: number): number {
  const lf = s.lf[s.links.edgeTo[link] as number] as number;
  if (pState !== FINISHED) return removeLag(s, link, lf);
  if (lagOf(s, link) > 0 && qState !== STARTED) {
    const left = remainingLag(s, link, s.tasks.actualFinish[p] as number);
    if (left > 0) return removeLag(s, link, lf, left);
  }
  return lf;
}

function lateFinishForStartFinish(s: PassState, link: number, p: number, pState: number, qState: number): number {
  const lf = s.lf[s.links.edgeTo[link] as number] as number;
  const lag = lagOf(s, link);
  if (pState === NOT) return removeLag(s, link, p6Finish(s, p, lf, false));
  if (pState === FINISHED) return qState === FINISHED ? lf : removeLag(s, link, p6Finish(s, p, lf, false));
  if (qState === STARTED) return removeLag(s, link, p6Finish(s, p, lf, false));
  if (qState === FINISHED && lag > 0) {
    const left = remainingLag(s, link, s.tasks.actualStart[p] as number);
    if (left > 0) return removeLag(s, link, p6Finish(s, p, lf, false), left);
  }
  return p6Finish(s, p, lf, true);
}

function lateFinishForFinishStart(
  s: PassState,
  link: number,
  p: number,
  q: number,
  pState: number,
  qState: number,
): number {
  const ls = s.ls[q] as number;
  const lag = lagOf(s, link);
  if (qState === FINISHED) {
    if (pState === FINISHED && lag > 0) {
      const left = remainingLag(s, link, s.tasks.actualFinish[p] as number);
      if (left > 0) return removeLag(s, link, ls, left);
    }
    return ls;
  }
  if (qState === STARTED && pState !== NOT) {
    // Once the successor has done work, the link no longer holds it back.
    return actualMinutes(s, q) === 0 ? removeLag(s, link, ls) : ls;
  }
  if (pState === FINISHED) {
    if (lag <= 0) return ls;
    const left = remainingLag(s, link, s.tasks.actualFinish[p] as number);
    return left > 0 ? removeLag(s, link, ls, left) : ls;
  }
  return removeLag(s, link, ls);
}

/** Late finish the predecessor of `link` gets from its successor, clamped to the project finish. */
function lateFinishVia(s: PassState, link: number): number {
  const p = s.links.edgeFrom[link] as number;
  const q = s.links.edgeTo[link] as number;
  const pState = progressOf(s, p);
  const qState = progressOf(s, q);
  let lf: number;
  switch (s.links.type[link]) {
    case L_SS:
      lf = lateStartForStartStart(s, link, p, q, pState, qState);
      break;
    case L_FF:
      lf = lateFinishForFinishFinish(s, link, p, pState, qState);
      break;
    case L_SF:
      lf = lateFinishForStartFinish(s, link, p, pState, qState);
      break;
    default:
      lf = lateFinishForFinishStart(s, link, p, q, pState, qState);
  }
  return lf > s.projectFinish ? prevWorkFinish(s, p, s.projectFinish) : lf;
}

/** ALAP: the early dates move as late as the successors' early dates allow. */
function alapEarlyStart(s: PassState, link: number): number {
  const p = s.links.edgeFrom[link] as number;
  const q = s.links.edgeTo[link] as number;
  switch (s.links.type[link]) {
    case L_SS:
      return removeLag(s, link, s.es[q] as number);
    case L_FS:
      if (progressOf(s, p) !== FINISHED) return removeLag(s, link, p6Start(s, p, s.es[q] as number, true));
      return progressOf(s, q) === FINISHED ? s.statusDate : equivalentNextWorkStart(s, p, s.statusDate);
    case L_FF:
      return p6Start(s, p, removeLag(s, link, s.ef[q] as number), true);
    default:
      return Number.POSITIVE_INFINITY;
  }
}

function alapAdjust(s: PassState, i: number): void {
  s.preAlapEarly.set(i, [s.es[i] as number, s.ef[i] as number]);
  let es = Number.POSITIVE_INFINITY;
  let any = false;
  const last = s.links.outStart[i + 1] as number;
  for (let k = s.links.outStart[i] as number; k < last; k++) {
    const link = s.links.outEdges[k] as number;
    if (!isActivity(s, s.links.edgeTo[link] as number)) continue;
    any = true;
    es = Math.min(es, alapEarlyStart(s, link));
  }
  if (!any) {
    s.ef[i] = s.projectFinish;
    s.es[i] = p6Start(s, i, s.projectFinish, true);
  } else if (es !== Number.POSITIVE_INFINITY) {
    s.es[i] = es;
    s.ef[i] = p6Finish(s, i, es, true);
  }
}

/** Backward pass over one activity (P6 rules). */
export function backwardTaskP6(s: PassState, i: number): void {
  const t = s.tasks;
  const state = progressOf(s, i);
  let lf = Number.POSITIVE_INFINITY;
  const last = s.links.outStart[i + 1] as number;
  for (let k = s.links.outStart[i] as number; k < last; k++) {
    const link = s.links.outEdges[k] as number;
    if (!isActivity(s, s.links.edgeTo[link] as number)) continue;
    lf = Math.min(lf, lateFinishVia(s, link));
  }
  if (lf === Number.POSITIVE_INFINITY) lf = Number.isNaN(s.mustFinishBy) ? s.projectFinish : s.mustFinishBy;
  if (state !== FINISHED) {
    const cd = t.cDate[i] as number;
    switch (t.cType[i]) {
      case C_START_ON:
        if (state === NOT) lf = Math.min(lf, p6Finish(s, i, cd, false));
        break;
      case C_MSO:
        if (state === NOT) lf = p6Finish(s, i, cd, false);
        break;
      case C_MFO:
        lf = cd;
        break;
      case C_SNLT:
        lf = Math.min(lf, p6Finish(s, i, cd, false));
        break;
      case C_FINISH_ON:
      case C_FNLT:
        lf = Math.min(lf, cd);
        break;
    }
    const c2 = t.c2Type[i];
    if (c2 === C_SNLT) lf = Math.min(lf, p6Finish(s, i, t.c2Date[i] as number, false));
    else if (c2 === C_FNLT) lf = Math.min(lf, t.c2Date[i] as number);
    lf = prevWorkFinish(s, i, lf);
  }
  let ls = p6Start(s, i, lf, true);
  const flags = t.flags[i] as number;
  const startMilestone = (flags & F_MILESTONE) !== 0 && (flags & F_FINISH_MILESTONE) === 0;
  if (startMilestone || ((flags & F_FINISH_MILESTONE) === 0 && (t.remaining[i] as number) > 0)) {
    ls = nextWorkStart(s, i, ls);
  }
  s.ls[i] = ls;
  s.lf[i] = lf;
  if (t.cType[i] === C_ALAP) alapAdjust(s, i);
}
