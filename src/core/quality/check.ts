import type { TaskId } from '../schedule/model.js';
import type { QualityContext } from './context.js';
import type { QualityCheckKey, QualityCheckResult, QualityThreshold } from './model.js';

/** What a check measured: counts, value (percent or ratio), flagged task indexes; pass only when it decides itself. */
export interface CheckOutcome {
  readonly count: number;
  readonly total: number;
  readonly value: number | null;
  /** Positions in plan.tasks of the tasks to look at. */
  readonly tasks: Iterable<number>;
  /** null: does not apply; absent: decided by the threshold (null when value is null). */
  readonly pass?: boolean | null;
}

/** One registered check: its DCMA id and key, name, pass mark and measuring function. */
export interface QualityCheck {
  readonly id: number;
  readonly key: QualityCheckKey;
  readonly name: string;
  readonly threshold: QualityThreshold | null;
  readonly measure: (ctx: QualityContext) => CheckOutcome;
}

/** Share of `count` in `total` as a percentage; null when there is nothing to count. */
export const percent = (count: number, total: number): number | null => (total === 0 ? null : (100 * count) / total);

/** A count over a total as a percentage outcome, flagging `tasks`. */
export const shareOutcome = (count: number, total: number, tasks: Iterable<number>): CheckOutcome => ({
  count,
  total,
  value: percent(count, total),
  tasks,
});

// Values are rounded for the reader only after pass is decided, so 5.004 % still fails "<= 5".
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Runs one check and shapes its answer: pass from the threshold unless the check decided it, task ids in plan order. */
export function runCheck(check: QualityCheck, ctx: QualityContext): QualityCheckResult {
  const out = check.measure(ctx);
  const { threshold } = check;
  const pass =
    out.pass !== undefined
      ? out.pass
      : out.value === null || threshold === null
        ? null
        : threshold.operator === '<='
          ? out.value <= threshold.value
          : out.value >= threshold.value;
  const ratio = check.key === 'cpli' || check.key === 'bei';
  const indexes = [...new Set(out.tasks)].sort((a, b) => a - b);
  return {
    id: check.id,
    key: check.key,
    name: check.name,
    count: out.count,
    total: out.total,
    value: out.value === null ? null : round(out.value, ratio ? 4 : 2),
    threshold,
    pass,
    taskIds: indexes.map((i) => ctx.plan.tasks[i]?.id as TaskId),
  };
}
