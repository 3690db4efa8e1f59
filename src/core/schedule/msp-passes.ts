import {
  C_ALAP,
  C_ASAP,
  C_FINISH_ON,
  C_FNET,
  C_FNLT,
  C_MFO,
  C_MSO,
  C_SNET,
  C_SNLT,
  C_START_ON,
  F_FINISHED,
  F_MANUAL,
  F_MILESTONE,
  F_STARTED,
  F2_DEADLINE,
} from './network.js';
import { L_FF, L_FS, L_SF, L_SS } from './network-links.js';
import type { PassState } from './pass-state.js';
import { delayedStart, finishFrom, levelingDelayOf, nextStart, prevFinish, startFrom } from './task-time.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * MS Project's forward and backward passes (rules as reverse-engineered by MPXJ's MicrosoftScheduler,
 * re-derived here): lags count on the successor's calendar, starts snap to the next working time,
 * late finishes snap back to the end of the previous working period, constraints always win over
 * links (negative slack results), an actual start fixes the start and an actual finish the finish.
 */

function addLag(s: PassState, link: number, date: number): number {
  const lag = s.links.lag[link] as number;
  return lag === 0 ? date : (s.tasks.calendars[s.links.lagCal[link] as number] as WorkCalendar).addWorking(date, lag);
}

function removeLag(s: PassState, link: number, date: number): number {
  const lag = s.links.lag[link] as number;
  return lag === 0 ? date : (s.tasks.calendars[s.links.lagCal[link] as number] as WorkCalendar).addWorking(date, -lag);
}

/** Early start the successor of `link` gets from its predecessor. */
function earlyStartVia(s: PassState, link: number): number {
  const t = s.tasks;
  const p = s.links.edgeFrom[link] as number;
  const q = s.links.edgeTo[link] as number;
  const pf = t.flags[p] as number;
  const alap = s.alapPass && t.cType[p] === C_ALAP && t.cType[q] !== C_ALAP;
  switch (s.links.type[link]) {
    case L_FS:
      return addLag(s, link, (alap ? s.lf[p] : s.ef[p]) as number);
    case L_SS:
      if (pf & F_FINISHED) return addLag(s, link, t.actualStart[p] as number);
      return addLag(s, link, (alap ? s.ls[p] : s.es[p]) as number);
    case L_SF:
      return addLag(s, link, startFrom(t, q, (alap ? s.ls[p] : s.es[p]) as number, false));
    default: {
      const finish = (pf & F_FINISHED ? t.actualFinish[p] : alap ? s.lf[p] : s.ef[p]) as number;
      const es = addLag(s, link, startFrom(t, q, finish, true));
      return Math.max(es, s.projectStart);
    }
  }
}

/**
 * Where an in-progress task's remaining work would resume without leveling: after the work done
 * (actual start + duration − remaining), and not before the status date when there is one. A
 * leveling delay on a started task splits it there (MS Project's "leveling can create splits").
 */
export function resumeOf(s: PassState, i: number): number {
  const t = s.tasks;
  const cal = t.calendars[t.durCal[i] as number] as WorkCalendar;
  const done = cal.addWorking(t.actualStart[i] as number, (t.duration[i] as number) - (t.remaining[i] as number));
  return Number.isFinite(s.statusDate) && s.statusDate > done ? s.statusDate : done;
}

/** Forward pass over one task. */
export function forwardTaskMsp(s: PassState, i: number): void {
  const t = s.tasks;
  const flags = t.flags[i] as number;
  if (flags & F_MANUAL) {
    s.es[i] = t.manualStart[i] as number;
    s.ef[i] = t.manualFinish[i] as number;
    return;
  }
  const ct = t.cType[i] as number;
  const cd = ct === C_ASAP || ct === C_ALAP ? Number.NaN : (t.cDate[i] as number);
  let es: number;
  let ef = Number.NaN;
  if ((flags & F_STARTED) === 0) {
    const first = s.links.inStart[i] as number;
    const last = s.links.inStart[i + 1] as number;
    if (first === last) {
      if (ct === C_SNET) es = cd;
      else if (ct === C_FNET) {
        ef = cd;
        es = startFrom(t, i, ef, false);
      } else es = nextStart(t, i, s.projectStart, true);
    } else {
      es = Number.NEGATIVE_INFINITY;
      for (let k = first; k < last; k++) {
        const v = earlyStartVia(s, s.links.inEdges[k] as number);
        if (v > es) es = v;
      }
    }
    es = nextStart(t, i, es, true);
    const logicStart = es;
    switch (ct) {
      case C_SNET:
        if (es < cd) es = cd;
        break;
      case C_FNLT: {
        const latest = startFrom(t, i, cd, false);
        if (es > latest) es = latest;
        break;
      }
      case C_FNET: {
        const earliest = startFrom(t, i, cd, false);
        if (es < earliest) es = earliest;
        break;
      }
      case C_SNLT:
        if (es > cd) es = cd;
        break;
      case C_MSO:
      case C_START_ON:
        es = cd;
        break;
      case C_MFO:
      case C_FINISH_ON:
        ef = cd;
        es = startFrom(t, i, ef, false);
        break;
    }
    s.constraintUnmet[i] = es < logicStart && first !== last ? 1 : 0;
    // Leveling delays what links and constraints allow (a finish a constraint set moves with it).
    if (levelingDelayOf(t, i) > 0) {
      es = delayedStart(t, i, es);
      ef = Number.NaN;
    }
  } else {
    es = t.actualStart[i] as number;
    if ((flags & F_FINISHED) === 0 && levelingDelayOf(t, i) > 0) {
      ef = finishFrom(t, i, delayedStart(t, i, resumeOf(s, i)), true);
    } else if ((flags & F_FINISHED) === 0 && ct === C_FNET) {
      ef = finishFrom(t, i, es, false);
      if (ef < cd) ef = cd;
    }
  }
  if (Number.isNaN(ef)) ef = flags & F_FINISHED ? (t.actualFinish[i] as number) : finishFrom(t, i, es, false);
  s.es[i] = es;
  s.ef[i] = ef;
}

/** Late finish the predecessor of `link` gets from its successor (before clamping to the project finish). */
function lateFinishVia(s: PassState, link: number): number {
  const t = s.tasks;
  const p = s.links.edgeFrom[link] as number;
  const q = s.links.edgeTo[link] as number;
  const pf = t.flags[p] as number;
  const qf = t.flags[q] as number;
  switch (s.links.type[link]) {
    case L_FS:
      // s.ls still holds the calculated late start here: actual starts are applied after the pass.
      return removeLag(s, link, s.ls[q] as number);
    case L_FF:
      return removeLag(s, link, s.lf[q] as number);
    case L_SF:
      // A manually scheduled predecessor keeps its own start: SF logic does not bind its late dates.
      if (pf & F_MANUAL) return s.projectFinish;
      return removeLag(s, link, finishFrom(t, p, s.lf[q] as number, false));
    case L_SS: {
      if (pf & F_STARTED) return s.projectFinish;
      const succHasSuccessors = (s.links.outStart[q + 1] as number) > (s.links.outStart[q] as number);
      if ((qf & F_STARTED) === 0) {
        if (pf & F_MANUAL) return succHasSuccessors ? s.projectFinish : (s.lf[q] as number);
        const cal = t.calendars[t.cal[p] as number] as WorkCalendar;
        return finishFrom(t, p, removeLag(s, link, cal.nextWorkStart(s.ls[q] as number)), false);
      }
      if (!succHasSuccessors) return s.projectFinish;
      const actualMinutes = (t.duration[q] as number) - (t.remaining[q] as number);
      const succAt = (t.calendars[t.durCal[q] as number] as WorkCalendar).addWorking(
        t.actualStart[q] as number,
        actualMinutes,
      );
      return finishFrom(t, p, succAt, false);
    }
  }
  return s.projectFinish;
}

/** Backward pass over one task. */
export function backwardTaskMsp(s: PassState, i: number): void {
  const t = s.tasks;
  const flags = t.flags[i] as number;
  let lf: number;
  if ((flags & F_FINISHED) === 0) {
    const first = s.links.outStart[i] as number;
    const last = s.links.outStart[i + 1] as number;
    lf = Number.POSITIVE_INFINITY;
    let any = false;
    for (let k = first; k < last; k++) {
      const link = s.links.outEdges[k] as number;
      if ((t.flags[s.links.edgeTo[link] as number] as number) & F_FINISHED) continue;
      any = true;
      let v = lateFinishVia(s, link);
      if (v > s.projectFinish) v = s.projectFinish;
      if (v < lf) lf = v;
    }
    // A started zero-length milestone is pinned to its actual start.
    if (any && flags & F_MILESTONE && t.duration[i] === 0 && flags & F_STARTED) lf = t.actualStart[i] as number;
    if (!any) lf = s.projectFinish;
    const ct = t.cType[i] as number;
    const cd = ct === C_ASAP || ct === C_ALAP ? Number.NaN : (t.cDate[i] as number);
    switch (ct) {
      case C_MSO:
        lf = finishFrom(t, i, cd, false);
        break;
      case C_MFO:
      case C_FINISH_ON:
        lf = cd;
        break;
      case C_SNLT: {
        const latest = finishFrom(t, i, cd, false);
        if (lf > latest) lf = latest;
        break;
      }
      case C_FNLT:
        if (lf > cd) lf = cd;
        break;
    }
    if ((t.flags2[i] as number) & F2_DEADLINE && lf > (t.deadline[i] as number)) lf = t.deadline[i] as number;
    // A finish at the start of a working period means the end of the previous one; a zero-length
    // task stays where it is (MS Project keeps milestones at 08:00 rather than 17:00 the day before).
    if ((t.remaining[i] as number) > 0) lf = prevFinish(t, i, lf);
  } else {
    lf = t.actualFinish[i] as number;
  }
  // Manual tasks keep their whole duration; the rest schedule what remains.
  s.ls[i] = startFrom(t, i, lf, (flags & F_MANUAL) === 0);
  s.lf[i] = lf;
}

/**
 * After the backward pass: a started task's late start is its actual start (a manual task's only
 * once it has finished). Kept apart so that predecessors see the calculated late start.
 */
export function applyActualLateStartsMsp(s: PassState): void {
  const t = s.tasks;
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    const flags = t.flags[i] as number;
    const fixed = flags & F_MANUAL ? flags & F_FINISHED : flags & F_STARTED;
    if (fixed) s.ls[i] = t.actualStart[i] as number;
  }
}
