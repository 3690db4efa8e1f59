import type { EpochMinute } from '../schedule/time.js';
import { seriesTotal } from './daily-series.js';
import type { EvmSums } from './earned-value.js';
import { type PhasedSpan, plannedValueAt } from './planned-value.js';

/** One task's part in earned value: its baseline, progress, actual cost and remaining cost. */
export interface EvmTaskInput {
  readonly id: string;
  readonly parentId: string | null;
  /** The baseline's phased cost of the task; null for a task added since (its BAC is 0). */
  readonly baseline: PhasedSpan | null;
  /** Fraction 0–1 of the task's budget earned (`earnedFraction` by its method). */
  readonly earned: number;
  readonly acMinor: number;
  /** The current plan's remaining cost of the task (bottom-up ETC). */
  readonly etcMinor: number;
}

/** The sums of every task, summaries including their subtree, and of the whole project. */
export interface EvmRollup {
  readonly byTask: ReadonlyMap<string, EvmSums>;
  readonly project: EvmSums;
}

const ZERO: EvmSums = { bac: 0, pv: 0, ev: 0, ac: 0, etcBottomUp: 0 };

function add(a: EvmSums, b: EvmSums): EvmSums {
  return {
    bac: a.bac + b.bac,
    pv: a.pv + b.pv,
    ev: a.ev + b.ev,
    ac: a.ac + b.ac,
    etcBottomUp: a.etcBottomUp + b.etcBottomUp,
  };
}

/**
 * Each task's own sums at a status minute (BAC = its baseline cost, PV to the status minute, EV =
 * BAC × earned, rounded to a minor unit), rolled up the WBS: a summary's figures are its own plus
 * its descendants'. The project is the sum over every task. Planned values stay exact (fractions
 * of a minor unit) until the end, where each sum is rounded once.
 */
export function rollUpEarnedValue(tasks: readonly EvmTaskInput[], status: EpochMinute): EvmRollup {
  const own = new Map<string, EvmSums>();
  for (const t of tasks) {
    const bac = t.baseline ? seriesTotal(t.baseline.cost) : 0;
    own.set(t.id, {
      bac,
      pv: t.baseline ? plannedValueAt(t.baseline, status) : 0,
      ev: Math.round(bac * t.earned),
      ac: t.acMinor,
      etcBottomUp: t.etcMinor,
    });
  }
  const total = new Map<string, EvmSums>(own);
  // Children before parents: walk each task's ancestors once per task (WBS depth is small).
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId] as const));
  for (const t of tasks) {
    const mine = own.get(t.id)!;
    for (let p = t.parentId; p !== null && total.has(p); p = parentOf.get(p) ?? null) {
      total.set(p, add(total.get(p)!, mine));
    }
  }
  let project = ZERO;
  for (const s of own.values()) project = add(project, s);
  const rounded = new Map<string, EvmSums>();
  for (const [id, s] of total) rounded.set(id, { ...s, pv: Math.round(s.pv) });
  return { byTask: rounded, project: { ...project, pv: Math.round(project.pv) } };
}
