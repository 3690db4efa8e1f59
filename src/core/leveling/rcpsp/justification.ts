import type { ListDecoder } from './population-search.js';
import type { RcpspProblem } from './problem.js';
import { ScheduleOrder } from './schedule-order.js';
import { SerialSgs } from './serial-sgs.js';

/**
 * How far above its bound (the worse parent's makespan) a child's first justification pass may end
 * and the child still get the second pass. From further away the second pass rarely brings it back
 * to its parent's level: on 20 j120 instances this cut skips the second pass of 21 % of the
 * children, 10 % of the passes, and loses 6 % of the children that would have been kept (three in
 * four of them ties with the parent) and 1 of 75 improvements of the best; the passes saved breed
 * more children. Whole sets at 5,000 schedules against no cut, seeds 1-4: j120 32.59 -> 32.50 %
 * (each seed better), j30 0.068 -> 0.067 % (461 -> 462 optimal); seeds 1-2: j60 11.02 -> 10.99 %.
 * Other slacks on j120, seeds 1-2, points gained: 1 % 0.02, 1.5 % 0.06, 2 % 0.08, 2.5 % 0.10, 3 % 0.07.
 */
const REJECT_SLACK = 0.025;

/**
 * Forward-backward improvement, "justification" (Tormos & Lova 2001; Valls, Ballestín &
 * Quintanilla 2005): right-justify a schedule (a backward serial pass taking activities by finish,
 * latest first, so each moves as late as the end allows), then left-justify it (a forward pass
 * taking them by their new starts). Neither pass can lengthen the schedule, and together they
 * often shorten it by closing gaps the first pass left.
 *
 * As a decoder for the population search, a list is read as a schedule's activities by finish,
 * earliest first: decoding runs the right-justification pass on it (mirrored) and then the
 * left-justification pass, and rewrites the list from the result. Decoding a list that came from
 * a schedule therefore never does worse than that schedule. Every pass is charged: two per decode,
 * three for `decodeForward` (a plain forward pass first). The decoder keeps the best schedule it
 * ever generated and never runs a pass beyond its budget.
 */
export class JustifiedDecoder implements ListDecoder {
  /** Best makespan generated so far (periods), and its start periods. */
  bestMakespan = Number.MAX_SAFE_INTEGER;
  readonly bestStart: Int32Array;
  private readonly sgs: SerialSgs;
  private readonly order: ScheduleOrder;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly work: Int32Array;
  private readonly mirror: Int32Array;

  constructor(
    private readonly problem: RcpspProblem,
    /** The most passes this decoder may run. */
    readonly budget: number,
  ) {
    const n = problem.n;
    this.sgs = new SerialSgs(problem);
    this.order = new ScheduleOrder(problem);
    this.bestStart = new Int32Array(n);
    this.left = new Int32Array(n);
    this.right = new Int32Array(n);
    this.work = new Int32Array(n);
    this.mirror = new Int32Array(n);
  }

  /** The left-justified schedule the list of the last decode describes. */
  get lastSchedule(): Int32Array {
    return this.left;
  }

  /** The right-justified schedule the mirror list of the last decode describes. */
  get lastMirrorSchedule(): Int32Array {
    return this.right;
  }

  /** Schedule generation passes run so far. */
  get schedulesUsed(): number {
    return this.sgs.passes + this.external;
  }

  /** True when no pass is left in the budget. */
  get exhausted(): boolean {
    return this.sgs.passes + this.external >= this.budget;
  }

  /** Decodes a list read as finishes, earliest first: right- then left-justification (2 passes). */
  decode(list: Int32Array): number {
    return this.decodeWithMirror(list, this.mirror, false);
  }

  /**
   * The two-sided decoder (Debels & Vanhoucke's bi-population idea): a left list (a left-justified
   * schedule's finishes, earliest first) is right-justified then left-justified; a right list (a
   * right-justified schedule's starts, earliest first; `fromMirror`) is left-justified then
   * right-justified. Either way `list` and `mirror` come back as the new left and right lists.
   * When the first pass ends more than `REJECT_SLACK` above `bound`, the second is not run and that
   * pass's makespan is returned (the lists are then half-written: the search drops the child).
   */
  decodeWithMirror(
    list: Int32Array,
    mirror: Int32Array,
    fromMirror: boolean,
    bound: number = Number.POSITIVE_INFINITY,
  ): number {
    if (this.exhausted) return Number.MAX_SAFE_INTEGER;
    const { n } = this.problem;
    const { right, left, work, order, sgs } = this;
    const hopeless = bound * (1 + REJECT_SLACK);
    if (!fromMirror) {
      for (let i = 0; i < n; i++) work[i] = list[n - 1 - i]!;
      return this.justify(work, list, mirror, Number.MAX_SAFE_INTEGER, hopeless);
    }
    const forward = sgs.forward(mirror, left);
    this.record(left, forward);
    if (forward > hopeless) return forward;
    order.byFinishDescending(left, work);
    list.set(work);
    list.reverse();
    if (this.exhausted) return forward;
    const backward = sgs.backward(work, right);
    this.record(right, backward);
    order.byStart(right, mirror);
    return Math.min(forward, backward);
  }

  /** Decodes a forward list (a plain serial pass), then justifies the schedule (3 passes); fills both lists. */
  decodeForward(list: Int32Array, mirror: Int32Array = this.mirror): number {
    if (this.exhausted) return Number.MAX_SAFE_INTEGER;
    const makespan = this.sgs.forward(list, this.left);
    this.record(this.left, makespan);
    this.order.byFinishDescending(this.left, this.work);
    return this.justify(this.work, list, mirror, makespan);
  }

  /** Passes run by other schemes (e.g. the parallel SGS), charged to this budget by `adopt`. */
  private external = 0;

  /** Charges passes run elsewhere (e.g. on a decomposition's sub-project) to this budget. */
  charge(passes: number): void {
    this.external += passes;
  }

  /**
   * Takes a schedule another scheme generated (charged as one pass), records it, and justifies it
   * (2 more passes), filling `list` and `mirror` as `decode` does.
   */
  adopt(start: Int32Array, makespan: number, list: Int32Array, mirror: Int32Array): number {
    this.external++;
    this.record(start, makespan);
    return this.justifyStarts(start, makespan, list, mirror);
  }

  /** Justifies a schedule already generated (2 passes); fills `list` and `mirror` as `decode` does. */
  justifyStarts(start: Int32Array, makespan: number, list: Int32Array, mirror: Int32Array): number {
    this.order.byFinishDescending(start, this.work);
    return this.justify(this.work, list, mirror, makespan);
  }

  /**
   * Runs the backward pass over `byFinishDescending`, then the forward pass over the result by
   * start; writes the right schedule's start order into `mirror` and the left schedule's finish
   * order (earliest first) into `out`. Stops after the backward pass when it ends above `hopeless`.
   */
  private justify(
    byFinishDescending: Int32Array,
    out: Int32Array,
    mirror: Int32Array,
    before: number,
    hopeless: number = Number.POSITIVE_INFINITY,
  ): number {
    if (this.exhausted) return before;
    const { right, left, order, sgs } = this;
    const backward = sgs.backward(byFinishDescending, right);
    this.record(right, backward);
    if (backward > hopeless) return backward;
    order.byStart(right, mirror);
    if (this.exhausted) {
      out.set(byFinishDescending);
      out.reverse();
      return Math.min(backward, before);
    }
    const forward = sgs.forward(mirror, left);
    this.record(left, forward);
    order.byFinishDescending(left, out);
    out.reverse();
    return Math.min(forward, backward);
  }

  private record(start: Int32Array, makespan: number): void {
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStart.set(start);
    }
  }
}
