import type { PlanLinkColumnSet, PlanLinkColumns, PlanTaskColumnSet, PlanTaskColumns } from '../../contracts/index.js';
import { TASK_FIELDS, type TaskField } from '../../contracts/task-fields.js';
import type { WbsOutline } from '../../core/plan/wbs-outline.js';
import type { LinkRow, PlanRow, TaskRow } from '../../store/schema.js';
import { toPlanHeader } from './plan-model.js';

/*
 * The task and link lists column by column (contracts/plan-columns.ts), straight from the rows: no
 * task objects and no date texts are made, which is most of the cost of the JSON list at 100,000
 * tasks.
 */

/** The task-list columns that may be left out (a default throughout), from the task field descriptor. */
const OPTIONAL_COLUMNS: readonly TaskField[] = TASK_FIELDS.filter(
  (f) => f.list !== null && f.list.fallback !== undefined,
);

/** The columns of `tasks` (WBS order): everything of the task list but its header and people. */
export function taskColumnSetOf(tasks: readonly TaskRow[], outline: WbsOutline): PlanTaskColumnSet {
  const index = new Map(tasks.map((t, i) => [t.id, i + 1]));
  const columns: PlanTaskColumnSet = {
    id: tasks.map((t) => t.id),
    parentRow: tasks.map((t) => (t.parent_id === null ? 0 : (index.get(t.parent_id) ?? 0))),
    wbs: Array.from(outline.wbs.slice(0, tasks.length)),
    outlineLevel: Array.from(outline.level.slice(0, tasks.length)),
    name: tasks.map((t) => t.name),
    durationMinutes: tasks.map((t) => t.duration_minutes),
  };
  const flag = (v: number) => (v ? 1 : 0) as 0 | 1;
  // Each optional column with its default: a column left at its default throughout is not sent.
  const optional = (key: string, value: (t: TaskRow, i: number) => unknown, fallback: unknown) => {
    const values = tasks.map(value);
    if (values.some((v) => v !== fallback)) (columns as Record<string, unknown>)[key] = values;
  };
  // The outline, not the row, says which tasks are summaries.
  optional('summary', (_, i) => flag(outline.summary[i] as number), 0);
  for (const f of OPTIONAL_COLUMNS) {
    const column = f.column as keyof TaskRow;
    const list = f.list as NonNullable<TaskField['list']>;
    optional(list.name, f.codec === 'flag' ? (t) => flag(t[column] as number) : (t) => t[column], list.fallback);
  }
  return columns;
}

/** The task list of `tasks` (WBS order) in columns; `names` gives the responsible people's names. */
export function taskColumnsOf(
  plan: PlanRow,
  tasks: readonly TaskRow[],
  outline: WbsOutline,
  names: ReadonlyMap<string, string>,
): PlanTaskColumns {
  return {
    plan: toPlanHeader(plan),
    format: 'columns',
    count: tasks.length,
    columns: taskColumnSetOf(tasks, outline),
    people: Object.fromEntries(names),
  };
}

/** The columns of `links`. */
export function linkColumnSetOf(links: readonly LinkRow[]): PlanLinkColumnSet {
  const columns: PlanLinkColumnSet = {
    id: links.map((l) => l.id),
    predecessorId: links.map((l) => l.predecessor_id),
    successorId: links.map((l) => l.successor_id),
  };
  if (links.some((l) => l.type !== 'FS')) columns.type = links.map((l) => l.type as 'FS');
  if (links.some((l) => l.lag_kind !== 'working')) columns.lagKind = links.map((l) => l.lag_kind as 'working');
  if (links.some((l) => l.lag !== 0)) columns.lag = links.map((l) => l.lag);
  return columns;
}

/** The link list in columns. */
export function linkColumnsOf(plan: PlanRow, links: readonly LinkRow[]): PlanLinkColumns {
  return { plan: toPlanHeader(plan), format: 'columns', count: links.length, columns: linkColumnSetOf(links) };
}

/**
 * The JSON text of a columns document whose `columns` member is already text (plan-wire-cache.ts):
 * the header and the people's names are made on every read, since a plan setting or a person's
 * name can change while the rows stay those of the same version.
 */
export function columnsDocumentText(head: Record<string, unknown>, columnsText: string): string {
  const open = JSON.stringify(head);
  return `${open.slice(0, -1)}${open.length > 2 ? ',' : ''}"columns":${columnsText}}`;
}
