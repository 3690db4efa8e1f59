import { C_FINISH_ON, C_FNET, C_MFO, C_MSO, C_SNET, C_START_ON, F_FINISH_MILESTONE } from './network.js';
import { L_FF, L_FS, L_SS } from './network-links.js';
import {
  actualMinutes,
  addLag,
  elapsedLag,
  equivalentNextWorkStart,
  FINISHED,
  isActivity,
  lagOf,
  NOT,
  nextWorkStart,
  p6Finish,
  p6Start,
  progressOf,
  STARTED,
} from './p6-common.js';
import type { PassState } from './pass-state.js';
import { delayedStart, levelingDelayOf } from './task-time.js';

/*
 * Primavera P6's forward pass (rules as reverse-engineered by MPXJ's PrimaveraScheduler,
 * re-derived here). Lags count on the lag calendar of the project options, a lead never reaches
 * back before the data date, and a predecessor in progress has already used up part of a lag.
 */

/** Early start from a finish: the finish less the remaining duration, not before the project start. */
function startFromFinish(s: PassState, q: number, finish: number): number {
  const es = p6Start(s, q, finish, true);
  return Math.max(es, s.projectStart);
}

function viaFinishStart(s: PassState, link: number, p: number, pState: number, qState: number): number {
  const lag = lagOf(s, link);
  const ef = s.ef[p] as number;
  if (pState === FINISHED) {
    if (qState !== NOT || lag <= 0) return ef;
    const done = elapsedLag(s, link, s.tasks.actualFinish[p] as number);
    return lag > done ? addLag(s, link, ef, lag - done) : ef;
  }
  return lag === 0 ? ef : addLag(s, link, ef);
}

function viaStartStart(s: PassState, link: number, p: number, pState: number, qState: number): number {
  const lag = lagOf(s, link);
  const es = s.es[p] as number;
  if (pState === NOT) {
    if (qState === NOT && lag === 0) return s.tasks.calendars[s.links.lagCal[link] as number]?.nextWorkStart(es) ?? es;
    return addLag(s, link, es);
  }
  if (pState === FINISHED) {
    const as = s.tasks.actualStart[p] as number;
    if (qState === FINISHED) return es;
    if (qState === STARTED && lag <= 0) return es;
    if (qState === NOT && lag < 0) return addLag(s, link, as);
    const x = addLag(s, link, as);
    return x < s.statusDate ? es : x;
  }
  if (qState === FINISHED || lag <= 0) return es;
  const done = actualMinutes(s, p);
  if (qState === NOT && done === 0) return es;
  return done >= lag ? es : addLag(s, link, es, lag - done);
}

function viaFinishFinish(s: PassState, link: number, p: number, q: number, pState: number, qState: number): number {
  const lag = lagOf(s, link);
  if (pState === FINISHED) {
    const af = s.tasks.actualFinish[p] as number;
    if (qState === FINISHED) return s.statusDate;
    if (lag === 0) return startFromFinish(s, q, af);
    if (qState === STARTED || (lag > 0 && lag > actualMinutes(s, p))) return startFromFinish(s, q, addLag(s, link, af));
    return startFromFinish(s, q, addLag(s, link, addLag(s, link, s.ef[p] as number)));
  }
  const ef = s.ef[p] as number;
  return startFromFinish(s, q, lag === 0 ? ef : addLag(s, link, ef));
}

function viaStartFinish(s: PassState, link: number, p: number, q: number, pState: number, qState: number): number {
  const lag = lagOf(s, link);
  const es = s.es[p] as number;
  if (qState === NOT) {
    const x = addLag(s, link, p6Start(s, q, es, false));
    return pState === STARTED && x > s.statusDate ? s.statusDate : x;
  }
  if (qState === FINISHED) {
    if (lag === 0) return es;
    if (pState === NOT) return addLag(s, link, es);
    if (pState === FINISHED) return Math.min(addLag(s, link, es), s.statusDate);
    return equivalentNextWorkStart(s, q, s.statusDate);
  }
  // Successor in progress.
  if (pState === NOT) {
    const ef = lag <= 0 ? p6Finish(s, q, s.tasks.actualStart[q] as number, false) : addLag(s, link, es);
    return p6Start(s, q, ef, true);
  }
  const done = elapsedLag(s, link, s.tasks.actualStart[p] as number);
  return lag > done ? p6Start(s, q, addLag(s, link, es, lag - done), true) : es;
}

/** Early start the successor of `link` gets from its predecessor. */
function earlyStartVia(s: PassState, link: number): number {
  const p = s.links.edgeFrom[link] as number;
  const q = s.links.edgeTo[link] as number;
  const pState = progressOf(s, p);
  const qState = progressOf(s, q);
  switch (s.links.type[link]) {
    case L_FS:
      return viaFinishStart(s, link, p, pState, qState);
    case L_SS:
      return viaStartStart(s, link, p, pState, qState);
    case L_FF:
      return viaFinishFinish(s, link, p, q, pState, qState);
    default:
      return viaStartFinish(s, link, p, q, pState, qState);
  }
}

/** The latest early start over the activity predecessors of i, or NaN when there are none. */
function fromPredecessors(s: PassState, i: number): number {
  let es = Number.NaN;
  const last = s.links.inStart[i + 1] as number;
  for (let k = s.links.inStart[i] as number; k < last; k++) {
    const link = s.links.inEdges[k] as number;
    if (!isActivity(s, s.links.edgeFrom[link] as number)) continue;
    const v = earlyStartVia(s, link);
    if (!(v <= es)) es = v;
  }
  return es;
}

/** SNET on the same day as the logic start: P6 keeps the time of day the logic gave. */
function startNoEarlierThan(s: PassState, i: number, es: number, cd: number): number {
  if (!(es < cd || Math.floor(es / 1440) === Math.floor(cd / 1440))) return es;
  const cdTime = cd % 1440;
  const esTime = ((es % 1440) + 1440) % 1440;
  if (cdTime === 0 && esTime !== 0) {
    const adjusted = cd + esTime;
    if (Math.floor(nextWorkStart(s, i, adjusted) / 1440) === Math.floor(adjusted / 1440)) return adjusted;
  }
  return cd;
}

/** Forward pass over one activity (P6 rules). */
export function forwardTaskP6(s: PassState, i: number): void {
  const t = s.tasks;
  const state = progressOf(s, i);
  const preds = fromPredecessors(s, i);
  const ct = t.cType[i] as number;
  const cd = t.cDate[i] as number;
  let es: number;
  let ef = Number.NaN;
  if (state === NOT) {
    if (Number.isNaN(preds)) {
      if (ct === C_SNET) es = Math.max(cd, s.statusDate);
      else if (ct === C_FNET) {
        ef = cd;
        es = p6Start(s, i, ef, false);
      } else es = s.projectStart;
    } else es = preds;
    switch (ct) {
      case C_SNET:
        es = startNoEarlierThan(s, i, es, cd);
        break;
      case C_FNET:
        es = Math.max(es, p6Start(s, i, cd, false));
        break;
      case C_MSO:
        es = cd;
        break;
      case C_START_ON:
        if (es < cd) es = nextWorkStart(s, i, cd);
        break;
      case C_MFO:
        ef = cd;
        es = p6Start(s, i, ef, false);
        break;
      case C_FINISH_ON: {
        const startOn = p6Start(s, i, cd, false);
        if (startOn > es) {
          ef = cd;
          es = startOn;
        }
        break;
      }
    }
    if (((t.flags[i] as number) & F_FINISH_MILESTONE) === 0) es = nextWorkStart(s, i, es);
    // A mandatory constraint may pull the activity before what its predecessors allow.
    s.constraintUnmet[i] = !Number.isNaN(preds) && es < preds ? 1 : 0;
    if (levelingDelayOf(t, i) > 0) {
      es = delayedStart(t, i, es);
      ef = Number.NaN;
    }
  } else if (state === STARTED) {
    // Retained logic: the remaining work waits for the predecessors; progress override: it does not.
    const from = Number.isNaN(preds) || s.progressOverride ? s.statusDate : Math.max(preds, s.statusDate);
    // A leveling delay moves the remaining work (the part after the data date).
    es = delayedStart(t, i, nextWorkStart(s, i, from));
    ef = p6Finish(s, i, es, true);
  } else {
    // A finished activity sits at the data date, or where its predecessors would put it.
    es = Number.isNaN(preds) ? s.statusDate : preds;
    ef = es;
  }
  if (Number.isNaN(ef)) ef = p6Finish(s, i, es, false);
  s.es[i] = es;
  s.ef[i] = ef;
}
