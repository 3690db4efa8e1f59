import type { LinkArrays } from './network-links.js';
import type { TaskArrays } from './network.js';
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
  /** Late start before an actual start overrides it (MS Project derives predecessors' late dates from it). */
  readonly calcLs: Float64Array;
  projectStart: EpochMinute;
  projectFinish: EpochMinute;
  /** Data date (status date); NaN when none. */
  statusDate: EpochMinute;
  /** Second forward pass after the backward pass: ALAP predecessors drive by their late dates. */
  alapPass: boolean;
  /** P6: late dates of open ends come from "must finish by" when set (NaN otherwise). */
  mustFinishBy: EpochMinute;
}

/** Fresh state with NaN dates. */
export function createPassState(
  tasks: TaskArrays,
  links: LinkArrays,
  order: Int32Array,
  projectStart: EpochMinute,
): PassState {
  const n = tasks.count;
  const nan = () => new Float64Array(n).fill(Number.NaN);
  return {
    tasks,
    links,
    order,
    es: nan(),
    ef: nan(),
    ls: nan(),
    lf: nan(),
    calcLs: nan(),
    projectStart,
    projectFinish: Number.NaN,
    statusDate: Number.NaN,
    alapPass: false,
    mustFinishBy: Number.NaN,
  };
}
