/*
 * Which tasks the grid and the chart show: all of them in WBS order, minus the subtrees of
 * collapsed summaries. One O(n) pass, run in a memo only when tasks or the collapse state change,
 * never on scroll or keystrokes.
 */

/** The least a row needs to be placed in the outline. */
export interface OutlineRow {
  readonly id: string;
  readonly outlineLevel: number;
  readonly summary: boolean;
}

/** Indices into `tasks` of the rows shown, in display order, when the summaries in `collapsed` are folded. */
export function visibleRowIndices(tasks: readonly OutlineRow[], collapsed: ReadonlySet<string>): Int32Array {
  const out = new Int32Array(tasks.length);
  let n = 0;
  let hideDeeperThan = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as OutlineRow;
    if (t.outlineLevel > hideDeeperThan) continue;
    hideDeeperThan = Number.POSITIVE_INFINITY;
    out[n++] = i;
    if (t.summary && collapsed.has(t.id)) hideDeeperThan = t.outlineLevel;
  }
  return out.subarray(0, n);
}

/** Collapse state after toggling one summary. */
export function toggleCollapsed(collapsed: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(collapsed);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Collapse state that shows the outline down to `level` (1: top-level tasks only), as MS Project's "Outline level". */
export function collapsedBelowLevel(tasks: readonly OutlineRow[], level: number): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of tasks) if (t.summary && t.outlineLevel >= level) out.add(t.id);
  return out;
}

/** Collapse state with every ancestor of the task at `index` unfolded, so it can be shown (after insert or search). */
export function revealRow(
  tasks: readonly (OutlineRow & { readonly parentId: string | null })[],
  byId: ReadonlyMap<string, number>,
  collapsed: ReadonlySet<string>,
  index: number,
): ReadonlySet<string> {
  let parentId = tasks[index]?.parentId ?? null;
  let next: Set<string> | null = null;
  while (parentId !== null) {
    if (collapsed.has(parentId)) {
      next ??= new Set(collapsed);
      next.delete(parentId);
    }
    const i = byId.get(parentId);
    parentId = i === undefined ? null : (tasks[i]?.parentId ?? null);
  }
  return next ?? collapsed;
}
