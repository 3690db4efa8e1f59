import type { DraftTask } from './plan-draft.js';

/*
 * Lookups over a draft's task list, built once per list and remembered with it. An edit of one
 * task in a 100,000-task plan must not rebuild a 100,000-entry map three times (apply, undo image,
 * answer): the list a write leaves behind gets the index of the list it came from when no task
 * was added, removed or moved (`carryTaskIndex`). Remembering is invisible to callers: the lists
 * are read-only, so the same list always gives the same index.
 */

/** Where each task of a list is, and which tasks have children (are summaries). */
export interface DraftTaskIndex {
  /** The task's place in the list (0-based), or undefined. */
  at(id: string): number | undefined;
  /** Whether some task of the list has `id` as its parent. */
  hasChildren(id: string): boolean;
}

const indexes = new WeakMap<readonly DraftTask[], DraftTaskIndex>();

function buildIndex(tasks: readonly DraftTask[]): DraftTaskIndex {
  const places = new Map<string, number>();
  for (let i = 0; i < tasks.length; i++) places.set((tasks[i] as DraftTask).id, i);
  let parents: Set<string | null> | null = null;
  return {
    at: (id) => places.get(id),
    hasChildren: (id) => {
      parents ??= new Set(tasks.map((t) => t.parentId));
      return parents.has(id);
    },
  };
}

/** The index of `tasks`, built on first use. */
export function taskIndexOf(tasks: readonly DraftTask[]): DraftTaskIndex {
  let index = indexes.get(tasks);
  if (!index) {
    index = buildIndex(tasks);
    indexes.set(tasks, index);
  }
  return index;
}

/**
 * Gives `to` the index of `from`: only for a list with the same ids and parents at the same
 * places (tasks edited in place), which the caller vouches for.
 */
export function carryTaskIndex(from: readonly DraftTask[], to: readonly DraftTask[]): void {
  const index = indexes.get(from);
  if (index && from !== to) indexes.set(to, index);
}
