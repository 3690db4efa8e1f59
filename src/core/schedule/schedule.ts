import { DomainError } from '../errors.js';
import { criticalFlags, scheduleWarnings } from './critical-path.js';
import { computeFloats } from './floats.js';
import type { Plan, ScheduleOptions, ScheduleResult } from './model.js';
import { backwardTaskMsp, forwardTaskMsp } from './msp-passes.js';
import {
  compileLinks,
  expandSummaryLinks,
  type LinkArrays,
  type LinkColumns,
  type SummaryLink,
  toLinkArrays,
} from './network-links.js';
import { C_ALAP, compileTasks, F_SUMMARY, type TaskArrays } from './network.js';
import { createPassState, type PassState } from './pass-state.js';
import { rollupCritical, rollupDates, summariesPostOrder } from './rollup.js';
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
    throw new DomainError('validation_failed', 'options.projectStart: must be a date', { field: 'options.projectStart' });
  }
  if (options.direction === 'backward' && !Number.isFinite(options.projectFinish ?? Number.NaN)) {
    throw new DomainError('validation_failed', 'options.projectFinish: required when scheduling backward', {
      field: 'options.projectFinish',
    });
  }
}

/** Validates and compiles a plan into arrays, links in CSR form and a topological order. */
export function compilePlan(plan: Plan): CompiledPlan {
  checkOptions(plan.options);
  const flavour = plan.options.flavour ?? 'msproject';
  const tasks = compileTasks(plan);
  const defaultLag = plan.options.lagCalendar ?? (flavour === 'p6' ? 'predecessor' : 'successor');
  const { leaf, summary } = compileLinks(plan, tasks, defaultLag);
  const leafMask = new Uint8Array(tasks.count);
  for (let i = 0; i < tasks.count; i++) leafMask[i] = ((tasks.flags[i] as number) & F_SUMMARY) === 0 ? 1 : 0;
  const links = toLinkArrays(tasks.count, leaf);
  const order = topologicalOrder(links, leafMask, (i) => tasks.ids[i] as string);
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
  for (const i of s.order) forwardTaskMsp(s, i);
}

function backwardPass(s: PassState): void {
  const order = s.order;
  for (let k = order.length - 1; k >= 0; k--) backwardTaskMsp(s, order[k] as number);
}

function latestEarlyFinish(s: PassState): number {
  let pf = Number.NEGATIVE_INFINITY;
  for (const i of s.order) if ((s.ef[i] as number) > pf) pf = s.ef[i] as number;
  return pf === Number.NEGATIVE_INFINITY ? s.projectStart : pf;
}

/** MS Project summary logic needs a first forward pass to know each summary's earliest subtask. */
function expandSummaries(c: CompiledPlan): void {
  if (c.summaryLinks.length === 0) return;
  const s = createPassState(c.tasks, c.links, c.order, c.options.projectStart);
  forwardPass(s);
  const cols = expandSummaryLinks(c.tasks, c.summaryLinks, s.es, c.leafLinks);
  c.links = toLinkArrays(c.tasks.count, cols);
  c.order = topologicalOrder(c.links, c.leafMask, (i) => c.tasks.ids[i] as string);
}

/** Runs the passes, floats and roll-ups on a compiled plan. */
export function runSchedule(c: CompiledPlan): ScheduleResult {
  const options = c.options;
  const s = createPassState(c.tasks, c.links, c.order, options.projectStart);
  if (options.direction === 'backward') {
    s.projectFinish = options.projectFinish as number;
    backwardPass(s);
    let start = Number.POSITIVE_INFINITY;
    for (const i of s.order) if ((s.ls[i] as number) < start) start = s.ls[i] as number;
    s.projectStart = start === Number.POSITIVE_INFINITY ? s.projectFinish : start;
    forwardPass(s);
  } else {
    forwardPass(s);
    s.projectFinish = latestEarlyFinish(s);
    backwardPass(s);
  }
  let anyAlap = false;
  for (const i of s.order) if (c.tasks.cType[i] === C_ALAP) anyAlap = true;
  if (anyAlap) {
    s.alapPass = true;
    forwardPass(s);
  }
  rollupDates(s, c.postOrder);
  const floats = computeFloats(s, options.totalFloat ?? 'smallest');
  const critical = criticalFlags(s, floats, options);
  rollupCritical(c.tasks, c.postOrder, critical);
  const summary = new Uint8Array(c.tasks.count);
  for (let i = 0; i < c.tasks.count; i++) summary[i] = c.leafMask[i] === 1 ? 0 : 1;
  return {
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
