import { MAX_PRIORITY } from '../resources/model.js';
import type { ScheduleResult } from '../schedule/model.js';
import { forwardTaskMsp } from '../schedule/msp-passes.js';
import {
  C_ALAP,
  C_FNLT,
  C_MFO,
  C_MSO,
  C_SNLT,
  F_DRIVERS,
  F_ELAPSED,
  F_FINISHED,
  F_MANUAL,
  F_STARTED,
  F2_DELAY,
} from '../schedule/network.js';
import { isActivity } from '../schedule/p6-common.js';
import { forwardTaskP6 } from '../schedule/p6-forward.js';
import { prepareP6State } from '../schedule/p6-schedule.js';
import { createPassState, type PassState } from '../schedule/pass-state.js';
import { type CompiledPlan, compilePlan, expandSummaries, runSchedule } from '../schedule/schedule.js';
import type { LevelingInput, LevelingOptions } from './model.js';

/**
 * The plan as leveling sees it, compiled once: the engine's arrays with each task's leveling delay
 * (working minutes) set in place, as the incremental scheduler keeps them, so one compile serves
 * the unleveled schedule, every decoded schedule and the final one. Holds the engine's pass state
 * the decoders place tasks in, the engine's forward step for one task, and which tasks leveling
 * may move (the options' priority and date range, then each task's state).
 */
export class LevelingNetwork {
  readonly compiled: CompiledPlan;
  /** The plan scheduled without leveling delays (what leveling starts from; its late dates bound `withinSlack`). */
  readonly unleveled: ScheduleResult;
  /** The pass state the decoders fill (early start and finish per task). */
  readonly s: PassState;
  readonly p6: boolean;
  /** Leaf tasks (P6 activities) in the engine's topological order. */
  readonly activities: Int32Array;
  /** 1 where leveling may delay the task. */
  readonly movable: Uint8Array;
  /** 1 where the task's work is one span on its own calendar (not started, elapsed or resource-driven). */
  readonly plain: Uint8Array;
  /** The delay a task that may not move keeps (working minutes). */
  readonly fixedDelay: Int32Array;
  /** Latest early finish a moved task may reach (`withinSlack`: its unleveled late finish), else +Infinity. */
  readonly lateFinishLimit: Float64Array;

  constructor(
    input: LevelingInput,
    private readonly options: LevelingOptions,
  ) {
    const { plan } = input;
    this.p6 = plan.options.flavour === 'p6';
    this.compiled = compilePlan(plan);
    const t = this.compiled.tasks;
    for (let i = 0; i < t.count; i++) this.setDelay(i, 0);
    expandSummaries(this.compiled);
    this.unleveled = runSchedule(this.compiled);
    this.s = createPassState(t, this.compiled.links, this.compiled.order, plan.options.projectStart);
    if (this.p6) prepareP6State(this.s, plan.options);
    else this.s.statusDate = plan.options.statusDate ?? Number.NaN;
    this.activities = this.p6 ? this.compiled.order.filter((i) => isActivity(this.s, i)) : this.compiled.order;

    const n = t.count;
    this.movable = new Uint8Array(n);
    this.plain = new Uint8Array(n);
    this.fixedDelay = new Int32Array(n);
    this.lateFinishLimit = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const unplain = F_STARTED | F_FINISHED | F_MANUAL | F_DRIVERS | F_ELAPSED;
    for (let i = 0; i < n; i++) {
      // Movable tasks start from no delay (MS Project clears leveling first); fixed ones keep theirs.
      this.movable[i] = this.isMovable(i, plan.tasks[i]?.priority) && this.movableByState(i) ? 1 : 0;
      if (this.movable[i] === 0) {
        this.fixedDelay[i] = Math.round(plan.tasks[i]?.levelingDelayMinutes ?? 0);
        this.setDelay(i, this.fixedDelay[i] as number);
      }
      this.plain[i] = ((t.flags[i] as number) & unplain) === 0 && t.durCal[i] === t.cal[i] ? 1 : 0;
      if (options.withinSlack) this.lateFinishLimit[i] = this.unleveled.lateFinish[i] as number;
    }
  }

  /** Whether the options let task i move at all (priority, date range). */
  private isMovable(i: number, priority: number | undefined): boolean {
    if ((priority ?? 500) >= MAX_PRIORITY) return false;
    const es = this.unleveled.earlyStart[i] as number;
    const { from, to } = this.options;
    if (from !== null && from !== undefined && !(es >= from)) return false;
    if (to !== null && to !== undefined && !(es <= to)) return false;
    return true;
  }

  /** Finished, manual, ALAP and hard or "no later than" constrained tasks stay; started ones only split. */
  private movableByState(i: number): boolean {
    const t = this.compiled.tasks;
    const f = t.flags[i] as number;
    if (f & (F_FINISHED | F_MANUAL)) return false;
    if (f & F_STARTED && !this.options.split) return false;
    const c = t.cType[i] as number;
    return c !== C_ALAP && c !== C_MSO && c !== C_MFO && c !== C_SNLT && c !== C_FNLT && t.c2Type[i] === 0;
  }

  /** Sets task i's leveling delay (working minutes on its calendar) in the compiled arrays. */
  setDelay(i: number, minutes: number): void {
    const t = this.compiled.tasks;
    if (t.levelingDelay.length === 0) {
      if (minutes === 0) return;
      t.levelingDelay = new Int32Array(t.count);
    }
    t.levelingDelay[i] = minutes;
    t.flags2[i] = minutes > 0 ? (t.flags2[i] as number) | F2_DELAY : (t.flags2[i] as number) & ~F2_DELAY;
  }

  /** The engine's forward step for task i from its placed predecessors (its dates into `s`). */
  forward(i: number): void {
    if (this.p6) forwardTaskP6(this.s, i);
    else forwardTaskMsp(this.s, i);
  }

  /** Makes the unleveled schedule the last placed one (movable tasks without delay), for a backward pass. */
  assumeUnleveled(): void {
    this.s.es.set(this.unleveled.earlyStart);
    this.s.ef.set(this.unleveled.earlyFinish);
    for (let i = 0; i < this.compiled.tasks.count; i++) if (this.movable[i] === 1) this.setDelay(i, 0);
  }

  /** The engine's full schedule (late dates, floats, roll-ups) of the plan with these delays (per task index). */
  scheduleWith(delays: ArrayLike<number>): ScheduleResult {
    for (let i = 0; i < this.compiled.tasks.count; i++) this.setDelay(i, delays[i] ?? 0);
    return runSchedule(this.compiled);
  }
}
