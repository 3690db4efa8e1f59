import type { TaskAssignment } from '../resources/model.js';
import type { EpochMinute } from '../schedule/time.js';

/*
 * Which work of an assignment is still demand, and over which window. Actual work is in the past;
 * what remains is spread over the task's scheduled span, from the status date on once the task has
 * started (the engine keeps an in-progress task's early start at its actual start).
 */

/** A task's scheduled span and progress as demand needs them (minutes since the epoch). */
export interface DemandTaskSpan {
  readonly start: EpochMinute | null;
  readonly finish: EpochMinute | null;
  readonly actualStart: EpochMinute | null;
  readonly actualFinish: EpochMinute | null;
  /** 0..100. */
  readonly percentComplete: number;
}

/** Work still to do on an assignment, minutes: its remaining work, else work less actual work. */
export function remainingWorkMinutes(
  a: Pick<TaskAssignment, 'workMinutes' | 'actualWorkMinutes' | 'remainingWorkMinutes'>,
): number {
  const r = a.remainingWorkMinutes ?? a.workMinutes - a.actualWorkMinutes;
  return Number.isFinite(r) && r > 0 ? r : 0;
}

/**
 * The window the remaining work of a task's assignments is spread over, or null when nothing
 * remains to schedule (finished, or not scheduled). `statusDate` is the plan's status date, or now
 * when it has none; it only moves the start of a task in progress.
 */
export function demandWindow(
  task: DemandTaskSpan,
  statusDate: EpochMinute,
): { start: EpochMinute; finish: EpochMinute } | null {
  if (task.start === null || task.finish === null) return null;
  if (task.actualFinish !== null || task.percentComplete >= 100) return null;
  const inProgress = task.actualStart !== null || task.percentComplete > 0;
  const start = inProgress ? Math.max(task.start, Math.min(statusDate, task.finish)) : task.start;
  return { start, finish: Math.max(start, task.finish) };
}
