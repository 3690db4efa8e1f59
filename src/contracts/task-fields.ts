/*
 * One descriptor per stored task field: its column and SQL type, its name on the wire (the JSON
 * task, the task-list columns) and in the audit log, and what kind of field it is. The store's
 * insert and update column lists, the diff's input / computed / shown sets, the audit's field list
 * and the task-list columns are all read from here, so a new task field is declared once (plus its
 * migration and its zod schema in plan.ts). It lives in contracts because it is shared vocabulary
 * of every layer that touches a task row (store, services, and the web's column decoder); it holds
 * no SQL, only type names.
 */

/** A stored column's portable SQL type (used for casts in bulk updates on PostgreSQL). */
export type TaskSqlType = 'text' | 'integer' | 'double precision';

/**
 * What a field is: `input` (set by planners, stored by every write that changes it), `computed`
 * (the engine's result: derived on read, stored lazily), `store` (kept only by the store: WBS sort key).
 */
export type TaskFieldKind = 'input' | 'computed' | 'store';

/** How a field reads on the wire: as is, a 0/1 flag, or minutes since 1970 local time (a date). */
export type TaskWireCodec = 'plain' | 'flag' | 'minutes';

/** One stored task field. */
export interface TaskField {
  /** The `tasks` column. */
  readonly column: string;
  readonly sql: TaskSqlType;
  readonly kind: TaskFieldKind;
  /** The field of the JSON task (PlanTask), or null when not sent as such. */
  readonly wire: string | null;
  /** The task-list column (GET /tasks?format=columns) and the value meaning "not set" there; null: not a column. */
  readonly list: { readonly name: string; readonly fallback: unknown } | null;
  readonly codec: TaskWireCodec;
  /** Listed with before and after in the audit log's task edits (under `wire`). */
  readonly audited: boolean;
  /** Progress a team member may record on their own tasks (plan.progress). */
  readonly progress: boolean;
  /** Compared with a baseline (variance in the comparison view). */
  readonly compared: boolean;
  /** Computed fields a client shows as the task's own bar, rather than late dates and floats. */
  readonly shown: boolean;
}

type Options = Partial<Omit<TaskField, 'column' | 'sql' | 'kind'>>;
const field = <C extends string>(
  column: C,
  sql: TaskSqlType,
  kind: TaskFieldKind,
  o: Options = {},
): TaskField & { readonly column: C } => ({
  column,
  sql,
  kind,
  wire: o.wire ?? null,
  list: o.list ?? null,
  codec: o.codec ?? 'plain',
  audited: o.audited ?? false,
  progress: o.progress ?? false,
  compared: o.compared ?? false,
  shown: o.shown ?? false,
});
const col = (name: string, fallback: unknown) => ({ name, fallback });

/** Every stored task field but the keys (`id`, `project_id`), in column order. */
export const TASK_FIELDS = [
  field('parent_id', 'text', 'input', { wire: 'parentId', audited: true }),
  field('position', 'integer', 'store'),
  field('name', 'text', 'input', { wire: 'name', list: col('name', undefined), audited: true }),
  field('notes', 'text', 'input', { wire: 'notes', list: col('notes', ''), audited: true }),
  field('duration_minutes', 'integer', 'input', {
    wire: 'durationMinutes',
    list: col('durationMinutes', undefined),
    audited: true,
    compared: true,
  }),
  field('elapsed', 'integer', 'input', { wire: 'elapsed', list: col('elapsed', 0), codec: 'flag' }),
  field('milestone', 'integer', 'input', {
    wire: 'milestone',
    list: col('milestone', 0),
    codec: 'flag',
    audited: true,
  }),
  field('calendar_id', 'text', 'input', { wire: 'calendarId', list: col('calendarId', null), audited: true }),
  field('constraint_type', 'text', 'input', {
    wire: 'constraintType',
    list: col('constraintType', 'asap'),
    audited: true,
  }),
  field('constraint_date', 'integer', 'input', {
    wire: 'constraintDate',
    list: col('constraintDateMinutes', null),
    codec: 'minutes',
    audited: true,
  }),
  field('deadline', 'integer', 'input', {
    wire: 'deadline',
    list: col('deadlineMinutes', null),
    codec: 'minutes',
    audited: true,
  }),
  field('actual_start', 'integer', 'input', {
    wire: 'actualStart',
    list: col('actualStartMinutes', null),
    codec: 'minutes',
    audited: true,
    progress: true,
  }),
  field('actual_finish', 'integer', 'input', {
    wire: 'actualFinish',
    list: col('actualFinishMinutes', null),
    codec: 'minutes',
    audited: true,
    progress: true,
  }),
  field('percent_complete', 'double precision', 'input', {
    wire: 'percentComplete',
    list: col('percentComplete', 0),
    audited: true,
    progress: true,
    shown: true,
  }),
  field('remaining_minutes', 'integer', 'input', {
    wire: 'remainingDurationMinutes',
    list: col('remainingDurationMinutes', null),
    audited: true,
    progress: true,
  }),
  field('responsible_id', 'text', 'input', {
    wire: 'responsibleId',
    list: col('responsibleId', null),
    audited: true,
  }),
  field('task_type', 'text', 'input', { wire: 'taskType', list: col('taskType', 'fixedUnits'), audited: true }),
  field('effort_driven', 'integer', 'input', {
    wire: 'effortDriven',
    list: col('effortDriven', 0),
    codec: 'flag',
    audited: true,
  }),
  field('priority', 'integer', 'input', { wire: 'priority', list: col('priority', 500), audited: true }),
  field('leveling_delay_minutes', 'integer', 'input', {
    wire: 'levelingDelayMinutes',
    list: col('levelingDelayMinutes', 0),
    audited: true,
  }),
  field('fixed_cost_minor', 'integer', 'input', {
    wire: 'fixedCostMinor',
    list: col('fixedCostMinor', 0),
    audited: true,
  }),
  field('fixed_cost_accrual', 'text', 'input', {
    wire: 'fixedCostAccrual',
    list: col('fixedCostAccrual', 'prorated'),
    audited: true,
  }),
  field('physical_percent_complete', 'double precision', 'input', {
    wire: 'physicalPercentComplete',
    list: col('physicalPercentComplete', 0),
    audited: true,
    progress: true,
  }),
  field('ev_method', 'text', 'input', { wire: 'evMethod', list: col('evMethod', null), audited: true }),
  field('early_start', 'integer', 'computed', {
    wire: 'start',
    list: col('startMinutes', null),
    codec: 'minutes',
    compared: true,
    shown: true,
  }),
  field('early_finish', 'integer', 'computed', {
    wire: 'finish',
    list: col('finishMinutes', null),
    codec: 'minutes',
    compared: true,
    shown: true,
  }),
  field('late_start', 'integer', 'computed', {
    wire: 'lateStart',
    list: col('lateStartMinutes', null),
    codec: 'minutes',
  }),
  field('late_finish', 'integer', 'computed', {
    wire: 'lateFinish',
    list: col('lateFinishMinutes', null),
    codec: 'minutes',
  }),
  field('total_float', 'double precision', 'computed', {
    wire: 'totalFloatMinutes',
    list: col('totalFloatMinutes', null),
  }),
  field('free_float', 'double precision', 'computed', {
    wire: 'freeFloatMinutes',
    list: col('freeFloatMinutes', null),
  }),
  field('critical', 'integer', 'computed', { wire: 'critical', list: col('critical', 0), codec: 'flag' }),
  // The outline says which tasks are summaries on the wire; the column keeps the engine's answer.
  field('summary', 'integer', 'computed', { wire: 'summary', codec: 'flag', shown: true }),
] as const satisfies readonly TaskField[];

/** A stored task column's name. */
export type TaskColumn = (typeof TASK_FIELDS)[number]['column'];

/** The columns of the fields that match `keep`, in column order. */
export const taskColumns = (keep: (f: TaskField) => boolean): TaskColumn[] =>
  TASK_FIELDS.filter(keep).map((f) => f.column);
