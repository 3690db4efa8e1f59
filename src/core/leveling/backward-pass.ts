import type { WorkCalendar } from '../schedule/work-calendar.js';
import { DateOrder } from './date-order.js';
import type { LevelingNetwork } from './leveling-network.js';
import type { ResourceDays } from './resource-days.js';
import type { SpanFit } from './span-fit.js';
import type { TaskResources } from './task-resources.js';

const DAY = 1440;

/**
 * The right half of a justification (Valls et al.'s forward-backward improvement), on the
 * forward decoder's day tables: every movable plain task of the last placed schedule is moved as
 * late as its successors and that schedule's finish allow, latest finishing first. The forward
 * decoder then places the order it gives again.
 */
export class BackwardPass {
  private readonly backStart: Float64Array;
  private readonly backFinish: Float64Array;
  private readonly sortBuf: Int32Array;
  private readonly dateOrder: DateOrder;

  constructor(
    private readonly net: LevelingNetwork,
    private readonly days: ResourceDays,
    private readonly resources: TaskResources,
    private readonly span: SpanFit,
    /** Books task i's load where the last forward pass put it (tasks the backward pass does not move). */
    private readonly keepLoad: (i: number) => void,
  ) {
    const n = net.compiled.tasks.count;
    this.backStart = new Float64Array(n).fill(Number.NaN);
    this.backFinish = new Float64Array(n).fill(Number.NaN);
    this.sortBuf = new Int32Array(net.activities.length);
    this.dateOrder = new DateOrder(net.activities);
  }

  /**
   * The right half of a justification: from the last decoded schedule, every movable plain task is
   * moved as late as its successors (as placed here) and the schedule's finish allow, last
   * finishing first, on the same day tables (a task that does not fit ends at the end of the
   * working day before the first day that is full). Tasks that cannot move, or whose work is not a
   * plain span, keep their dates and load. The dates are approximate where link lags use another
   * calendar: only the order they give matters, because the forward decoder places it again.
   * Returns the task order by these late starts (earliest first), the next list to decode.
   */
  order(): Int32Array {
    const net = this.net;
    const t = net.compiled.tasks;
    const s = net.s;
    const l = net.compiled.links;
    const acts = net.activities;
    const m = acts.length;
    const days = this.days;
    const bs = this.backStart;
    const bf = this.backFinish;
    let finish = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < m; k++) {
      const i = acts[k] as number;
      bs[i] = s.es[i] as number;
      bf[i] = s.ef[i] as number;
      if ((s.ef[i] as number) > finish) finish = s.ef[i] as number;
    }
    // Fixed and non-plain tasks keep their load where the forward pass put them.
    days.reset();
    for (let k = 0; k < m; k++) {
      const i = acts[k] as number;
      if (net.movable[i] === 1 && net.plain[i] === 1) continue;
      this.keepLoad(i);
    }
    const byFinish = this.dateOrder.sort(s.ef, s.es, -1, this.sortBuf);
    for (let k = 0; k < m; k++) {
      const i = byFinish[k] as number;
      if (net.movable[i] !== 1 || net.plain[i] !== 1) continue;
      const c = t.cal[i] as number;
      const cal = t.calendars[c] as WorkCalendar;
      const dur = cal.workAt(s.ef[i] as number) - cal.workAt(s.es[i] as number);
      let latest = finish;
      for (let e = l.outStart[i] as number; e < (l.outStart[i + 1] as number); e++) {
        const edge = l.outEdges[e] as number;
        const j = l.edgeTo[edge] as number;
        const type = l.type[edge] as number;
        const anchor = type === 0 || type === 1 ? (bs[j] as number) : (bf[j] as number);
        if (Number.isNaN(anchor)) continue;
        const lag = l.lag[edge] as number;
        const at =
          lag === 0 ? anchor : (t.calendars[l.lagCal[edge] as number] as WorkCalendar).addWorking(anchor, -lag);
        // FS and FF bound i's finish; SS and SF its start.
        const bound = type === 0 || type === 2 ? at : cal.addWorking(at, dur);
        if (bound < latest) latest = bound;
      }
      let end = cal.workAt(latest);
      const floor = days.position[c]?.[0] as number;
      if (this.resources.hasWork(i) && dur > 0) {
        let first = end - dur < floor ? 0 : Math.floor(cal.timeAtWorkStart(end - dur) / DAY);
        let last = end - dur < floor ? 0 : this.span.lastDayOf(c, first, end - dur, dur);
        const pos = days.position[c] as Float64Array;
        const f = days.firstDay;
        for (;;) {
          if (end - dur < floor) {
            end = cal.workAt(latest);
            first = Math.floor(cal.timeAtWorkStart(end - dur) / DAY);
            last = this.span.lastDayOf(c, first, end - dur, dur);
            break;
          }
          const clash = this.span.firstClashDay(i, c, end - dur, dur, first, last);
          if (clash === Number.POSITIVE_INFINITY) break;
          end = pos[clash - f] as number;
          // The window only moves left: its first day is the last one starting at or before its
          // start, its last day the last one starting before its end (no calendar lookups).
          while (first > f && (pos[first - f] as number) > end - dur) first--;
          while (last > f && (pos[last - f] as number) >= end) last--;
        }
        this.span.commit(i, c, end - dur, dur, first, last);
      }
      bs[i] = dur > 0 ? cal.timeAtWorkStart(end - dur) : cal.timeAtWorkFinish(end);
      bf[i] = dur > 0 ? cal.timeAtWorkFinish(end) : (bs[i] as number);
    }
    return this.dateOrder.sort(bs, bf, 1, this.sortBuf);
  }
}
