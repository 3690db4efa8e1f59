import type { PlanLink, PlanTask } from '../../../src/contracts/index.js';
import type { PlanCalendars } from './calendar-time.js';
import type { LinkDraft, PlanOp } from './plan-ops.js';

/*
 * The toolbar's and the chart's commands as plain functions from the plan to an op, so
 * what "Link tasks", "Insert task" or a dragged bar end sends is tested without a browser.
 */

/** Whether one task is the other's summary (at any depth): linking them would loop, as MS Project refuses. */
export function isAncestorPair(tasks: readonly PlanTask[], a: number, b: number): boolean {
  const [outer, inner] = a < b ? [a, b] : [b, a];
  const level = (tasks[outer] as PlanTask).outlineLevel;
  for (let i = outer + 1; i <= inner; i++) if ((tasks[i] as PlanTask).outlineLevel <= level) return false;
  return true;
}

/**
 * MS Project's "Link tasks": the chosen tasks in WBS order, each a finish-to-start predecessor of
 * the next; pairs already linked (either way) or summary-and-subtask are skipped.
 */
export function linkChain(
  ids: readonly string[],
  tasks: readonly PlanTask[],
  byId: ReadonlyMap<string, number>,
  links: readonly PlanLink[],
  newId: () => string,
): LinkDraft[] {
  const order = ids
    .map((id) => byId.get(id))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  const linked = new Set(links.map((l) => `${l.predecessorId}>${l.successorId}`));
  const out: LinkDraft[] = [];
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    const p = (tasks[a] as PlanTask).id;
    const s = (tasks[b] as PlanTask).id;
    if (linked.has(`${p}>${s}`) || linked.has(`${s}>${p}`) || isAncestorPair(tasks, a, b)) continue;
    out.push({ id: newId(), predecessorId: p, successorId: s, type: 'FS', lagKind: 'working', lag: 0 });
  }
  return out;
}

/** A new task above `before` (same parent), or at the end at the level of the last task; one working day long. */
export function insertTaskOp(
  before: PlanTask | null,
  tasks: readonly PlanTask[],
  calendars: PlanCalendars,
  id: string,
  name = 'New task',
): PlanOp {
  const parentId = before ? before.parentId : (tasks[tasks.length - 1]?.parentId ?? null);
  return {
    op: 'insertTasks',
    beforeId: before?.id ?? null,
    tasks: [{ id, parentId, name, durationMinutes: calendars.units(null).hoursPerDay * 60 }],
    links: [],
  };
}

/** A bar dragged to a new start: a start-no-earlier-than constraint there (what MS Project does). */
export function moveTaskOp(task: PlanTask, newStart: string): PlanOp | null {
  if (task.constraintType === 'startNoEarlierThan' && task.constraintDate === newStart) return null;
  return {
    op: 'updateTask',
    taskId: task.id,
    fields: { constraintType: 'startNoEarlierThan', constraintDate: newStart },
  };
}

/** A bar's end dragged: the duration becomes the working time from start to the new finish on the task's calendar. */
export function resizeTaskOp(task: PlanTask, newFinish: string, calendars: PlanCalendars): PlanOp | null {
  if (!task.start || newFinish < task.start) return null;
  const minutes = task.elapsed
    ? elapsedMinutes(task.start, newFinish)
    : Math.max(0, calendars.workBetween(task.calendarId, task.start, newFinish));
  if (minutes === task.durationMinutes) return null;
  return { op: 'updateTask', taskId: task.id, fields: { durationMinutes: minutes, milestone: minutes === 0 } };
}

function elapsedMinutes(from: string, to: string): number {
  const m = (s: string) =>
    Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16));
  return Math.round((m(to) - m(from)) / 60_000);
}

/** A finish-to-start link dragged in the chart, unless the two are linked already or one is the other's summary. */
export function linkTasksOp(
  predecessorId: string,
  successorId: string,
  tasks: readonly PlanTask[],
  byId: ReadonlyMap<string, number>,
  links: readonly PlanLink[],
  newId: () => string,
): PlanOp | null {
  if (predecessorId === successorId) return null;
  const chain = linkChain([predecessorId, successorId], tasks, byId, links, newId);
  // linkChain orders by WBS; a link dragged upwards keeps the direction the user drew.
  const drawn = chain.map((l) => ({ ...l, predecessorId, successorId }));
  return drawn.length > 0 ? { op: 'addLinks', links: drawn } : null;
}
