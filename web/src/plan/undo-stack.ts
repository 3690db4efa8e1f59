import { inverseOf, isEmptyOp, type PlanOp, type PlanSnapshot } from './plan-ops.js';

/*
 * Undo and redo for the plan view, as MS Project offers them: every edit is recorded with the
 * operation that reverses it, computed from the plan just before the edit. Undo sends the
 * reverse, redo sends the edit again; both go through the same API calls as a fresh edit, with
 * the plan's current version, so an undo never overwrites someone else's newer change blindly.
 */

/** One recorded edit: what was done and what reverses it. */
export interface UndoEntry {
  /** Shown in the toolbar's tooltip: "Undo indent". */
  readonly label: string;
  readonly redo: PlanOp;
  readonly undo: PlanOp;
}

/** Edits that can be undone (last is newest) and those undone that can be redone (last is the next redo). */
export interface UndoStack {
  readonly done: readonly UndoEntry[];
  readonly undone: readonly UndoEntry[];
}

/** How many edits are kept; older ones fall off. */
export const UNDO_LIMIT = 200;

/** A stack with nothing to undo or redo. */
export const emptyUndoStack: UndoStack = { done: [], undone: [] };

/** An entry for `op` as applied to `before`. */
export function undoEntryFor(label: string, op: PlanOp, before: PlanSnapshot): UndoEntry {
  return { label, redo: op, undo: inverseOf(op, before) };
}

/** Records a new edit; the redo list is dropped, as a new edit branches history. */
export function recordEdit(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  if (isEmptyOp(entry.redo)) return stack;
  const done = [...stack.done, entry];
  return { done: done.length > limit ? done.slice(done.length - limit) : done, undone: [] };
}

/** The entry undo would reverse, or null. */
export function nextUndo(stack: UndoStack): UndoEntry | null {
  return stack.done[stack.done.length - 1] ?? null;
}

/** The entry redo would re-apply, or null. */
export function nextRedo(stack: UndoStack): UndoEntry | null {
  return stack.undone[stack.undone.length - 1] ?? null;
}

/** After the undo of the newest entry succeeded: it moves to the redo list. */
export function undoApplied(stack: UndoStack): UndoStack {
  const entry = nextUndo(stack);
  if (!entry) return stack;
  return { done: stack.done.slice(0, -1), undone: [...stack.undone, entry] };
}

/** After a redo succeeded: the entry is undoable again. */
export function redoApplied(stack: UndoStack): UndoStack {
  const entry = nextRedo(stack);
  if (!entry) return stack;
  return { done: [...stack.done, entry], undone: stack.undone.slice(0, -1) };
}

/**
 * After an undo or redo failed (the task is gone, the server refused): the entry is dropped, since
 * sending it again would fail the same way, and the user is told.
 */
export function entryFailed(stack: UndoStack, which: 'undo' | 'redo'): UndoStack {
  return which === 'undo'
    ? { ...stack, done: stack.done.slice(0, -1) }
    : { ...stack, undone: stack.undone.slice(0, -1) };
}

/** An undo or redo the server refused; `remaining` is the stack without the failed entry. */
export class UndoFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly remaining: UndoStack,
  ) {
    super(cause instanceof Error ? cause.message : 'Undo failed');
    this.name = 'UndoFailed';
  }
}

/**
 * Runs undo or redo: sends the entry's operation and moves it across on success; `send` makes the
 * API calls. Returns the stack to keep, or throws UndoFailed carrying it.
 */
export async function runUndoRedo(
  stack: UndoStack,
  which: 'undo' | 'redo',
  send: (op: PlanOp) => Promise<unknown>,
): Promise<UndoStack> {
  const entry = which === 'undo' ? nextUndo(stack) : nextRedo(stack);
  if (!entry) return stack;
  try {
    await send(which === 'undo' ? entry.undo : entry.redo);
  } catch (error) {
    throw new UndoFailed(error, entryFailed(stack, which));
  }
  return which === 'undo' ? undoApplied(stack) : redoApplied(stack);
}
