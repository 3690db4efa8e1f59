import { C_ALAP, F_MANUAL, F_SUMMARY, type TaskArrays } from './network.js';
import type { PassState } from './pass-state.js';

/** Summary tasks children-first, so each summary is visited after all of its descendants. */
export function summariesPostOrder(t: TaskArrays): Int32Array {
  const out: number[] = [];
  const stack: number[] = [];
  const expanded = new Uint8Array(t.count);
  for (let root = 0; root < t.count; root++) {
    if ((t.parent[root] as number) >= 0 || ((t.flags[root] as number) & F_SUMMARY) === 0) continue;
    stack.push(root);
    while (stack.length > 0) {
      const node = stack[stack.length - 1] as number;
      if (expanded[node] === 1) {
        stack.pop();
        out.push(node);
        continue;
      }
      expanded[node] = 1;
      const end = t.childStart[node + 1] as number;
      for (let k = end - 1; k >= (t.childStart[node] as number); k--) {
        const child = t.children[k] as number;
        if ((t.flags[child] as number) & F_SUMMARY) stack.push(child);
      }
    }
  }
  return Int32Array.from(out);
}

/**
 * Rolls dates up to summaries: earliest child start, latest child finish (an ALAP child counts by
 * its late dates, a manually scheduled child's late dates by its early ones, as MS Project does).
 */
export function rollupDates(s: PassState, postOrder: Int32Array): void {
  const t = s.tasks;
  for (let j = 0; j < postOrder.length; j++) {
    const node = postOrder[j] as number;
    let es = Number.POSITIVE_INFINITY;
    let ef = Number.NEGATIVE_INFINITY;
    let ls = Number.POSITIVE_INFINITY;
    let lf = Number.NEGATIVE_INFINITY;
    const end = t.childStart[node + 1] as number;
    for (let k = t.childStart[node] as number; k < end; k++) {
      const c = t.children[k] as number;
      if (Number.isNaN(s.es[c] as number)) continue;
      const alap = t.cType[c] === C_ALAP && ((t.flags[c] as number) & F_SUMMARY) === 0;
      const manual = ((t.flags[c] as number) & F_MANUAL) !== 0;
      es = Math.min(es, (alap ? s.ls[c] : s.es[c]) as number);
      ef = Math.max(ef, (alap ? s.lf[c] : s.ef[c]) as number);
      ls = Math.min(ls, (manual ? s.es[c] : s.ls[c]) as number);
      lf = Math.max(lf, (manual ? s.ef[c] : s.lf[c]) as number);
    }
    if (es === Number.POSITIVE_INFINITY) continue;
    s.es[node] = es;
    s.ef[node] = ef;
    s.ls[node] = ls;
    s.lf[node] = lf;
  }
}

/** A summary is critical when any child is. */
export function rollupCritical(t: TaskArrays, postOrder: Int32Array, critical: Uint8Array): void {
  for (let j = 0; j < postOrder.length; j++) {
    const node = postOrder[j] as number;
    const end = t.childStart[node + 1] as number;
    let any = 0;
    for (let k = t.childStart[node] as number; k < end; k++) any |= critical[t.children[k] as number] as number;
    critical[node] = any;
  }
}
