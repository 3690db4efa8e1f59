import { DomainError } from '../errors.js';
import { Arena, bytesFor } from './arena.js';
import { criticalFlags, scheduleWarnings } from './critical-path.js';
import { computeFloats, type Floats } from './floats.js';
import type { Plan, ScheduleOptions, ScheduleResult } from './model.js';
import { applyActualLateStartsMsp, backwardTaskMsp, forwardTaskMsp } from './msp-passes.js';
import { C_ALAP, compileTasks, F_SUMMARY, F2_DELAY, type TaskArrays } from './network.js';
import {
  compileLinks,
  expandSummaryLinks,
  type LinkArrays,
  type LinkColumns,
  type SummaryLink,
  toLinkArrays,
} from './network-links.js';
import { computeFloatsP6 } from './p6-floats.js';
import { runP6Passes } from './p6-schedule.js';
import { createPassState, type PassState } from './pass-state.js';
import { rollupCritical, rollupDates, summariesPostOrder } from './rollup.js';
import { runSimplePasses, type SimpleState, simpleCalendar, simpleFloats } from './simple-passes.js';
import { topologicalOrder } from './topological-order.js';

/** A plan compiled once and scheduled many times (incremental changes mutate its task arrays). */
export interface CompiledPlan {
  readonly options: ScheduleOptions;
  readonly tasks: TaskArrays;
  readonly leafLinks: LinkColumns;
  readonly summaryLinks: readonly SummaryLink[];
  readonly leafMask: Uint8Array;
  readonly postOrder: Int32Array;
  links: LinkArrays;
  order: Int32Array;
}

function checkOptions(options: ScheduleOptions): void {
  if (!Number.isFinite(options.projectStart)) {
    throw new DomainError('validation_failed', 'options.projectStart: must be a date', {
      field: 'options.projectStart',
    });
  }
  if (options.direction === 'backward' && !Number.isFinite(options.projectFinish ?? Number.NaN)) {
    throw new DomainError('validation_failed', 'options.projectFinish: required when scheduling backward', {
      field: 'options.projectFinish',
    });
  }
}

/** Bytes for every array a compile needs, reserved in one go (see Arena). */
function compileBytes(n: number, m: number): number {
  return bytesFor([
    // Task columns, the WBS tree, the id index (group, value, slots), leaf mask and topological order.
    ...(['i32', 'u8', 'u8', 'u16', 'u16', 'i32', 'i32', 'u8', 'u8', 'u8', 'u8', 'u8'] as const).map(
      (k) => [k, n] as const,
    ),
    ...(
      ['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32'] as const
    ).map((k) => [k, n + 1] as const),
    ['i32', 2 * n + 64],
    // Link columns and CSR edges.
    ...(['i32', 'i32', 'u8', 'i32', 'u16', 'i32', 'i32'] as const).map((k) => [k, m] as const),
  ]);
}

/** Validates and compiles a plan into arrays, links in CSR form and a topological order. */
export function compilePlan(plan: Plan): CompiledPlan {
  checkOptions(plan.options);
  const flavour = plan.options.flavour ?? 'msproject';
  const arena = new Arena(compileBytes(plan.tasks.length, plan.links.length));
  const tasks = compileTasks(plan, arena);
  const defaultLag = plan.options.lagCalendar ?? (flavour === 'p6' ? 'predecessor' : 'successor');
  const { leaf, summary } = compileLinks(plan, tasks, defaultLag, arena);
  const leafMask = arena.u8(tasks.count);
  for (let i = 0; i < tasks.count; i++) leafMask[i] = ((tasks.flags[i] as number) & F_SUMMARY) === 0 ? 1 : 0;
  const links = toLinkArrays(tasks.count, leaf, arena);
  const order = topologicalOrder(links, leafMask, (i) => tasks.ids[i] as string, arena);
  return {
    options: plan.options,
    tasks,
    leafLinks: leaf,
    summaryLinks: summary,
    leafMask,
    postOrder: summariesPostOrder(tasks),
    links,
    order,
  };
}

function forwardPass(s: PassState): void {
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    forwardTaskMsp(s, i);
  }
}

function backwardPass(s: PassState): void {
  const order = s.order;
  for (let k = order.length - 1; k >= 0; k--) backwardTaskMsp(s, order[k] as number);
  applyActualLateStartsMsp(s);
}

function latestEarlyFinish(s: PassState): number {
  let pf = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    if ((s.ef[i] as number) > pf) pf = s.ef[i] as number;
  }
  return pf === Number.NEGATIVE_INFINITY ? s.projectStart : pf;
}

/** MS Project summary logic needs a first forward pass to know each summary's earliest subtask. */
export function expandSummaries(c: CompiledPlan): void {
  if (c.summaryLinks.length === 0) return;
  const s = createPassState(c.tasks, c.links, c.order, c.options.projectStart);
  // The subtask that drives a summary's SS/SF link is chosen on the unleveled dates, so leveling
  // delays never rewire the network they were computed on.
  const flags2 = c.tasks.flags2;
  const saved = flags2.slice();
  for (let i = 0; i < flags2.length; i++) flags2[i] = (flags2[i] as number) & ~F2_DELAY;
  forwardPass(s);
  flags2.set(saved);
  const cols = expandSummaryLinks(c.tasks, c.summaryLinks, s.es, c.leafLinks);
  c.links = toLinkArrays(c.tasks.count, cols);
  c.order = topologicalOrder(c.links, c.leafMask, (i) => c.tasks.ids[i] as string);
}

/** Everything a run produced, kept by the incremental scheduler to update in place. */
export interface RunDetail {
  readonly result: ScheduleResult;
  readonly state: PassState;
  /** Integer positions when the network took the simple path. */
  readonly simple: SimpleState | null;
  readonly floats: Floats;
  readonly critical: Uint8Array;
}

/**
 * Runs the passes, floats and roll-ups on a compiled plan. Simple single-calendar networks take
 * the integer work-position passes unless `general` is set (tests compare the two).
 */
export function runScheduleDetailed(c: CompiledPlan, general = false): RunDetail {
  const options = c.options;
  const s = createPassState(c.tasks, c.links, c.order, options.projectStart);
  // MS Project passes read it only to resume a leveled in-progress task (P6 sets its own below).
  s.statusDate = options.statusDate ?? Number.NaN;
  const mode = options.totalFloat ?? 'smallest';
  const cal =
    !general && options.direction !== 'backward' && (options.flavour ?? 'msproject') === 'msproject'
      ? simpleCalendar(c.tasks, c.links, c.order)
      : null;
  let simple: SimpleState | null = null;
  const p6 = options.flavour === 'p6';
  if (cal) {
    simple = runSimplePasses(s, cal);
  } else if (p6) {
    runP6Passes(s, options);
  } else if (options.direction === 'backward') {
    s.projectFinish = options.projectFinish as number;
    backwardPass(s);
    let start = Number.POSITIVE_INFINITY;
    for (let k = 0; k < s.order.length; k++) start = Math.min(start, s.ls[s.order[k] as number] as number);
    s.projectStart = start === Number.POSITIVE_INFINITY ? s.projectFinish : start;
    forwardPass(s);
  } else {
    forwardPass(s);
    s.projectFinish = latestEarlyFinish(s);
    backwardPass(s);
  }
  if (!simple && !p6) {
    let anyAlap = false;
    for (let k = 0; k < s.order.length; k++) if (c.tasks.cType[s.order[k] as number] === C_ALAP) anyAlap = true;
    if (anyAlap) {
      s.alapPass = true;
      forwardPass(s);
    }
  }
  rollupDates(s, c.postOrder);
  const floats = p6 ? computeFloatsP6(s, mode) : simple ? computeFloats(s, mode, c.postOrder) : computeFloats(s, mode);
  if (simple) simpleFloats(simple, c.tasks, c.links, c.order, mode, floats.total, floats.free);
  const critical = criticalFlags(s, floats, options);
  rollupCritical(c.tasks, c.postOrder, critical);
  const summary = new Uint8Array(c.tasks.count);
  for (let i = 0; i < c.tasks.count; i++) summary[i] = c.leafMask[i] === 1 ? 0 : 1;
  const result: ScheduleResult = {
    taskIds: c.tasks.ids,
    earlyStart: s.es,
    earlyFinish: s.ef,
    lateStart: s.ls,
    lateFinish: s.lf,
    totalFloatMinutes: floats.total,
    freeFloatMinutes: floats.free,
    critical,
    summary,
    projectStart: s.projectStart,
    projectFinish: s.projectFinish,
    warnings: scheduleWarnings(s, floats),
  };
  return { result, state: s, simple, floats, critical };
}

/** Runs the passes, floats and roll-ups on a compiled plan (see runScheduleDetailed). */
export function runSchedule(c: CompiledPlan, general = false): ScheduleResult {
  return runScheduleDetailed(c, general).result;
}

/**
 * Schedules a plan: forward and backward passes, floats, critical path, summary roll-up. Throws a
 * DomainError for invalid input (naming the task and field, or the tasks of a cycle).
 */
export function schedulePlan(plan: Plan): ScheduleResult {
  const compiled = compilePlan(plan);
  expandSummaries(compiled);
  return runSchedule(compiled);
}
