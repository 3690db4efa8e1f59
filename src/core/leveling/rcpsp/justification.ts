import type { ListDecoder } from './population-search.js';
import type { RcpspProblem } from './problem.js';
import { ScheduleOrder } from './schedule-order.js';
import { SerialSgs } from './serial-sgs.js';

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
  }

  /** Schedule generation passes run so far. */
  get schedulesUsed(): number {
    return this.sgs.passes;
  }

  /** True when no pass is left in the budget. */
  get exhausted(): boolean {
    return this.sgs.passes >= this.budget;
  }

  /** Decodes a list read as finishes, earliest first: right- then left-justification (2 passes). */
  decode(list: Int32Array): number {
    if (this.exhausted) return Number.MAX_SAFE_INTEGER;
    const { n } = this.problem;
    const work = this.work;
    for (let i = 0; i < n; i++) work[i] = list[n - 1 - i]!;
    return this.justify(work, list, Number.MAX_SAFE_INTEGER);
  }

  /** Decodes a forward list (a plain serial pass), then justifies the schedule (3 passes). */
  decodeForward(list: Int32Array): number {
    if (this.exhausted) return Number.MAX_SAFE_INTEGER;
    const makespan = this.sgs.forward(list, this.left);
    this.record(this.left, makespan);
    this.order.byFinishDescending(this.left, this.work);
    return this.justify(this.work, list, makespan);
  }

  /**
   * Runs the backward pass over `byFinishDescending`, then the forward pass over the result by
   * start; writes the new schedule's finish order (earliest first) into `out`.
   */
  private justify(byFinishDescending: Int32Array, out: Int32Array, before: number): number {
    if (this.exhausted) return before;
    const { right, left, work, order, sgs } = this;
    const backward = sgs.backward(byFinishDescending, right);
    this.record(right, backward);
    if (this.exhausted) {
      order.byFinishDescending(right, work);
      out.set(work);
      out.reverse();
      return backward;
    }
    order.byStart(right, work);
    const forward = sgs.forward(work, left);
    this.record(left, forward);
    order.byFinishDescending(left, out);
    out.reverse();
    return forward < backward ? forward : backward;
  }

  private record(start: Int32Array, makespan: number): void {
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStart.set(start);
    }
  }
}
