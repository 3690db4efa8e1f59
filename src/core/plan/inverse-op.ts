import {
  type DraftAssignment,
  type DraftLink,
  type DraftTask,
  type PlanDraft,
  settingValues,
  taskFieldValues,
} from './plan-draft.js';
import type {
  LinkFieldValues,
  NewLinkInput,
  NewTaskInput,
  PlanOp,
  PlanSettingValues,
  TaskFieldValues,
} from './plan-op.js';
import { withTaskFields } from './task-edit.js';
import { subtreeEnd, wbsOutline } from './wbs-outline.js';

/*
 * The ops that undo an op, computed from the plan just before it ran: an edit restores every field
 * it changed (including those a rule changed along, such as the actual start that reported work
 * sets), a delete re-creates the same tasks (same ids, parents, places, fields) with their links,
 * a move, indent or outdent moves each task back before its old next sibling. Applying an op and
 * then its inverse gives the same plan back (a property test holds core to it).
 */

/** Lookups over a draft; applyOps passes its own indexed one, so a long batch stays linear. */
export interface DraftView {
  readonly draft: PlanDraft;
  task(id: string): DraftTask | undefined;
  link(id: string): DraftLink | undefined;
  assignment(id: string): DraftAssignment | undefined;
  assignmentsOf(taskId: string): readonly DraftAssignment[];
}

/** A view that looks things up by scanning: fine for one op. */
export function scanView(draft: PlanDraft): DraftView {
  return {
    draft,
    task: (id) => draft.tasks.find((t) => t.id === id),
    link: (id) => draft.links.find((l) => l.id === id),
    assignment: (id) => draft.assignments.find((a) => a.id === id),
    assignmentsOf: (taskId) => draft.assignments.filter((a) => a.taskId === taskId),
  };
}

/**
 * The ops that undo `op` as applied to `before`. New tasks and links in `op` must carry their ids
 * (applyOps fills them in), or the inverse could not name them.
 */
export function inverseOf(op: PlanOp, before: PlanDraft | DraftView): PlanOp[] {
  const view = 'draft' in before ? before : scanView(before);
  switch (op.op) {
    case 'insertTasks': {
      const ids = op.tasks.map((t) => requireId(t.id));
      const fresh = new Set(ids);
      // Links of the insert between tasks that were there already do not go with the new tasks.
      const others = (op.links ?? []).filter((l) => !fresh.has(l.predecessorId) && !fresh.has(l.successorId));
      return [
        ...(others.length > 0 ? [{ op: 'deleteLinks' as const, linkIds: others.map((l) => requireId(l.id)) }] : []),
        { op: 'deleteTasks', taskIds: ids },
      ];
    }
    case 'updateTask': {
      const old = view.task(op.taskId);
      if (!old) return [];
      const previous = changedFields(taskFieldValues(old), taskFieldValues(withTaskFields(old, op.fields, 'fields')));
      const undo: PlanOp[] =
        Object.keys(previous).length > 0 ? [{ op: 'updateTask', taskId: op.taskId, fields: previous }] : [];
      // The task type rules may have moved its assignments' work or units along: put them back exactly.
      const ruled = op.fields.durationMinutes !== undefined || op.fields.percentComplete !== undefined;
      if (ruled && view.assignmentsOf(op.taskId).length > 0) undo.push(restoreOf(view, [op.taskId]));
      return undo;
    }
    case 'deleteTasks': {
      const undo = restoreDeleted(op.taskIds, view.draft);
      if (view.draft.assignments.length === 0) return undo;
      const inserted = undo.flatMap((o) => (o.op === 'insertTasks' ? o.tasks.map((t) => t.id as string) : []));
      const assigned = inserted.filter((id) => view.assignmentsOf(id).length > 0);
      return assigned.length > 0 ? [...undo, restoreOf(view, assigned)] : undo;
    }
    case 'addAssignments':
      return [
        restoreOf(
          view,
          op.assignments.map((a) => a.taskId),
        ),
      ];
    case 'updateAssignment': {
      const a = view.assignment(op.assignmentId);
      return a ? [restoreOf(view, [a.taskId])] : [];
    }
    case 'deleteAssignments':
      return [
        restoreOf(
          view,
          op.assignmentIds.flatMap((id) => view.assignment(id)?.taskId ?? []),
        ),
      ];
    case 'restoreAssignments':
      return [
        restoreOf(
          view,
          op.tasks.map((t) => t.taskId),
        ),
      ];
    case 'moveTasks':
    case 'indentTasks': {
      const outline = outlineOf(view.draft.tasks);
      return restorePlaces(outline.roots(op.taskIds), outline);
    }
    case 'outdentTasks': {
      const outline = outlineOf(view.draft.tasks);
      return restorePlaces(outdentAffected(op.taskIds, outline), outline);
    }
    case 'addLinks':
      return [{ op: 'deleteLinks', linkIds: op.links.map((l) => requireId(l.id)) }];
    case 'updateLink': {
      const old = view.link(op.linkId);
      if (!old) return [];
      const fields: LinkFieldValues = { type: old.type, lagKind: old.lagKind, lag: old.lag };
      return [{ op: 'updateLink', linkId: old.id, fields }];
    }
    case 'deleteLinks': {
      const links = op.linkIds.flatMap((id) => view.link(id) ?? []);
      return links.length > 0 ? [{ op: 'addLinks', links: links.map(newLinkOf) }] : [];
    }
    case 'updatePlan': {
      const now = settingValues(view.draft.settings);
      const previous: Partial<PlanSettingValues> = {};
      for (const key of Object.keys(op.fields) as (keyof PlanSettingValues)[]) {
        if (op.fields[key] !== undefined) Object.assign(previous, { [key]: now[key] });
      }
      return Object.keys(previous).length > 0 ? [{ op: 'updatePlan', fields: previous }] : [];
    }
  }
}

/** The op that puts these tasks' durations and assignments back as `view` has them. */
function restoreOf(view: DraftView, taskIds: readonly string[]): PlanOp {
  const tasks = [...new Set(taskIds)].flatMap((taskId) => {
    const t = view.task(taskId);
    return t ? [{ taskId, durationMinutes: t.durationMinutes, assignments: [...view.assignmentsOf(taskId)] }] : [];
  });
  return { op: 'restoreAssignments', tasks };
}

function requireId(id: string | undefined): string {
  if (id === undefined) throw new Error('inverseOf needs the ids of new tasks and links (apply the op first)');
  return id;
}

function changedFields(before: TaskFieldValues, after: TaskFieldValues): Partial<TaskFieldValues> {
  const out: Partial<TaskFieldValues> = {};
  for (const key of Object.keys(before) as (keyof TaskFieldValues)[]) {
    if (before[key] !== after[key]) Object.assign(out, { [key]: before[key] });
  }
  return out;
}

/** A task as an insert re-creates it: same id, parent and fields (scheduled dates are recomputed). */
export function newTaskOf(t: DraftTask): NewTaskInput {
  return { id: t.id, parentId: t.parentId, ...taskFieldValues(t) };
}

/** A link as an add re-creates it. */
export function newLinkOf(l: DraftLink): NewLinkInput {
  return {
    id: l.id,
    predecessorId: l.predecessorId,
    successorId: l.successorId,
    type: l.type,
    lagKind: l.lagKind,
    lag: l.lag,
  };
}

/** Levels and lookups of a task list in WBS order, built once per inverse. */
function outlineOf(tasks: readonly DraftTask[]) {
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const level = wbsOutline(tasks).level;
  const end = (i: number) => subtreeEnd(level, i);
  return {
    tasks,
    end,
    nextSiblingId(i: number): string | null {
      const next = tasks[end(i)];
      return next && next.parentId === (tasks[i] as DraftTask).parentId ? next.id : null;
    },
    /** The chosen tasks minus those inside another chosen task's subtree, as indices in WBS order. */
    roots(ids: readonly string[]): number[] {
      const sorted = ids
        .map((id) => index.get(id))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b);
      const out: number[] = [];
      let coveredUntil = -1;
      for (const i of sorted) {
        if (i < coveredUntil) continue;
        out.push(i);
        coveredUntil = end(i);
      }
      return out;
    },
  };
}
type Outline = ReturnType<typeof outlineOf>;

/** Re-creates deleted subtrees where they were, last first so each `beforeId` is back already, then their links. */
function restoreDeleted(taskIds: readonly string[], draft: PlanDraft): PlanOp[] {
  const outline = outlineOf(draft.tasks);
  const ops: PlanOp[] = [];
  const gone = new Set<string>();
  for (const i of outline.roots(taskIds).reverse()) {
    const end = outline.end(i);
    const block = draft.tasks.slice(i, end);
    for (const t of block) gone.add(t.id);
    ops.push({ op: 'insertTasks', beforeId: draft.tasks[end]?.id ?? null, tasks: block.map(newTaskOf), links: [] });
  }
  const lost = draft.links.filter((l) => gone.has(l.predecessorId) || gone.has(l.successorId));
  if (lost.length > 0) ops.push({ op: 'addLinks', links: lost.map(newLinkOf) });
  return ops;
}

/** Moves each task back under its old parent before its old next sibling, last first so that sibling is back already. */
function restorePlaces(indices: readonly number[], outline: Outline): PlanOp[] {
  return [...indices]
    .sort((a, b) => b - a)
    .map((i) => {
      const t = outline.tasks[i] as DraftTask;
      return { op: 'moveTasks', taskIds: [t.id], parentId: t.parentId, beforeId: outline.nextSiblingId(i) };
    });
}

/** Outdent also changes the parent of each lifted task's following siblings (they become its children). */
function outdentAffected(taskIds: readonly string[], outline: Outline): number[] {
  const affected = new Set<number>();
  for (const i of outline.roots(taskIds)) {
    const t = outline.tasks[i] as DraftTask;
    if (t.parentId === null) continue;
    affected.add(i);
    for (let s = outline.end(i); s < outline.tasks.length; s = outline.end(s)) {
      if ((outline.tasks[s] as DraftTask).parentId !== t.parentId) break;
      affected.add(s);
    }
  }
  return [...affected];
}
