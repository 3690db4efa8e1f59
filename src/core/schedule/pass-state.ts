import { allocateArrays } from './arena.js';
import type { TaskArrays } from './network.js';
import type { LinkArrays } from './network-links.js';
import type { EpochMinute } from './time.js';

/** Everything a forward or backward pass reads and writes (dates: EpochMinute, NaN = unset). */
export interface PassState {
  readonly tasks: TaskArrays;
  readonly links: LinkArrays;
  /** Leaf tasks in topological order. */
  readonly order: Int32Array;
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  /** 1 where a hard constraint pulled a task before what its links allow. */
  readonly constraintUnmet: Uint8Array;
  projectStart: EpochMinute;
  projectFinish: EpochMinute;
  /** Data date (status date); NaN when none. */
  statusDate: EpochMinute;
  /** Second forward pass after the backward pass: ALAP predecessors drive by their late dates. */
  alapPass: boolean;
  /** P6: late dates of open ends come from "must finish by" when set (NaN otherwise). */
  mustFinishBy: EpochMinute;
  /** Progress override: a started task ignores its predecessors (P6 option). */
  progressOverride: boolean;
  /** P6: early [start, finish] of ALAP tasks before they were moved late (float is measured from them). */
  readonly preAlapEarly: Map<number, readonly [EpochMinute, EpochMinute]>;
}

/** Fresh state with NaN dates. */
export function createPassState(
  tasks: TaskArrays,
  links: LinkArrays,
  order: Int32Array,
  projectStart: EpochMinute,
): PassState {
  const n = tasks.count;
  const a = allocateArrays({
    es: ['f64', n],
    ef: ['f64', n],
    ls: ['f64', n],
    lf: ['f64', n],
    constraintUnmet: ['u8', n],
  });
  a.es.fill(Number.NaN);
  a.ef.fill(Number.NaN);
  a.ls.fill(Number.NaN);
  a.lf.fill(Number.NaN);
  return {
    tasks,
    links,
    order,
    ...a,
    projectStart,
    projectFinish: Number.NaN,
    statusDate: Number.NaN,
    alapPass: false,
    mustFinishBy: Number.NaN,
    progressOverride: false,
    preAlapEarly: new Map(),
  };
}
