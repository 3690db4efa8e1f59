import { F_SUMMARY } from './task-codes.js';

/** Scratch and output arrays for the WBS tree (childCount filled by the caller: children per parent). */
export interface TreeArrays {
  readonly childCount: Int32Array;
  readonly childStart: Int32Array;
  readonly fill: Int32Array;
  readonly children: Int32Array;
  readonly depthState: Uint8Array;
}

/**
 * Lists each task's children in WBS order (CSR in tree.childStart / the returned array), flags the
 * parents as summaries, and rejects a parent chain that loops (throwing cycleError(task)).
 */
export function buildTree(
  parent: Int32Array,
  flags: Uint8Array,
  tree: TreeArrays,
  cycleError: (task: number) => Error,
): Int32Array {
  const n = parent.length;
  const { childCount, childStart, fill, depthState } = tree;
  for (let i = 0; i < n; i++) childStart[i + 1] = (childStart[i] as number) + (childCount[i] as number);
  fill.set(childStart.subarray(0, n));
  const children = tree.children.subarray(0, childStart[n] as number);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) {
      const slot = fill[p] as number;
      fill[p] = slot + 1;
      children[slot] = i;
      flags[p] = (flags[p] as number) | F_SUMMARY;
    }
  }
  // Walk up from every task; a walk longer than the task count is a loop.
  for (let i = 0; i < n; i++) {
    let k = i;
    let steps = 0;
    while (k >= 0 && depthState[k] === 0) {
      if (++steps > n) throw cycleError(i);
      k = parent[k] as number;
    }
    for (let j = i; j >= 0 && depthState[j] === 0; j = parent[j] as number) depthState[j] = 1;
  }
  return children;
}
