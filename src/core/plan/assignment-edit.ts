import { invalidField } from '../errors.js';
import { WORK_KINDS } from '../resources/model.js';
import {
  onAdd,
  onAssignmentChange,
  onDurationChange,
  onRemove,
  progressOf,
  type RuleResult,
  totalWork,
} from '../resources/task-type.js';
import type { DraftAssignment, DraftTask, OpEnv, StaffingChange } from './plan-draft.js';
import type { AddAssignmentsOp, DeleteAssignmentsOp, RestoreAssignmentsOp, UpdateAssignmentOp } from './plan-op.js';

/*
 * Assignment ops on a plan being edited, and the task type rules they and task edits set off
 * (`resources/task-type.ts`): a task's duration and its assignments' units and work move together,
 * and progress turns into actual and remaining work. Only work resources (people, roles,
 * equipment) follow the rules; material and cost assignments keep what they were given.
 */

/** One thing changed: before and after (undefined: absent). */
interface Change<T> {
  readonly before: T | undefined;
  readonly after: T | undefined;
}

/** What an assignment edit changed. */
export interface AssignmentChanges {
  readonly tasks: Change<DraftTask>[];
  readonly assignments: Change<DraftAssignment>[];
}

/** The plan being edited, as assignment edits need it. */
export interface AssignmentHost {
  task(id: string): DraftTask | undefined;
  isSummary(id: string): boolean;
  assignment(id: string): DraftAssignment | undefined;
  assignmentsOf(taskId: string): readonly DraftAssignment[];
  readonly assignments: readonly DraftAssignment[];
  setAssignments(list: DraftAssignment[]): void;
  replaceTask(task: DraftTask): void;
}

const isWorkKind = (env: OpEnv, resourceId: string) => {
  const kind = env.resources?.get(resourceId)?.kind;
  return kind === undefined || (WORK_KINDS as readonly string[]).includes(kind);
};

function requireResource(env: OpEnv, resourceId: string, field: string) {
  const r = env.resources?.get(resourceId);
  if (!r || !r.active) throw invalidField(field, 'is not an active resource of the pool');
  return r;
}

/** Whether `task` may take a work assignment; the error names `field`. */
function checkTakesWork(host: AssignmentHost, task: DraftTask, field: string): void {
  if (host.isSummary(task.id)) throw invalidField(field, 'a summary task takes no work assignments');
  if (task.milestone !== 0) throw invalidField(field, 'a milestone takes no work assignments');
}

/** Assignments with the task's progress as actual and remaining work. */
const withProgress = (task: DraftTask, list: readonly DraftAssignment[]) =>
  list.map((a) => {
    const { actual, remaining } = progressOf(a.workMinutes, task.percentComplete);
    return a.actualWorkMinutes === actual && a.remainingWorkMinutes === remaining
      ? a
      : { ...a, actualWorkMinutes: actual, remainingWorkMinutes: remaining };
  });

/**
 * Replaces the assignments of `taskId` by `next` (work ones from a rule, the others as they were)
 * and sets the task's duration from the rule; records what changed.
 */
function settle(
  host: AssignmentHost,
  taskId: string,
  next: readonly DraftAssignment[],
  durationMinutes: number,
  into: AssignmentChanges,
): void {
  const task = host.task(taskId) as DraftTask;
  const after = durationMinutes === task.durationMinutes ? task : { ...task, durationMinutes };
  if (after !== task) {
    host.replaceTask(after);
    into.tasks.push({ before: task, after });
  }
  const before = host.assignmentsOf(taskId);
  const settled = withProgress(after, next);
  const old = new Map(before.map((a) => [a.id, a]));
  const fresh = new Set(settled.map((a) => a.id));
  for (const a of settled) {
    const was = old.get(a.id);
    if (was !== a) into.assignments.push({ before: was, after: a });
  }
  for (const a of before) if (!fresh.has(a.id)) into.assignments.push({ before: a, after: undefined });
  const others = host.assignments.filter((a) => a.taskId !== taskId);
  host.setAssignments([...others, ...settled].sort(byTaskThenId));
}

const byTaskThenId = (a: DraftAssignment, b: DraftAssignment) =>
  a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A rule's result merged back with the task's non-work assignments. */
function merged(all: readonly DraftAssignment[], work: RuleResult<DraftAssignment>, env: OpEnv): DraftAssignment[] {
  return [...all.filter((a) => !isWorkKind(env, a.resourceId)), ...work.assignments];
}

const emptyChanges = (): AssignmentChanges => ({ tasks: [], assignments: [] });

/** Applies addAssignments. */
export function addAssignments(host: AssignmentHost, op: AddAssignmentsOp, env: OpEnv): AssignmentChanges {
  const byTask = new Map<
    string,
    { j: number; a: DraftAssignment; asked: { units?: number; workMinutes?: number } }[]
  >();
  const ids = new Set<string>();
  op.assignments.forEach((input, j) => {
    const at = `assignments[${j}]`;
    const id = input.id as string;
    if (ids.has(id) || host.assignment(id)) throw invalidField(`${at}.id`, `an assignment ${id} already exists`);
    ids.add(id);
    const task = host.task(input.taskId);
    if (!task) throw invalidField(`${at}.taskId`, `no task ${input.taskId} in this plan`);
    requireResource(env, input.resourceId, `${at}.resourceId`);
    if (isWorkKind(env, input.resourceId)) checkTakesWork(host, task, `${at}.taskId`);
    const list = byTask.get(task.id) ?? [];
    const taken = [...host.assignmentsOf(task.id), ...list.map((l) => l.a)];
    if (taken.some((a) => a.resourceId === input.resourceId)) {
      throw invalidField(`${at}.resourceId`, 'is already assigned to this task');
    }
    const units = input.unitsPercent === undefined ? undefined : input.unitsPercent / 100;
    const a: DraftAssignment = {
      id,
      taskId: task.id,
      resourceId: input.resourceId,
      units: units ?? 1,
      workMinutes: input.workMinutes ?? 0,
      actualWorkMinutes: 0,
      remainingWorkMinutes: null,
      levelingDelayMinutes: 0,
      staffingHistory: [],
    };
    list.push({ j, a, asked: { ...(units !== undefined ? { units } : {}), ...pick(input.workMinutes) } });
    byTask.set(task.id, list);
  });
  const changes = emptyChanges();
  for (const [taskId, list] of byTask) {
    const task = host.task(taskId) as DraftTask;
    const existing = host.assignmentsOf(taskId);
    const work = list.filter((l) => isWorkKind(env, l.a.resourceId));
    const things = list.filter((l) => !isWorkKind(env, l.a.resourceId)).map((l) => l.a);
    const rule = onAdd(
      task,
      existing.filter((a) => isWorkKind(env, a.resourceId)),
      work.map((l) => ({ ...l.a, asked: l.asked })),
      `assignments[${work[0]?.j ?? list[0]?.j}]`,
    );
    settle(host, taskId, [...merged(existing, rule, env), ...things], rule.durationMinutes, changes);
  }
  return changes;
}

const pick = (workMinutes: number | undefined) => (workMinutes === undefined ? {} : { workMinutes });

/** Applies updateAssignment: units and work by the task type, a new resource staffing it with history kept. */
export function updateAssignment(host: AssignmentHost, op: UpdateAssignmentOp, env: OpEnv): AssignmentChanges {
  const old = host.assignment(op.assignmentId);
  if (!old) throw invalidField('assignmentId', `no assignment ${op.assignmentId} in this plan`);
  const f = op.fields;
  const task = host.task(old.taskId) as DraftTask;
  let current: DraftAssignment = old;
  if (f.resourceId !== undefined && f.resourceId !== old.resourceId) {
    current = staffed(host, env, old, f.resourceId);
  }
  const all = host.assignmentsOf(task.id).map((a) => (a.id === old.id ? current : a));
  const changes = emptyChanges();
  const units = f.unitsPercent === undefined ? undefined : f.unitsPercent / 100;
  if ((units === undefined && f.workMinutes === undefined) || !isWorkKind(env, current.resourceId)) {
    const next = all.map((a) =>
      a.id === old.id ? { ...a, units: units ?? a.units, workMinutes: f.workMinutes ?? a.workMinutes } : a,
    );
    settle(host, task.id, next, task.durationMinutes, changes);
    return changes;
  }
  const work = all.filter((a) => isWorkKind(env, a.resourceId));
  const index = work.findIndex((a) => a.id === old.id);
  const rule = onAssignmentChange(
    task,
    work,
    index,
    { ...(units !== undefined ? { units } : {}), ...pick(f.workMinutes) },
    'fields',
  );
  settle(host, task.id, merged(all, rule, env), rule.durationMinutes, changes);
  return changes;
}

/** The assignment moved to `resourceId`, remembering whom it had: a role is staffed only by someone who fills it, unless the editor may staff any role. */
function staffed(host: AssignmentHost, env: OpEnv, old: DraftAssignment, resourceId: string): DraftAssignment {
  const next = requireResource(env, resourceId, 'fields.resourceId');
  if (host.assignmentsOf(old.taskId).some((a) => a.id !== old.id && a.resourceId === resourceId)) {
    throw invalidField('fields.resourceId', 'is already assigned to this task');
  }
  const was = env.resources?.get(old.resourceId);
  let outsideRole = false;
  if (was?.kind === 'role' && next.kind !== 'role' && next.roleId !== old.resourceId) {
    if (!env.editor?.anyRole) {
      throw invalidField(
        'fields.resourceId',
        `does not fill the role ${was.name}; only the PMO may staff it with them`,
      );
    }
    outsideRole = true;
  }
  if (isWorkKind(env, old.resourceId) !== isWorkKind(env, resourceId)) {
    throw invalidField('fields.resourceId', 'must be of the same sort (work, material or cost) as the one it replaces');
  }
  const entry: StaffingChange = {
    resourceId: old.resourceId,
    until: env.editor?.at ?? '',
    by: env.editor?.userId ?? '',
    ...(outsideRole ? { outsideRole: true } : {}),
  };
  return { ...old, resourceId, staffingHistory: [...old.staffingHistory, entry] };
}

/** Applies deleteAssignments; effort-driven tasks keep their work among the assignments left. */
export function deleteAssignments(host: AssignmentHost, op: DeleteAssignmentsOp, env: OpEnv): AssignmentChanges {
  const gone = new Set(op.assignmentIds);
  const tasks = new Set<string>();
  for (const id of gone) {
    const a = host.assignment(id);
    if (!a) throw invalidField('assignmentIds', `no assignment ${id} in this plan`);
    tasks.add(a.taskId);
  }
  const changes = emptyChanges();
  for (const taskId of tasks) {
    const task = host.task(taskId) as DraftTask;
    const all = host.assignmentsOf(taskId);
    const left = all.filter((a) => !gone.has(a.id));
    const removedWork = totalWork(all.filter((a) => gone.has(a.id) && isWorkKind(env, a.resourceId)));
    const rule = onRemove(
      task,
      left.filter((a) => isWorkKind(env, a.resourceId)),
      removedWork,
    );
    settle(host, taskId, merged(left, rule, env), rule.durationMinutes, changes);
  }
  return changes;
}

/** Applies restoreAssignments: durations and assignments exactly as given. */
export function restoreAssignments(host: AssignmentHost, op: RestoreAssignmentsOp): AssignmentChanges {
  const changes = emptyChanges();
  op.tasks.forEach((entry, j) => {
    const task = host.task(entry.taskId);
    if (!task) throw invalidField(`tasks[${j}].taskId`, `no task ${entry.taskId} in this plan`);
    const after =
      task.durationMinutes === entry.durationMinutes ? task : { ...task, durationMinutes: entry.durationMinutes };
    if (after !== task) {
      host.replaceTask(after);
      changes.tasks.push({ before: task, after });
    }
    const before = host.assignmentsOf(task.id);
    const old = new Map(before.map((a) => [a.id, a]));
    const keep = new Set(entry.assignments.map((a) => a.id));
    for (const a of entry.assignments) {
      const was = old.get(a.id);
      if (!was || !sameAssignment(was, a)) changes.assignments.push({ before: was, after: a });
    }
    for (const a of before) if (!keep.has(a.id)) changes.assignments.push({ before: a, after: undefined });
    const others = host.assignments.filter((a) => a.taskId !== task.id && !keep.has(a.id));
    host.setAssignments([...others, ...entry.assignments].sort(byTaskThenId));
  });
  return changes;
}

/** Whether two assignments hold the same values. */
export function sameAssignment(a: DraftAssignment, b: DraftAssignment): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * After `updateTask` changed `before` into `after`: the task type rules on its assignments (a new
 * duration moves work or units) and its progress on their actual work. A task with work
 * assignments cannot become a milestone.
 */
export function afterTaskEdit(
  host: AssignmentHost,
  before: DraftTask,
  after: DraftTask,
  env: OpEnv,
): AssignmentChanges | null {
  const all = host.assignmentsOf(after.id);
  if (all.length === 0) return null;
  const work = all.filter((a) => isWorkKind(env, a.resourceId));
  if (after.milestone !== 0 && before.milestone === 0 && work.length > 0) {
    throw invalidField('fields.milestone', 'a task with work assignments cannot be a milestone');
  }
  const changes = emptyChanges();
  if (after.durationMinutes !== before.durationMinutes && work.length > 0) {
    const rule = onDurationChange(after, work, after.durationMinutes, 'fields.durationMinutes');
    settle(host, after.id, merged(all, rule, env), after.durationMinutes, changes);
  } else if (after.percentComplete !== before.percentComplete) {
    settle(host, after.id, all, after.durationMinutes, changes);
  }
  return changes.assignments.length > 0 ? changes : null;
}
