import { DomainError } from '../errors.js';
import type { LagCalendar, Link, LinkType, Plan } from './model.js';
import { F_ELAPSED, F_SUMMARY, type TaskArrays } from './network.js';
import type { CsrGraph } from './topological-order.js';

/** Link type codes in LinkArrays.type. */
export const L_FS = 0;
export const L_SS = 1;
export const L_FF = 2;
export const L_SF = 3;

const TYPE_CODES: Readonly<Record<LinkType, number>> = { FS: L_FS, SS: L_SS, FF: L_FF, SF: L_SF };

/** Links between leaf tasks in CSR form; lag is in minutes on calendar `lagCal` (may be negative). */
export interface LinkArrays extends CsrGraph {
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  readonly lagCal: Uint16Array;
}

/** A link with a summary task at one end, kept for expansion onto the summary's leaf tasks. */
export interface SummaryLink {
  readonly pred: number;
  readonly succ: number;
  readonly type: number;
  readonly lag: number;
  readonly lagCal: number;
}

/** Plain, growable link columns before CSR conversion. */
export interface LinkColumns {
  pred: number[];
  succ: number[];
  type: number[];
  lag: number[];
  lagCal: number[];
}

function fail(index: number, field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `links[${index}] ${field}: ${reason}`, { field: `links[${index}].${field}` });
}

function lagCalendarIndex(tasks: TaskArrays, choice: LagCalendar, pred: number, succ: number): number {
  switch (choice) {
    case 'predecessor':
      return tasks.cal[pred] as number;
    case 'successor':
      return tasks.cal[succ] as number;
    case 'project':
      return tasks.projectCal;
    default:
      return tasks.continuousCal;
  }
}

/** Resolves ids, lag units and lag calendars; splits links into leaf links and summary links. */
export function compileLinks(
  plan: Plan,
  tasks: TaskArrays,
  defaultLagCalendar: LagCalendar,
): { leaf: LinkColumns; summary: SummaryLink[] } {
  const leaf: LinkColumns = { pred: [], succ: [], type: [], lag: [], lagCal: [] };
  const summary: SummaryLink[] = [];
  plan.links.forEach((l: Link, i) => {
    const pred = tasks.indexOf.get(l.predecessorId);
    if (pred === undefined) throw fail(i, 'predecessorId', `unknown task ${l.predecessorId}`);
    const succ = tasks.indexOf.get(l.successorId);
    if (succ === undefined) throw fail(i, 'successorId', `unknown task ${l.successorId}`);
    if (pred === succ) throw fail(i, 'successorId', `task ${l.successorId} cannot depend on itself`);
    const type = TYPE_CODES[l.type];
    if (type === undefined) throw fail(i, 'type', `unknown link type ${String(l.type)}`);
    let lagCal = lagCalendarIndex(tasks, l.lagCalendar ?? defaultLagCalendar, pred, succ);
    let lag = 0;
    const spec = l.lag;
    if (spec) {
      const value = spec.kind === 'percent' ? spec.percent : spec.minutes;
      if (!Number.isFinite(value)) throw fail(i, 'lag', 'must be a finite number');
      if (spec.kind === 'elapsed') {
        lag = spec.minutes;
        lagCal = tasks.continuousCal;
      } else if (spec.kind === 'percent') {
        lag = ((tasks.duration[pred] as number) * spec.percent) / 100;
        if ((tasks.flags[pred] as number) & F_ELAPSED) lagCal = tasks.continuousCal;
      } else {
        lag = spec.minutes;
      }
    }
    lag = Math.round(lag);
    const isSummary = ((tasks.flags[pred] as number) | (tasks.flags[succ] as number)) & F_SUMMARY;
    if (isSummary) {
      summary.push({ pred, succ, type, lag, lagCal });
    } else {
      leaf.pred.push(pred);
      leaf.succ.push(succ);
      leaf.type.push(type);
      leaf.lag.push(lag);
      leaf.lagCal.push(lagCal);
    }
  });
  return { leaf, summary };
}

/** All leaf tasks under a summary, in WBS order. */
export function leafDescendants(tasks: TaskArrays, node: number, out: number[] = []): number[] {
  const end = tasks.childStart[node + 1] as number;
  for (let k = tasks.childStart[node] as number; k < end; k++) {
    const child = tasks.children[k] as number;
    if ((tasks.flags[child] as number) & F_SUMMARY) leafDescendants(tasks, child, out);
    else out.push(child);
  }
  return out;
}

/**
 * MS Project's summary logic: a link from a summary acts from each of its leaf tasks (from the
 * earliest-starting one for SS/SF), a link to a summary acts on each of its leaf tasks.
 */
export function expandSummaryLinks(
  tasks: TaskArrays,
  summary: readonly SummaryLink[],
  earlyStart: Float64Array,
  into: LinkColumns,
): LinkColumns {
  const out: LinkColumns = {
    pred: [...into.pred],
    succ: [...into.succ],
    type: [...into.type],
    lag: [...into.lag],
    lagCal: [...into.lagCal],
  };
  for (const l of summary) {
    let preds = [l.pred];
    if ((tasks.flags[l.pred] as number) & F_SUMMARY) {
      const leaves = leafDescendants(tasks, l.pred);
      if (l.type === L_SS || l.type === L_SF) {
        let best = -1;
        for (const x of leaves) if (best < 0 || (earlyStart[x] as number) < (earlyStart[best] as number)) best = x;
        preds = best < 0 ? [] : [best];
      } else {
        preds = leaves;
      }
    }
    const succs = (tasks.flags[l.succ] as number) & F_SUMMARY ? leafDescendants(tasks, l.succ) : [l.succ];
    for (const p of preds) {
      for (const s of succs) {
        if (p === s) {
          throw new DomainError('validation_failed', `task ${tasks.ids[p]}: linked to a summary task that contains it`, {
            taskId: tasks.ids[p],
            field: 'links',
          });
        }
        out.pred.push(p);
        out.succ.push(s);
        out.type.push(l.type);
        out.lag.push(l.lag);
        out.lagCal.push(l.lagCal);
      }
    }
  }
  return out;
}

/** Converts link columns to CSR (edges from predecessor to successor). */
export function toLinkArrays(nodeCount: number, cols: LinkColumns): LinkArrays {
  const m = cols.pred.length;
  const edgeFrom = Int32Array.from(cols.pred);
  const edgeTo = Int32Array.from(cols.succ);
  const outStart = new Int32Array(nodeCount + 1);
  const inStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < m; e++) {
    const f = (edgeFrom[e] as number) + 1;
    const t = (edgeTo[e] as number) + 1;
    outStart[f] = (outStart[f] as number) + 1;
    inStart[t] = (inStart[t] as number) + 1;
  }
  for (let i = 0; i < nodeCount; i++) {
    outStart[i + 1] = (outStart[i + 1] as number) + (outStart[i] as number);
    inStart[i + 1] = (inStart[i + 1] as number) + (inStart[i] as number);
  }
  const outFill = outStart.slice(0, nodeCount);
  const inFill = inStart.slice(0, nodeCount);
  const outEdges = new Int32Array(m);
  const inEdges = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const f = edgeFrom[e] as number;
    const t = edgeTo[e] as number;
    const of = outFill[f] as number;
    outFill[f] = of + 1;
    outEdges[of] = e;
    const inf = inFill[t] as number;
    inFill[t] = inf + 1;
    inEdges[inf] = e;
  }
  return {
    nodeCount,
    edgeCount: m,
    edgeFrom,
    edgeTo,
    outStart,
    outEdges,
    inStart,
    inEdges,
    type: Uint8Array.from(cols.type),
    lag: Float64Array.from(cols.lag),
    lagCal: Uint16Array.from(cols.lagCal),
  };
}
