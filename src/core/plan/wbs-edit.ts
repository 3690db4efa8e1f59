import { invalidField } from '../errors.js';
import { subtreeEnd, type WbsNode, wbsOutline } from './wbs-outline.js';

/*
 * Structural edits of a WBS held as a list in outline order (MS Project's task sheet): insert,
 * move, indent, outdent and delete. Each returns a new list of new entries where anything
 * changed; the caller keeps `parentId` and order, everything else rides along untouched.
 */

type Editable = WbsNode & { readonly parentId: string | null };

const withParent = <T extends Editable>(node: T, parentId: string | null): T =>
  node.parentId === parentId ? node : { ...node, parentId };

function indexById(list: readonly Editable[]): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((n, i) => {
    map.set(n.id, i);
  });
  return map;
}

function requireIds(index: Map<string, number>, ids: readonly string[], field: string): void {
  const missing = ids.find((id) => !index.has(id));
  if (missing) throw invalidField(field, `no task ${missing} in this plan`);
}

/** Ids whose ancestors are not in the set too (a subtree moves, indents or goes with its root). */
function roots(list: readonly Editable[], ids: readonly string[]): Set<string> {
  const chosen = new Set(ids);
  const byId = new Map(list.map((n) => [n.id, n]));
  const out = new Set<string>();
  for (const id of chosen) {
    let p = byId.get(id)?.parentId ?? null;
    let covered = false;
    while (p !== null) {
      if (chosen.has(p)) {
        covered = true;
        break;
      }
      p = byId.get(p)?.parentId ?? null;
    }
    if (!covered) out.add(id);
  }
  return out;
}

/** Inserts `items` (in order) before the entry `beforeId`, or at the end when it is null. */
export function insertBefore<T extends Editable>(
  list: readonly T[],
  items: readonly T[],
  beforeId: string | null,
): T[] {
  const at = beforeId === null ? list.length : list.findIndex((n) => n.id === beforeId);
  if (at < 0) throw invalidField('beforeId', `no task ${beforeId} in this plan`);
  return [...list.slice(0, at), ...items, ...list.slice(at)];
}

/** Removes the entries and their subtrees; returns the new list and every removed id. */
export function deleteSubtrees<T extends Editable>(list: readonly T[], ids: readonly string[]) {
  const index = indexById(list);
  requireIds(index, ids, 'taskIds');
  const { level } = wbsOutline(list);
  const drop = new Uint8Array(list.length);
  for (const id of ids) {
    const i = index.get(id) as number;
    drop.fill(1, i, subtreeEnd(level, i));
  }
  const kept: T[] = [];
  const removed: string[] = [];
  list.forEach((n, i) => {
    if (drop[i]) removed.push(n.id);
    else kept.push(n);
  });
  return { list: kept, removedIds: removed };
}

/** Moves the entries (with their subtrees) to be children of `parentId`, before `beforeId` or after its last child. */
export function moveSubtrees<T extends Editable>(
  list: readonly T[],
  ids: readonly string[],
  parentId: string | null,
  beforeId: string | null,
): T[] {
  const index = indexById(list);
  requireIds(index, ids, 'taskIds');
  if (parentId !== null) requireIds(index, [parentId], 'parentId');
  const moving = roots(list, ids);
  const { list: rest, removedIds } = deleteSubtrees(list, [...moving]);
  const carried = new Set(removedIds);
  if (parentId !== null && carried.has(parentId)) throw invalidField('parentId', 'a task cannot move under itself');
  const block = list.filter((n) => carried.has(n.id)).map((n) => (moving.has(n.id) ? withParent(n, parentId) : n));
  let at: number;
  if (beforeId != null) {
    if (carried.has(beforeId)) throw invalidField('beforeId', 'must not be one of the tasks being moved');
    at = rest.findIndex((n) => n.id === beforeId);
    if (at < 0) throw invalidField('beforeId', `no task ${beforeId} in this plan`);
    if ((rest[at] as T).parentId !== parentId) throw invalidField('beforeId', 'must be a child of parentId');
  } else if (parentId === null) {
    at = rest.length;
  } else {
    const p = rest.findIndex((n) => n.id === parentId);
    at = subtreeEnd(wbsOutline(rest).level, p);
  }
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}

/** Makes each entry the last child of its previous sibling (entries without one stay); order is unchanged. */
export function indent<T extends Editable>(list: readonly T[], ids: readonly string[]): { list: T[]; changed: number } {
  const index = indexById(list);
  requireIds(index, ids, 'taskIds');
  const out = [...list];
  let changed = 0;
  for (const id of roots(list, ids)) {
    const i = index.get(id) as number;
    const node = out[i] as T;
    let s = i - 1;
    while (s >= 0 && (out[s] as T).parentId !== node.parentId && (out[s] as T).id !== node.parentId) s--;
    if (s < 0 || (out[s] as T).id === node.parentId) continue;
    out[i] = withParent(node, (out[s] as T).id);
    changed++;
  }
  if (changed === 0) throw invalidField('taskIds', 'no task above at the same level to indent under');
  return { list: out, changed };
}

/** Lifts each entry one level; its following siblings become its children (MS Project's outdent); order is unchanged. */
export function outdent<T extends Editable>(
  list: readonly T[],
  ids: readonly string[],
): { list: T[]; changed: number } {
  const index = indexById(list);
  requireIds(index, ids, 'taskIds');
  const out = [...list];
  let changed = 0;
  // Bottom-up, so a chosen sibling lower down is lifted before an earlier one could adopt it.
  const chosen = [...roots(list, ids)].sort((a, b) => (index.get(b) as number) - (index.get(a) as number));
  for (const id of chosen) {
    const i = index.get(id) as number;
    const node = out[i] as T;
    if (node.parentId === null) continue;
    const oldParent = node.parentId;
    const grand = (out[index.get(oldParent) as number] as T).parentId;
    out[i] = withParent(node, grand);
    for (let j = i + 1; j < out.length; j++) {
      const later = out[j] as T;
      if (later.parentId === oldParent) out[j] = withParent(later, id);
    }
    changed++;
  }
  if (changed === 0) throw invalidField('taskIds', 'top-level tasks cannot be outdented');
  return { list: out, changed };
}
