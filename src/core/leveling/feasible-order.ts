import type { CompiledPlan } from '../schedule/schedule.js';

/**
 * Turns any task list into the order the decoder places tasks in: repeatedly, among the tasks
 * whose predecessors are placed, the one of the highest priority level (task priority, project
 * priority; tasks that cannot move first), then the earliest in the list. A precedence-feasible
 * list with one level comes out unchanged; a search's list never puts a lower priority first.
 * Buffers are allocated once: the decoder repairs every list it is given.
 */
export class FeasibleOrder {
  private readonly n: number;
  private readonly inActivities: Uint8Array;
  private readonly missing0: Int32Array;
  private readonly missing: Int32Array;
  /** 0 for the highest level, 1 for the next... per task. */
  private readonly levelRank: Float64Array;
  private readonly key: Float64Array;
  private readonly heap: Int32Array;
  /** The last repaired order (task indices). */
  readonly result: Int32Array;

  constructor(
    private readonly c: CompiledPlan,
    private readonly activities: Int32Array,
    level: Float64Array,
  ) {
    const n = c.tasks.count;
    this.n = n;
    this.inActivities = new Uint8Array(n);
    for (const i of activities) this.inActivities[i] = 1;
    this.missing0 = new Int32Array(n);
    const l = c.links;
    for (const i of activities) {
      for (let e = l.inStart[i] as number; e < (l.inStart[i + 1] as number); e++) {
        if (this.inActivities[l.edgeFrom[l.inEdges[e] as number] as number])
          this.missing0[i] = (this.missing0[i] as number) + 1;
      }
    }
    this.missing = new Int32Array(n);
    const levels = [...new Set(Array.from(activities, (i) => level[i] ?? 0))].sort((a, b) => b - a);
    const rankOf = new Map(levels.map((v, k) => [v, k]));
    this.levelRank = new Float64Array(n);
    for (const i of activities) this.levelRank[i] = rankOf.get(level[i] ?? 0) ?? 0;
    this.key = new Float64Array(n);
    this.heap = new Int32Array(activities.length);
    this.result = new Int32Array(activities.length);
  }

  /** The repaired order of `list` (task indices) in `result`; tasks missing from it go last, in topological order. */
  repair(list: ArrayLike<number>): Int32Array {
    const { n, key, missing, inActivities, activities } = this;
    const size = n + activities.length + 1;
    key.fill(-1);
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      if (inActivities[i] && key[i] === -1) key[i] = k;
    }
    let extra = list.length;
    for (let k = 0; k < activities.length; k++) {
      const i = activities[k] as number;
      if (key[i] === -1) key[i] = extra++;
      key[i] = (key[i] as number) + (this.levelRank[i] as number) * size;
    }
    missing.set(this.missing0);
    let count = 0;
    for (let k = 0; k < activities.length; k++) {
      const i = activities[k] as number;
      if (missing[i] === 0) count = this.push(count, i);
    }
    const l = this.c.links;
    let out = 0;
    while (count > 0) {
      const i = this.heap[0] as number;
      count = this.pop(count);
      this.result[out++] = i;
      for (let e = l.outStart[i] as number; e < (l.outStart[i + 1] as number); e++) {
        const q = l.edgeTo[l.outEdges[e] as number] as number;
        if (!inActivities[q]) continue;
        missing[q] = (missing[q] as number) - 1;
        if (missing[q] === 0) count = this.push(count, q);
      }
    }
    return this.result;
  }

  private push(count: number, x: number): number {
    const { heap, key } = this;
    let i = count;
    const kx = key[x] as number;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((key[heap[p] as number] as number) <= kx) break;
      heap[i] = heap[p] as number;
      i = p;
    }
    heap[i] = x;
    return count + 1;
  }

  private pop(count: number): number {
    const { heap, key } = this;
    const size = count - 1;
    const last = heap[size] as number;
    const kl = key[last] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && (key[heap[r] as number] as number) < (key[heap[l] as number] as number) ? r : l;
      if ((key[heap[c] as number] as number) >= kl) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    if (size > 0) heap[i] = last;
    return size;
  }
}
