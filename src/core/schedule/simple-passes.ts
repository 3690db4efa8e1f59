import { allocateArrays } from './arena.js';
import {
  C_ASAP,
  F_DRIVERS,
  F_ELAPSED,
  F_MANUAL,
  F_MILESTONE,
  F_STARTED,
  F2_DELAY,
  type TaskArrays,
} from './network.js';
import type { LinkArrays } from './network-links.js';
import type { PassState } from './pass-state.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * The MS Project passes for a "simple" network, in integer work positions on its one calendar:
 * every leaf task and lag on the same calendar, auto-scheduled, not started, no constraints,
 * deadlines (leveling delays are allowed), elapsed or resource-driven durations. Adding working time is then integer addition,
 * and dates are produced once at the end. A date is a position plus a bit saying which of the two
 * times that share a position it is: the start of the next working period (S) or the end of the
 * previous one (F) - 08:00 Monday versus 17:00 Friday. Tracking the bit reproduces exactly what
 * the general passes produce from timestamps (a property test checks they agree).
 */

const S = 0;
const F = 1;
const MIN = -2147483648;

/**
 * Work positions with their S/F bits of early start and late finish, and the project start and
 * finish. Early finish and late start follow from the duration d: ef = es + d (an F date when
 * d > 0, else es's own bit) and ls = lf − d (an S date when d > 0, else lf's bit).
 */
export interface SimpleState {
  readonly cal: WorkCalendar;
  readonly esW: Int32Array;
  readonly lfW: Int32Array;
  readonly esT: Uint8Array;
  readonly lfT: Uint8Array;
  psW: number;
  psT: number;
  pfW: number;
  pfT: number;
}

/** The calendar every task and lag of the network uses, or null when the network is not simple. */
export function simpleCalendar(t: TaskArrays, l: LinkArrays, order: Int32Array): WorkCalendar | null {
  if (order.length === 0) return null;
  const c = t.durCal[order[0] as number] as number;
  const notSimple = F_MANUAL | F_STARTED | F_ELAPSED | F_DRIVERS;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (((t.flags[i] as number) & notSimple) !== 0 || t.cType[i] !== C_ASAP) return null;
    // A leveling delay is integer work on the one calendar: it stays simple.
    if (((t.flags2[i] as number) & ~F2_DELAY) !== 0) return null;
    if (t.durCal[i] !== c || t.cal[i] !== c) return null;
  }
  for (let e = 0; e < l.edgeCount; e++) if (l.lagCal[e] !== c) return null;
  return t.calendars[c] ?? null;
}

/** Fresh integer state for a network on calendar `cal`. */
export function createSimpleState(n: number, cal: WorkCalendar, projectStart: number): SimpleState {
  const w = cal.workAt(projectStart);
  // F only when the project starts exactly at the end of a working period (a milestone stays there).
  const psT = projectStart === cal.timeAtWorkFinish(w) && !cal.isWorking(projectStart) ? F : S;
  return {
    cal,
    ...allocateArrays({
      esW: ['i32', n],
      lfW: ['i32', n],
      esT: ['u8', n],
      lfT: ['u8', n],
    }),
    psW: w,
    psT,
    pfW: w,
    pfT: psT,
  };
}

/** Early dates of task i from its predecessors; true when they changed. */
export function forwardNode(st: SimpleState, t: TaskArrays, l: LinkArrays, i: number): boolean {
  const { esW, esT } = st;
  const dur = t.duration;
  const d = dur[i] as number;
  let w = st.psW;
  let wt = st.psT;
  const first = l.inStart[i] as number;
  const last = l.inStart[i + 1] as number;
  if (first < last) {
    w = MIN;
    wt = F;
    for (let e = first; e < last; e++) {
      const link = l.inEdges[e] as number;
      const p = l.edgeFrom[link] as number;
      const ty = l.type[link] as number;
      let cw: number;
      let ct: number;
      const dp = dur[p] as number;
      if (ty === 0) {
        cw = (esW[p] as number) + dp;
        ct = dp > 0 ? F : (esT[p] as number);
      } else if (ty === 1) {
        cw = esW[p] as number;
        ct = esT[p] as number;
      } else if (ty === 3) {
        cw = (esW[p] as number) - d;
        ct = d > 0 ? S : (esT[p] as number);
      } else {
        cw = (esW[p] as number) + dp - d;
        ct = d > 0 ? S : dp > 0 ? F : (esT[p] as number);
      }
      const lg = l.lag[link] as number;
      if (lg !== 0) {
        cw += lg;
        ct = lg > 0 ? F : S;
      }
      // A finish-to-finish link never pulls a task before the project start.
      if (ty === 2 && (cw < st.psW || (cw === st.psW && ct === F && st.psT === S))) {
        cw = st.psW;
        ct = st.psT;
      }
      if (cw > w || (cw === w && ct === S)) {
        w = cw;
        wt = ct;
      }
    }
  }
  // Leveling delay: working minutes after what the links allow, at the start of work (S).
  if ((t.flags2[i] as number) & F2_DELAY && (t.levelingDelay[i] as number) > 0) {
    w += t.levelingDelay[i] as number;
    wt = S;
  }
  const est = (t.flags[i] as number) & F_MILESTONE ? wt : S;
  if (esW[i] === w && esT[i] === est) return false;
  esW[i] = w;
  esT[i] = est;
  return true;
}

/** The project finish: the latest early finish. */
export function findProjectFinish(st: SimpleState, t: TaskArrays, order: Int32Array): void {
  let pfW = MIN;
  let pfT = F;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const d = t.duration[i] as number;
    const w = (st.esW[i] as number) + d;
    const bit = d > 0 ? F : (st.esT[i] as number);
    if (w > pfW || (w === pfW && bit === S)) {
      pfW = w;
      pfT = bit;
    }
  }
  st.pfW = order.length === 0 ? st.psW : pfW;
  st.pfT = order.length === 0 ? st.psT : pfT;
}

/** Late dates of task i from its successors; true when they changed. */
export function backwardNode(st: SimpleState, t: TaskArrays, l: LinkArrays, i: number): boolean {
  const { lfW, lfT, pfW, pfT } = st;
  const dur = t.duration;
  const d = dur[i] as number;
  let w = pfW;
  let wt = pfT;
  const last = l.outStart[i + 1] as number;
  for (let e = l.outStart[i] as number; e < last; e++) {
    const link = l.outEdges[e] as number;
    const q = l.edgeTo[link] as number;
    const ty = l.type[link] as number;
    const lg = l.lag[link] as number;
    let cw: number;
    let ct: number;
    const dq = dur[q] as number;
    if (ty === 1) {
      // SS: from the successor's late start snapped to working time, less lag, plus duration.
      cw = (lfW[q] as number) - dq - lg;
      ct = lg < 0 ? F : S;
      if (d > 0) {
        cw += d;
        ct = F;
      }
    } else {
      if (ty === 0) {
        cw = (lfW[q] as number) - dq;
        ct = dq > 0 ? S : (lfT[q] as number);
      } else if (ty === 2) {
        cw = lfW[q] as number;
        ct = lfT[q] as number;
      } else {
        cw = (lfW[q] as number) + d;
        ct = d > 0 ? F : (lfT[q] as number);
      }
      if (lg !== 0) {
        cw -= lg;
        ct = lg > 0 ? S : F;
      }
    }
    if (cw > pfW || (cw === pfW && ct === S && pfT === F)) {
      cw = pfW;
      ct = pfT;
    }
    if (cw < w || (cw === w && ct === F)) {
      w = cw;
      wt = ct;
    }
  }
  const lft = d > 0 ? F : wt;
  if (lfW[i] === w && lfT[i] === lft) return false;
  lfW[i] = w;
  lfT[i] = lft;
  return true;
}

/** Dates of the listed tasks from their positions (a zero-length task finishes when it starts). */
export function writeTimes(st: SimpleState, t: TaskArrays, s: PassState, indices: Int32Array): void {
  const cal = st.cal;
  cal.fillTaskTimes(indices, t.duration, st.esW, st.esT, st.lfW, st.lfT, s);
  s.projectFinish = st.pfT === F ? cal.timeAtWorkFinish(st.pfW) : cal.timeAtWorkStart(st.pfW);
}

/** Forward, backward and date conversion for a simple network; fills s.es/ef/ls/lf and s.projectFinish. */
export function runSimplePasses(s: PassState, cal: WorkCalendar): SimpleState {
  const t = s.tasks;
  const l = s.links;
  const order = s.order;
  const st = createSimpleState(t.count, cal, s.projectStart);
  for (let k = 0; k < order.length; k++) forwardNode(st, t, l, order[k] as number);
  findProjectFinish(st, t, order);
  for (let k = order.length - 1; k >= 0; k--) backwardNode(st, t, l, order[k] as number);
  writeTimes(st, t, s, order);
  if (order.length === 0) s.projectFinish = s.projectStart;
  return st;
}

/** Total float (smallest, start or finish) and free float of the listed leaf tasks, from positions. */
export function simpleFloats(
  st: SimpleState,
  t: TaskArrays,
  l: LinkArrays,
  indices: Int32Array,
  mode: 'start' | 'finish' | 'smallest',
  total: Float64Array,
  free: Float64Array,
): void {
  const { esW, lfW } = st;
  const dur = t.duration;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const d = dur[i] as number;
    // Start and finish float are equal here: late and early dates are both d apart.
    const start = (lfW[i] as number) - d - (esW[i] as number);
    const finish = start;
    const tf = mode === 'start' ? start : mode === 'finish' ? finish : Math.min(start, finish);
    total[i] = tf;
    let ff = tf;
    const last = l.outStart[i + 1] as number;
    for (let e = l.outStart[i] as number; e < last; e++) {
      const link = l.outEdges[e] as number;
      const q = l.edgeTo[link] as number;
      const ty = l.type[link] as number;
      const from = (esW[i] as number) + (ty === 0 || ty === 2 ? d : 0);
      const to = (esW[q] as number) + (ty === 0 || ty === 1 ? 0 : (dur[q] as number));
      const v = to - from - (l.lag[link] as number);
      if (v < ff) ff = v;
    }
    free[i] = Math.max(ff, 0);
  }
}
