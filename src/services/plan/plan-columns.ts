import type { PlanTaskColumnSet, PlanTaskColumns } from '../../contracts/index.js';
import type { WbsOutline } from '../../core/plan/wbs-outline.js';
import type { PlanRow, TaskRow } from '../../store/schema.js';
import { toPlanHeader } from './plan-model.js';

/*
 * The task list column by column (contracts/plan-columns.ts), straight from the rows: no task
 * objects and no date texts are made, which is most of the cost of the JSON list at 100,000 tasks.
 */

type Optional = Exclude<
  keyof PlanTaskColumnSet,
  'id' | 'parentRow' | 'wbs' | 'outlineLevel' | 'name' | 'durationMinutes'
>;

/** The task list of `tasks` (WBS order) in columns; `names` gives the responsible people's names. */
export function taskColumnsOf(
  plan: PlanRow,
  tasks: readonly TaskRow[],
  outline: WbsOutline,
  names: ReadonlyMap<string, string>,
): PlanTaskColumns {
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
  const optional = <K extends Optional>(key: K, value: (t: TaskRow, i: number) => unknown, fallback: unknown) => {
    const values = tasks.map(value);
    if (values.some((v) => v !== fallback)) (columns as Record<string, unknown>)[key] = values;
  };
  optional('summary', (_, i) => flag(outline.summary[i] as number), 0);
  optional('notes', (t) => t.notes, '');
  optional('elapsed', (t) => flag(t.elapsed), 0);
  optional('milestone', (t) => flag(t.milestone), 0);
  optional('calendarId', (t) => t.calendar_id, null);
  optional('constraintType', (t) => t.constraint_type, 'asap');
  optional('constraintDateMinutes', (t) => t.constraint_date, null);
  optional('deadlineMinutes', (t) => t.deadline, null);
  optional('actualStartMinutes', (t) => t.actual_start, null);
  optional('actualFinishMinutes', (t) => t.actual_finish, null);
  optional('percentComplete', (t) => t.percent_complete, 0);
  optional('remainingDurationMinutes', (t) => t.remaining_minutes, null);
  optional('responsibleId', (t) => t.responsible_id, null);
  optional('startMinutes', (t) => t.early_start, null);
  optional('finishMinutes', (t) => t.early_finish, null);
  optional('lateStartMinutes', (t) => t.late_start, null);
  optional('lateFinishMinutes', (t) => t.late_finish, null);
  optional('totalFloatMinutes', (t) => t.total_float, null);
  optional('freeFloatMinutes', (t) => t.free_float, null);
  optional('critical', (t) => flag(t.critical), 0);
  return {
    plan: toPlanHeader(plan),
    format: 'columns',
    count: tasks.length,
    columns,
    people: Object.fromEntries(names),
  };
}
