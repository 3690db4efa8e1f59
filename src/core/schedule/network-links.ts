import { DomainError } from '../errors.js';
import { type Arena, allocateArrays } from './arena.js';
import type { LagCalendar, Link, LinkType, Plan } from './model.js';
import { F_ELAPSED, F_SUMMARY, MAX_DURATION_MINUTES, type TaskArrays } from './network.js';
import type { CsrGraph } from './topological-order.js';

/** Finish-to-start. */
export const L_FS = 0;
/** Start-to-start. */
export const L_SS = 1;
/** Finish-to-finish. */
export const L_FF = 2;
/** Start-to-finish. */
export const L_SF = 3;

/** Links between leaf tasks in CSR form; lag is in minutes on calendar `lagCal` (may be negative). */
export interface LinkArrays extends CsrGraph {
  readonly type: Uint8Array;
  readonly lag: Int32Array;
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

/** Link columns before CSR conversion (the first `count` entries are used). */
export interface LinkColumns {
  readonly count: number;
  readonly pred: Int32Array;
  readonly succ: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Int32Array;
  readonly lagCal: Uint16Array;
}

function allocColumns(capacity: number, count: number, arena?: Arena): LinkColumns {
  return {
    count,
    ...allocateArrays(
      {
        pred: ['i32', capacity],
        succ: ['i32', capacity],
        type: ['u8', capacity],
        lag: ['i32', capacity],
        lagCal: ['u16', capacity],
      },
      arena,
    ),
  };
}

function typeCode(type: LinkType): number {
  switch (type) {
    case 'FS':
      return L_FS;
    case 'SS':
      return L_SS;
    case 'FF':
      return L_FF;
    case 'SF':
      return L_SF;
    default:
      return -1;
  }
}

function fail(index: number, field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `links[${index}] ${field}: ${reason}`, {
    field: `links[${index}].${field}`,
  });
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
  arena?: Arena,
): { leaf: LinkColumns; summary: SummaryLink[] } {
  const links = plan.links;
  const m = links.length;
  const cols = allocColumns(m, 0, arena);
  const summary: SummaryLink[] = [];
  let count = 0;
  let lastSucc = -1;
  const flags = tasks.flags;
  for (let i = 0; i < m; i++) {
    const l = links[i] as Link;
    // Links usually come grouped by successor: try the previous one before hashing.
    const succ = tasks.indexOf.get(l.successorId, lastSucc);
    if (succ < 0) throw fail(i, 'successorId', `unknown task ${l.successorId}`);
    lastSucc = succ;
    const pred = tasks.indexOf.get(l.predecessorId);
    if (pred < 0) throw fail(i, 'predecessorId', `unknown task ${l.predecessorId}`);
    if (pred === succ) throw fail(i, 'successorId', `task ${l.successorId} cannot depend on itself`);
    const type = typeCode(l.type);
    if (type < 0) throw fail(i, 'type', `unknown link type ${String(l.type)}`);
    let lagCal = lagCalendarIndex(tasks, l.lagCalendar ?? defaultLagCalendar, pred, succ);
    let lag = 0;
    const spec = l.lag;
    if (spec !== undefined) {
      if (spec.kind === 'working') {
        lag = spec.minutes;
      } else if (spec.kind === 'elapsed') {
        lag = spec.minutes;
        lagCal = tasks.continuousCal;
      } else if (spec.kind === 'percent') {
        lag = ((tasks.duration[pred] as number) * spec.percent) / 100;
        if ((flags[pred] as number) & F_ELAPSED) lagCal = tasks.continuousCal;
      } else {
        throw fail(i, 'lag.kind', `unknown lag kind ${String((spec as { kind: unknown }).kind)}`);
      }
      if (typeof lag !== 'number' || !Number.isFinite(lag)) throw fail(i, 'lag', 'must be a finite number');
      if (Math.abs(lag) > MAX_DURATION_MINUTES) throw fail(i, 'lag', 'must be less than a hundred years');
      lag = Math.round(lag);
    }
    if (((flags[pred] as number) | (flags[succ] as number)) & F_SUMMARY) {
      summary.push({ pred, succ, type, lag, lagCal });
    } else {
      cols.pred[count] = pred;
      cols.succ[count] = succ;
      cols.type[count] = type;
      cols.lag[count] = lag;
      cols.lagCal[count] = lagCal;
      count++;
    }
  }
  return { leaf: { ...cols, count }, summary };
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
  const extra: SummaryLink[] = [];
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
          throw new DomainError(
            'validation_failed',
            `task ${tasks.ids[p]}: linked to a summary task that contains it`,
            {
              taskId: tasks.ids[p],
              field: 'links',
            },
          );
        }
        extra.push({ pred: p, succ: s, type: l.type, lag: l.lag, lagCal: l.lagCal });
      }
    }
  }
  const n = into.count;
  const out = allocColumns(n + extra.length, n + extra.length);
  out.pred.set(into.pred.subarray(0, n));
  out.succ.set(into.succ.subarray(0, n));
  out.type.set(into.type.subarray(0, n));
  out.lag.set(into.lag.subarray(0, n));
  out.lagCal.set(into.lagCal.subarray(0, n));
  extra.forEach((l, k) => {
    out.pred[n + k] = l.pred;
    out.succ[n + k] = l.succ;
    out.type[n + k] = l.type;
    out.lag[n + k] = l.lag;
    out.lagCal[n + k] = l.lagCal;
  });
  return out;
}

/** Converts link columns to CSR (edges from predecessor to successor). */
export function toLinkArrays(nodeCount: number, cols: LinkColumns, arena?: Arena): LinkArrays {
  const m = cols.count;
  const edgeFrom = cols.pred.subarray(0, m);
  const edgeTo = cols.succ.subarray(0, m);
  const csr = allocateArrays(
    {
      outStart: ['i32', nodeCount + 1],
      inStart: ['i32', nodeCount + 1],
      outFill: ['i32', nodeCount],
      inFill: ['i32', nodeCount],
      outEdges: ['i32', m],
      inEdges: ['i32', m],
    },
    arena,
  );
  const { outStart, inStart, outFill, inFill, outEdges, inEdges } = csr;
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
  outFill.set(outStart.subarray(0, nodeCount));
  inFill.set(inStart.subarray(0, nodeCount));
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
    type: cols.type.subarray(0, m),
    lag: cols.lag.subarray(0, m),
    lagCal: cols.lagCal.subarray(0, m),
  };
}
