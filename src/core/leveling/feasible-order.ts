import type { CompiledPlan } from '../schedule/schedule.js';

/** `list` made precedence-feasible: repeatedly the earliest-listed task whose predecessors are placed. */
export function* repairedOrder(c: CompiledPlan, activities: Int32Array, list: ArrayLike<number>): Generator<number> {
  const n = c.tasks.count;
  const rank = new Int32Array(n).fill(-1);
  for (let k = 0; k < list.length; k++) rank[list[k] as number] = k;
  const inActivities = new Uint8Array(n);
  for (const i of activities) inActivities[i] = 1;
  const missing = new Int32Array(n);
  const l = c.links;
  for (const i of activities) {
    for (let e = l.inStart[i] as number; e < (l.inStart[i + 1] as number); e++) {
      if (inActivities[l.edgeFrom[l.inEdges[e] as number] as number]) missing[i] = (missing[i] as number) + 1;
    }
  }
  // Tasks missing from the list go last, in topological order.
  let extra = list.length;
  for (const i of activities) if ((rank[i] as number) < 0) rank[i] = extra++;
  const heap = new MinHeap(rank);
  for (const i of activities) if (missing[i] === 0) heap.push(i);
  while (heap.size > 0) {
    const i = heap.pop();
    yield i;
    for (let e = l.outStart[i] as number; e < (l.outStart[i + 1] as number); e++) {
      const q = l.edgeTo[l.outEdges[e] as number] as number;
      if (!inActivities[q]) continue;
      missing[q] = (missing[q] as number) - 1;
      if (missing[q] === 0) heap.push(q);
    }
  }
}

/** A binary min-heap of task indices keyed by their rank in the list. */
class MinHeap {
  private items: number[] = [];
  constructor(private readonly key: Int32Array) {}
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.key[a[p] as number] as number) <= (this.key[x] as number)) break;
      a[i] = a[p] as number;
      i = p;
    }
    a[i] = x;
  }
  pop(): number {
    const a = this.items;
    const top = a[0] as number;
    const last = a.pop() as number;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && (this.key[a[r] as number] as number) < (this.key[a[l] as number] as number) ? r : l;
        if ((this.key[a[c] as number] as number) >= (this.key[last] as number)) break;
        a[i] = a[c] as number;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
