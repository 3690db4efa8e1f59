import type { LagKindEnum, LinkTypeEnum, PlanLink, PlanTask, TaskFields } from '../../../src/contracts/index.js';

/*
 * Every change the plan view makes, as data: one variant per API write. Keeping writes as data
 * lets the undo stack store an operation and its inverse, and lets one function send either.
 * Tasks and links created here always carry client-made ids, so undo can delete exactly them and
 * redo can re-create them under the same ids (which other undo entries may refer to).
 */

type LinkType = (typeof LinkTypeEnum.options)[number];
type LagKind = (typeof LagKindEnum.options)[number];

/** A task's editable fields, any subset, with its id. */
export type TaskPatch = Partial<TaskFields> & { readonly id: string };
/** A task to create: id and parent always given. */
export type TaskDraft = Partial<TaskFields> & { readonly id: string; readonly parentId: string | null; name: string };
/** A link to create, id always given. */
export interface LinkDraft {
  readonly id: string;
  readonly predecessorId: string;
  readonly successorId: string;
  readonly type: LinkType;
  readonly lagKind: LagKind;
  readonly lag: number;
}

/** One plan write (or several in order, for inverses that need more than one call). */
export type PlanOp =
  | { readonly kind: 'updateTasks'; readonly tasks: readonly TaskPatch[] }
  | { readonly kind: 'createTasks'; readonly beforeId: string | null; readonly tasks: readonly TaskDraft[] }
  | { readonly kind: 'deleteTasks'; readonly taskIds: readonly string[] }
  | {
      readonly kind: 'moveTasks';
      readonly taskIds: readonly string[];
      readonly parentId: string | null;
      readonly beforeId: string | null;
    }
  | { readonly kind: 'indent'; readonly taskIds: readonly string[] }
  | { readonly kind: 'outdent'; readonly taskIds: readonly string[] }
  | { readonly kind: 'createLinks'; readonly links: readonly LinkDraft[] }
  | {
      readonly kind: 'updateLink';
      readonly id: string;
      readonly type: LinkType;
      readonly lagKind: LagKind;
      readonly lag: number;
    }
  | { readonly kind: 'deleteLinks'; readonly linkIds: readonly string[] }
  | { readonly kind: 'batch'; readonly ops: readonly PlanOp[] };

/** The plan as the client holds it: tasks in WBS order and links. */
export interface PlanSnapshot {
  readonly tasks: readonly PlanTask[];
  readonly links: readonly PlanLink[];
}

/** The fields a deleted task needs to come back exactly (scheduled dates are recomputed by the server). */
const RESTORED_FIELDS = [
  'name',
  'notes',
  'durationMinutes',
  'elapsed',
  'milestone',
  'calendarId',
  'constraintType',
  'constraintDate',
  'deadline',
  'actualStart',
  'actualFinish',
  'percentComplete',
  'remainingDurationMinutes',
  'responsibleId',
] as const satisfies readonly (keyof TaskFields)[];

/** Lookups over a snapshot, built once per inverse (O(n); inverses run once per user action). */
class Outline {
  readonly index = new Map<string, number>();
  constructor(readonly tasks: readonly PlanTask[]) {
    for (let i = 0; i < tasks.length; i++) this.index.set((tasks[i] as PlanTask).id, i);
  }
  task(id: string): PlanTask | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.tasks[i];
  }
  /** Index just past the task's subtree. */
  subtreeEnd(i: number): number {
    const level = (this.tasks[i] as PlanTask).outlineLevel;
    let end = i + 1;
    while (end < this.tasks.length && (this.tasks[end] as PlanTask).outlineLevel > level) end++;
    return end;
  }
  nextSiblingId(i: number): string | null {
    const end = this.subtreeEnd(i);
    const next = this.tasks[end];
    return next && next.parentId === (this.tasks[i] as PlanTask).parentId ? next.id : null;
  }
  /** The chosen ids minus those inside another chosen task's subtree, in WBS order. */
  roots(ids: readonly string[]): number[] {
    const sorted = ids
      .map((id) => this.index.get(id))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    const out: number[] = [];
    let coveredUntil = -1;
    for (const i of sorted) {
      if (i < coveredUntil) continue;
      out.push(i);
      coveredUntil = this.subtreeEnd(i);
    }
    return out;
  }
}

function restoreUpdates(op: { tasks: readonly TaskPatch[] }, outline: Outline): PlanOp {
  const tasks: TaskPatch[] = [];
  for (const patch of op.tasks) {
    const before = outline.task(patch.id);
    if (!before) continue;
    const previous: Record<string, unknown> = { id: patch.id };
    for (const key of Object.keys(patch)) if (key !== 'id') previous[key] = before[key as keyof PlanTask];
    tasks.push(previous as TaskPatch);
  }
  return { kind: 'updateTasks', tasks };
}

function draftOf(task: PlanTask): TaskDraft {
  const draft: Record<string, unknown> = { id: task.id, parentId: task.parentId };
  for (const key of RESTORED_FIELDS) draft[key] = task[key];
  return draft as TaskDraft;
}

/** Re-creates deleted subtrees where they were, last first so each `beforeId` already exists, then their links. */
function restoreDeleted(taskIds: readonly string[], outline: Outline, links: readonly PlanLink[]): PlanOp {
  const ops: PlanOp[] = [];
  const gone = new Set<string>();
  for (const i of outline.roots(taskIds).reverse()) {
    const end = outline.subtreeEnd(i);
    const block = outline.tasks.slice(i, end);
    for (const t of block) gone.add(t.id);
    ops.push({ kind: 'createTasks', beforeId: outline.tasks[end]?.id ?? null, tasks: block.map(draftOf) });
  }
  const lost = links.filter((l) => gone.has(l.predecessorId) || gone.has(l.successorId));
  if (lost.length > 0) ops.push({ kind: 'createLinks', links: lost.map(linkDraftOf) });
  return ops.length === 1 ? (ops[0] as PlanOp) : { kind: 'batch', ops };
}

function linkDraftOf(l: PlanLink): LinkDraft {
  return {
    id: l.id,
    predecessorId: l.predecessorId,
    successorId: l.successorId,
    type: l.type,
    lagKind: l.lagKind,
    lag: l.lag,
  };
}

/** Moves each task back under its old parent before its old next sibling, last first so that sibling is back already. */
function restorePositions(indices: readonly number[], outline: Outline): PlanOp {
  const ops: PlanOp[] = [...indices]
    .sort((a, b) => b - a)
    .map((i) => {
      const t = outline.tasks[i] as PlanTask;
      return { kind: 'moveTasks', taskIds: [t.id], parentId: t.parentId, beforeId: outline.nextSiblingId(i) };
    });
  return ops.length === 1 ? (ops[0] as PlanOp) : { kind: 'batch', ops };
}

/** Outdent also changes the parent of each lifted task's following siblings (they become its children). */
function outdentAffected(taskIds: readonly string[], outline: Outline): number[] {
  const affected = new Set<number>();
  for (const i of outline.roots(taskIds)) {
    const t = outline.tasks[i] as PlanTask;
    if (t.parentId === null) continue;
    affected.add(i);
    for (let s = outline.subtreeEnd(i); s < outline.tasks.length; s = outline.subtreeEnd(s)) {
      if ((outline.tasks[s] as PlanTask).parentId !== t.parentId) break;
      affected.add(s);
    }
  }
  return [...affected];
}

/**
 * The operation that undoes `op`, computed from the plan as it was just before `op` ran. Batches
 * are inverted against that same snapshot, which is right for the batches this view makes (their
 * parts touch different tasks or links).
 */
export function inverseOf(op: PlanOp, before: PlanSnapshot): PlanOp {
  const outline = new Outline(before.tasks);
  return invert(op, before, outline);
}

function invert(op: PlanOp, before: PlanSnapshot, outline: Outline): PlanOp {
  switch (op.kind) {
    case 'updateTasks':
      return restoreUpdates(op, outline);
    case 'createTasks':
      // Links among or to the new tasks go with them.
      return { kind: 'deleteTasks', taskIds: op.tasks.map((t) => t.id) };
    case 'deleteTasks':
      return restoreDeleted(op.taskIds, outline, before.links);
    case 'moveTasks':
    case 'indent':
      return restorePositions(outline.roots(op.taskIds), outline);
    case 'outdent':
      return restorePositions(outdentAffected(op.taskIds, outline), outline);
    case 'createLinks':
      return { kind: 'deleteLinks', linkIds: op.links.map((l) => l.id) };
    case 'deleteLinks': {
      const ids = new Set(op.linkIds);
      return { kind: 'createLinks', links: before.links.filter((l) => ids.has(l.id)).map(linkDraftOf) };
    }
    case 'updateLink': {
      const old = before.links.find((l) => l.id === op.id);
      if (!old) return { kind: 'batch', ops: [] };
      return { kind: 'updateLink', id: old.id, type: old.type, lagKind: old.lagKind, lag: old.lag };
    }
    case 'batch':
      return { kind: 'batch', ops: op.ops.map((o) => invert(o, before, outline)).reverse() };
  }
}

/** True when the operation does nothing (an empty batch or list), so it is neither sent nor recorded. */
export function isEmptyOp(op: PlanOp): boolean {
  switch (op.kind) {
    case 'batch':
      return op.ops.every(isEmptyOp);
    case 'updateTasks':
    case 'createTasks':
      return op.tasks.length === 0;
    case 'deleteTasks':
    case 'moveTasks':
    case 'indent':
    case 'outdent':
      return op.taskIds.length === 0;
    case 'createLinks':
      return op.links.length === 0;
    case 'deleteLinks':
      return op.linkIds.length === 0;
    case 'updateLink':
      return false;
  }
}
