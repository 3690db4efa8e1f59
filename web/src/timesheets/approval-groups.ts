import type { Assignment, ProjectTimesheetList } from '../../../src/contracts/index.js';
import { WORK_KINDS } from '../../../src/core/resources/model.js';

/** A line of a project's timesheets, with whose and which week. */
export type ProjectLine = ProjectTimesheetList['items'][number];

/** One person's week on the project: the unit a manager reads and decides on. */
export interface LineGroup {
  readonly key: string;
  readonly person: ProjectLine['person'];
  readonly weekStart: string;
  readonly lines: readonly ProjectLine[];
  readonly dayTotals: readonly number[];
  readonly totalMinutes: number;
}

/**
 * Lines grouped by person and week: the queue oldest week first (the longest waiting on top), the
 * history newest first; people by name within a week.
 */
export function groupLines(items: readonly ProjectLine[], newestFirst: boolean): LineGroup[] {
  const groups = new Map<string, ProjectLine[]>();
  for (const l of items) {
    const key = `${l.weekStart}/${l.person.id}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const out = [...groups].map(([key, lines]) => {
    const dayTotals = new Array<number>(7).fill(0);
    for (const l of lines) {
      l.minutes.forEach((m, d) => {
        dayTotals[d]! += m;
      });
    }
    const first = lines[0]!;
    return {
      key,
      person: first.person,
      weekStart: first.weekStart,
      lines,
      dayTotals,
      totalMinutes: dayTotals.reduce((a, b) => a + b, 0),
    };
  });
  const order = newestFirst ? -1 : 1;
  return out.sort(
    (a, b) => order * a.weekStart.localeCompare(b.weekStart) || a.person.name.localeCompare(b.person.name),
  );
}

/** A task among the lines chosen for approval: the hours they post to it. */
export interface TaskHours {
  readonly taskId: string;
  readonly taskName: string;
  readonly minutes: number;
}

/** The tasks of the chosen lines with their hours, in the order the lines come. */
export function tasksOf(lines: readonly ProjectLine[]): TaskHours[] {
  const byTask = new Map<string, TaskHours>();
  for (const l of lines) {
    const seen = byTask.get(l.taskId);
    byTask.set(l.taskId, { taskId: l.taskId, taskName: l.taskName, minutes: (seen?.minutes ?? 0) + l.totalMinutes });
  }
  return [...byTask.values()];
}

/**
 * The remaining work a task will have once `minutes` more are done, as approving estimates it when
 * the manager gives none: its work assignments' remaining work less the hours (never below zero).
 * Null when the task has no work assignment (its hours are cost only).
 */
export function defaultRemaining(assignments: readonly Assignment[], taskId: string, minutes: number): number | null {
  const work = assignments.filter((a) => a.taskId === taskId && WORK_KINDS.includes(a.resourceKind));
  if (work.length === 0) return null;
  return Math.max(0, work.reduce((sum, a) => sum + a.remainingWorkMinutes, 0) - minutes);
}
