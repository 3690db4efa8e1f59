import { DomainError, invalidField } from '../errors.js';
import {
  type AssignmentChanges,
  type AssignmentHost,
  addAssignments,
  afterTaskEdit,
  deleteAssignments,
  restoreAssignments,
  updateAssignment,
} from './assignment-edit.js';
import { carryTaskIndex, taskIndexOf } from './draft-index.js';
import { type DraftView, inverseOf } from './inverse-op.js';
import { newDraftLinks, withLinkFields } from './link-edit.js';
import type { DraftAssignment, DraftLink, DraftSettings, DraftTask, OpEnv, PlanDraft } from './plan-draft.js';
import { draftDate } from './plan-draft.js';
import type { InsertTasksOp, PlanOp, UpdateLinkOp, UpdatePlanOp } from './plan-op.js';
import { blankDraftTask, defaultDurationMinutes, withTaskFields } from './task-edit.js';
import { deleteSubtrees, indent, insertBefore, moveSubtrees, outdent } from './wbs-edit.js';
import { wbsOutline } from './wbs-outline.js';

/*
 * One pure function applies plan ops to a draft: the server for a request's batch, undo and redo
 * for their stored lists, and anything that previews a plan without writing it. A list is applied
 * to one working copy (so a thousand edits of a large plan cost one copy, not a thousand), each op
 * against the result of the ones before it; the first bad op throws a DomainError naming it
 * ("ops[37].fields.durationMinutes") and the draft passed in is never changed.
 */

/** One thing an op changed: before and after (undefined: absent). */
export interface Change<T> {
  readonly before: T | undefined;
  readonly after: T | undefined;
}

/** What an op changed: tasks (those it edited, created, deleted or re-parented), links, settings and assignments. */
export interface OpChanges {
  readonly tasks: readonly Change<DraftTask>[];
  readonly links: readonly Change<DraftLink>[];
  readonly settings: Change<DraftSettings> | null;
  /** Absent: none. */
  readonly assignments?: readonly Change<DraftAssignment>[];
}

/** An op as applied: with the ids it gave new tasks and links, the ops that undo it, and what it changed. */
export interface AppliedOp {
  readonly op: PlanOp;
  readonly inverse: readonly PlanOp[];
  readonly changes: OpChanges;
}

/** The result of applying a list of ops. */
export interface AppliedOps {
  readonly draft: PlanDraft;
  readonly applied: readonly AppliedOp[];
  /** Undoes the whole list: each op's inverse, last op first. */
  readonly inverse: readonly PlanOp[];
}

/** Names a field of op `index` in errors; by default "ops[3].fields.name". */
export type OpLocator = (index: number, path: string) => string;
const inBatch: OpLocator = (index, path) => `ops[${index}].${path}`;

/**
 * The working copy: arrays owned by this application, with id lookups rebuilt when order changes.
 * Until then tasks are only replaced in place, so the base list's (remembered) index still holds.
 */
class Working implements DraftView, AssignmentHost {
  tasks: DraftTask[];
  links: DraftLink[];
  settings: DraftSettings;
  assignments: DraftAssignment[];
  private assignmentIndex: Map<string, DraftAssignment> | null = null;
  private byTask: Map<string, DraftAssignment[]> | null = null;
  /** Whether tasks were added, removed or reordered (the base list's index no longer holds). */
  restructured = false;
  private readonly base: readonly DraftTask[];
  private taskIndex: Map<string, number> | null = null;
  private linkIndex: Map<string, number> | null = null;
  constructor(draft: PlanDraft) {
    this.base = draft.tasks;
    this.tasks = [...draft.tasks];
    this.links = [...draft.links];
    this.settings = draft.settings;
    this.assignments = draft.assignments as DraftAssignment[];
  }
  get draft(): PlanDraft {
    return { settings: this.settings, tasks: this.tasks, links: this.links, assignments: this.assignments };
  }
  assignment(id: string): DraftAssignment | undefined {
    this.assignmentIndex ??= new Map(this.assignments.map((a) => [a.id, a]));
    return this.assignmentIndex.get(id);
  }
  assignmentsOf(taskId: string): readonly DraftAssignment[] {
    if (this.assignments.length === 0) return [];
    if (!this.byTask) {
      this.byTask = new Map();
      for (const a of this.assignments) {
        const list = this.byTask.get(a.taskId);
        if (list) list.push(a);
        else this.byTask.set(a.taskId, [a]);
      }
    }
    return this.byTask.get(taskId) ?? [];
  }
  /** Assignments are replaced whole, never changed in place (the draft passed in shares the list). */
  setAssignments(list: DraftAssignment[]): void {
    this.assignments = list;
    this.assignmentIndex = null;
    this.byTask = null;
  }
  replaceTask(task: DraftTask): void {
    this.tasks[this.taskAt(task.id) as number] = task;
  }
  isSummary(id: string): boolean {
    return taskIndexOf(this.restructured ? this.tasks : this.base).hasChildren(id);
  }
  taskAt(id: string): number | undefined {
    if (!this.restructured) return taskIndexOf(this.base).at(id);
    this.taskIndex ??= new Map(this.tasks.map((t, i) => [t.id, i]));
    return this.taskIndex.get(id);
  }
  linkAt(id: string): number | undefined {
    this.linkIndex ??= new Map(this.links.map((l, i) => [l.id, i]));
    return this.linkIndex.get(id);
  }
  task(id: string): DraftTask | undefined {
    const i = this.taskAt(id);
    return i === undefined ? undefined : this.tasks[i];
  }
  link(id: string): DraftLink | undefined {
    const i = this.linkAt(id);
    return i === undefined ? undefined : this.links[i];
  }
  setTasks(tasks: DraftTask[]): void {
    this.tasks = tasks;
    this.restructured = true;
    this.taskIndex = null;
  }
  setLinks(links: DraftLink[]): void {
    this.links = links;
    this.linkIndex = null;
  }
}

/**
 * Applies `ops` in order to a copy of `draft`. Throws a DomainError for the first op that cannot
 * be applied, its fields named by `locate`; `draft` itself is never changed.
 */
export function applyOps(
  draft: PlanDraft,
  ops: readonly PlanOp[],
  env: OpEnv,
  locate: OpLocator = inBatch,
): AppliedOps {
  const w = new Working(draft);
  const applied: AppliedOp[] = [];
  ops.forEach((given, index) => {
    try {
      const op = withIds(given, env.newId);
      const inverse = inverseOf(op, w);
      applied.push({ op, inverse, changes: applyOne(w, op, env) });
    } catch (error) {
      throw located(error, (path) => locate(index, path));
    }
  });
  if (!w.restructured) carryTaskIndex(draft.tasks, w.tasks);
  return { draft: w.draft, applied, inverse: [...applied].reverse().flatMap((a) => a.inverse) };
}

/** Applies one op to a copy of `draft`; errors name the op's own fields ("fields.name"). */
export function applyOp(draft: PlanDraft, op: PlanOp, env: OpEnv): PlanDraft {
  return applyOps(draft, [op], env, (_, path) => path).draft;
}

/** The op with ids given to its new tasks and links, so it can be inverted, stored and replayed. */
function withIds(op: PlanOp, newId: () => string): PlanOp {
  const links = <T extends { id?: string }>(list: readonly T[] | undefined) =>
    (list ?? []).map((l) => (l.id === undefined ? { ...l, id: newId() } : l));
  if (op.op === 'insertTasks') return { ...op, tasks: links(op.tasks), links: links(op.links) };
  if (op.op === 'addLinks') return { ...op, links: links(op.links) };
  if (op.op === 'addAssignments') return { ...op, assignments: links(op.assignments) };
  return op;
}

function applyOne(w: Working, op: PlanOp, env: OpEnv): OpChanges {
  switch (op.op) {
    case 'insertTasks':
      return insertTasks(w, op, env);
    case 'updateTask': {
      const i = w.taskAt(op.taskId);
      if (i === undefined) throw invalidField('taskId', `no task ${op.taskId} in this plan`);
      const before = w.tasks[i] as DraftTask;
      const after = withTaskFields(before, op.fields, 'fields', env);
      w.tasks[i] = after;
      const ruled = w.assignments.length > 0 ? afterTaskEdit(w, before, after, env) : null;
      if (!ruled) return { tasks: [{ before, after }], links: [], settings: null };
      // The rules may have set the duration again (the task keeps one entry, first before to last after).
      const last = ruled.tasks.at(-1)?.after ?? after;
      return { tasks: [{ before, after: last }], links: [], settings: null, assignments: ruled.assignments };
    }
    case 'moveTasks':
      return restructure(w, op.taskIds, (l) => moveSubtrees(l, op.taskIds, op.parentId, op.beforeId ?? null));
    case 'indentTasks':
      return restructure(w, op.taskIds, (l) => indent(l, op.taskIds).list);
    case 'outdentTasks':
      return restructure(w, op.taskIds, (l) => outdent(l, op.taskIds).list);
    case 'deleteTasks': {
      const { list, removedIds } = deleteSubtrees(w.tasks, op.taskIds);
      const gone = new Set(removedIds);
      const tasks = removedIds.map((id) => ({ before: w.task(id), after: undefined }));
      const lost = w.links.filter((l) => gone.has(l.predecessorId) || gone.has(l.successorId));
      w.setTasks(list);
      if (lost.length > 0) w.setLinks(w.links.filter((l) => !gone.has(l.predecessorId) && !gone.has(l.successorId)));
      // A deleted task's assignments go with it (undo brings them back: inverse-op.ts).
      const dropped = w.assignments.filter((a) => gone.has(a.taskId));
      if (dropped.length > 0) w.setAssignments(w.assignments.filter((a) => !gone.has(a.taskId)));
      return {
        tasks,
        links: lost.map((l) => ({ before: l, after: undefined })),
        settings: null,
        ...(dropped.length > 0 ? { assignments: dropped.map((a) => ({ before: a, after: undefined })) } : {}),
      };
    }
    case 'addLinks': {
      const added = newDraftLinks(taskIds(w), w.links, op.links, 'links', env.newId);
      w.setLinks([...w.links, ...added]);
      return { tasks: [], links: added.map((l) => ({ before: undefined, after: l })), settings: null };
    }
    case 'updateLink':
      return updateLink(w, op);
    case 'deleteLinks': {
      const missing = op.linkIds.find((id) => w.linkAt(id) === undefined);
      if (missing) throw invalidField('linkIds', `no link ${missing} in this plan`);
      const gone = new Set(op.linkIds);
      const removed = w.links.filter((l) => gone.has(l.id));
      w.setLinks(w.links.filter((l) => !gone.has(l.id)));
      return { tasks: [], links: removed.map((l) => ({ before: l, after: undefined })), settings: null };
    }
    case 'updatePlan':
      return updatePlan(w, op, env);
    case 'addAssignments':
      return assignmentChanges(addAssignments(w, op, env));
    case 'updateAssignment':
      return assignmentChanges(updateAssignment(w, op, env));
    case 'deleteAssignments':
      return assignmentChanges(deleteAssignments(w, op, env));
    case 'restoreAssignments':
      return assignmentChanges(restoreAssignments(w, op));
  }
}

/** An assignment edit's changes; a task whose duration changed twice keeps its first before and last after. */
function assignmentChanges(c: AssignmentChanges): OpChanges {
  const tasks = new Map<string, Change<DraftTask>>();
  for (const t of c.tasks) {
    const id = (t.before ?? t.after)?.id as string;
    const first = tasks.get(id);
    tasks.set(id, first ? { before: first.before, after: t.after } : t);
  }
  return { tasks: [...tasks.values()], links: [], settings: null, assignments: c.assignments };
}

const taskIds = (w: Working) => new Set(w.tasks.map((t) => t.id));

function insertTasks(w: Working, op: InsertTasksOp, env: OpEnv): OpChanges {
  const known = taskIds(w);
  const rows = op.tasks.map((t, j) => {
    const id = t.id as string;
    if (known.has(id)) throw invalidField(`tasks[${j}].id`, `a task ${id} already exists`);
    const parentId = t.parentId ?? null;
    if (parentId !== null && !known.has(parentId)) {
      throw invalidField(`tasks[${j}].parentId`, `no task ${parentId} in this plan`);
    }
    known.add(id);
    const { id: _id, parentId: _parent, ...fields } = t;
    const blank = blankDraftTask(id, parentId, defaultDurationMinutes(t, w.settings.defaultCalendarId, env));
    return withTaskFields(blank, fields, `tasks[${j}]`, env);
  });
  const list = insertBefore(w.tasks, rows, op.beforeId ?? null);
  checkPlaces(list, rows);
  w.setTasks(list);
  const links = newDraftLinks(known, w.links, op.links ?? [], 'links', env.newId);
  if (links.length > 0) w.setLinks([...w.links, ...links]);
  return {
    tasks: rows.map((t) => ({ before: undefined, after: t })),
    links: links.map((l) => ({ before: undefined, after: l })),
    settings: null,
  };
}

/** A new task's parent must be the task above it or one of that task's parents (the outline stays whole). */
function checkPlaces(list: readonly DraftTask[], rows: readonly DraftTask[]): void {
  let bad = -1;
  try {
    wbsOutline(list, (i) => {
      bad = i;
      return `row ${i + 1}`;
    });
  } catch {
    const j = rows.findIndex((r) => r.id === list[bad]?.id);
    if (j < 0) throw invalidField('beforeId', 'would separate a task from its subtasks');
    throw invalidField(`tasks[${j}].parentId`, "must be the task above the new task or one of that task's parents");
  }
}

/** An outline edit; reports the chosen tasks and every task whose parent changed. */
function restructure(w: Working, ids: readonly string[], edit: (list: DraftTask[]) => DraftTask[]): OpChanges {
  const before = w.tasks;
  const list = edit(before);
  const old = new Map(before.map((t) => [t.id, t]));
  const chosen = new Set(ids);
  const tasks = list
    .filter((t) => chosen.has(t.id) || old.get(t.id) !== t)
    .map((t) => ({ before: old.get(t.id), after: t }));
  w.setTasks(list);
  return { tasks, links: [], settings: null };
}

function updateLink(w: Working, op: UpdateLinkOp): OpChanges {
  const i = w.linkAt(op.linkId);
  if (i === undefined) throw invalidField('linkId', `no link ${op.linkId} in this plan`);
  const before = w.links[i] as DraftLink;
  const after = withLinkFields(before, op.fields, 'fields');
  if (
    after.type !== before.type &&
    w.links.some(
      (l) => l.predecessorId === after.predecessorId && l.successorId === after.successorId && l.type === after.type,
    )
  ) {
    throw invalidField('fields.type', `these two tasks are already linked ${after.type}`);
  }
  w.links[i] = after;
  return { tasks: [], links: [{ before, after }], settings: null };
}

function updatePlan(w: Working, op: UpdatePlanOp, env: OpEnv): OpChanges {
  const f = op.fields;
  const before = w.settings;
  if (f.defaultCalendarId !== undefined && !env.calendars.has(f.defaultCalendarId)) {
    throw invalidField('fields.defaultCalendarId', 'is not a calendar of this project or the organisation');
  }
  const after: DraftSettings = {
    projectStart:
      f.projectStart !== undefined ? (draftDate(f.projectStart, 'fields.projectStart') as number) : before.projectStart,
    statusDate: f.statusDate !== undefined ? draftDate(f.statusDate, 'fields.statusDate') : before.statusDate,
    defaultCalendarId: f.defaultCalendarId ?? before.defaultCalendarId,
  };
  w.settings = after;
  return { tasks: [], links: [], settings: { before, after } };
}

/** The error with its field paths (and the message's leading path) renamed by `where`. */
export function located(error: unknown, where: (path: string) => string): unknown {
  if (!(error instanceof DomainError) || !Array.isArray(error.details.issues)) return error;
  const issues = (error.details.issues as { path: string; message: string }[]).map((i) => ({
    ...i,
    path: where(i.path),
  }));
  const first = (error.details.issues as { path: string }[])[0]?.path;
  const message =
    first !== undefined && error.message.startsWith(`${first}: `)
      ? `${where(first)}${error.message.slice(first.length)}`
      : error.message;
  return new DomainError(error.code, message, { ...error.details, issues });
}
