import type { CompiledPlan } from '../schedule/schedule.js';
import type { PrecedenceGraph } from './rcpsp/index.js';

/**
 * The links between the leveler's activities as the list searches of the RCPSP module want them:
 * activity k is `activities[k]`, successors and predecessors in CSR form (links from or to tasks
 * outside the list, e.g. summaries in P6, do not constrain the order).
 */
export function activityGraph(c: CompiledPlan, activities: Int32Array): PrecedenceGraph {
  const n = activities.length;
  const position = new Int32Array(c.tasks.count).fill(-1);
  activities.forEach((i, k) => {
    position[i] = k;
  });
  const l = c.links;
  const succStart = new Int32Array(n + 1);
  const predStart = new Int32Array(n + 1);
  const succ: number[] = [];
  const pred: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = activities[k] as number;
    for (let e = l.outStart[i] as number; e < (l.outStart[i + 1] as number); e++) {
      const q = position[l.edgeTo[l.outEdges[e] as number] as number] as number;
      if (q >= 0) succ.push(q);
    }
    succStart[k + 1] = succ.length;
    for (let e = l.inStart[i] as number; e < (l.inStart[i + 1] as number); e++) {
      const q = position[l.edgeFrom[l.inEdges[e] as number] as number] as number;
      if (q >= 0) pred.push(q);
    }
    predStart[k + 1] = pred.length;
  }
  return { n, succStart, succ: Int32Array.from(succ), predStart, pred: Int32Array.from(pred) };
}
