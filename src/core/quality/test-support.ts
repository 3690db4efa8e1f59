import type { Plan, TaskId } from '../schedule/model.js';
import { schedulePlan } from '../schedule/schedule.js';
import { assessScheduleQuality } from './index.js';
import type { BaselineTask, QualityCheckKey, QualityCheckResult, QualityInput } from './model.js';

/** Test helper: schedules `plan` with the real engine, assesses it, and returns the check `key`. */
export function checkOf(
  plan: Plan,
  key: QualityCheckKey,
  extra: Omit<QualityInput, 'plan' | 'result'> = {},
): QualityCheckResult {
  const q = assessScheduleQuality({ plan, result: schedulePlan(plan), ...extra });
  const c = q.checks.find((x) => x.key === key);
  if (!c) throw new Error(`no check ${key}`);
  return c;
}

/** Test helper: a baseline map from [task id, finish, duration minutes]. */
export const baselineOf = (rows: readonly [string, number | null, number | null][]) =>
  new Map<TaskId, BaselineTask>(
    rows.map(([id, finish, durationMinutes]) => [id as TaskId, { finish, durationMinutes }]),
  );
