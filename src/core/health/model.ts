/*
 * Project health: the PMO's rules turn measured metrics into a red/amber/green per dimension, each
 * amber or red with the reasons behind it. Everything here is plain data; `evaluate.ts` computes it.
 */

/** The dimensions health is reported in; each rule feeds one. */
export const DIMENSIONS = ['schedule', 'cost', 'scope', 'resources', 'risk', 'quality', 'reporting'] as const;
/** A health dimension. */
export type Dimension = (typeof DIMENSIONS)[number];

/** Red, amber, green: worst first in RAG_ORDER. */
export const RAGS = ['green', 'amber', 'red'] as const;
/** A RAG status. */
export type Rag = (typeof RAGS)[number];

/** How a rule compares a metric's value with its thresholds: `gte` fires when value >= threshold. */
export const COMPARISONS = ['gt', 'gte', 'lt', 'lte'] as const;
/** A rule's comparison. */
export type Comparison = (typeof COMPARISONS)[number];

/** What a reason points at, so the UI can link to it. */
export interface HealthLink {
  readonly kind: 'task' | 'milestone' | 'report' | 'action' | 'check' | 'project';
  readonly id: string;
  readonly label: string;
}

/** A metric measured on one project: null value = does not apply (no baseline, no status date …). */
export interface Measurement {
  readonly value: number | null;
  /** The tasks, milestones or items behind the value (at most a few dozen). */
  readonly links?: readonly HealthLink[];
}

/** A PMO rule: when `metric` compares past `amber` (or `red`) the dimension turns that colour. */
export interface HealthRule {
  /** Stable id; a portfolio's rule with an organisation rule's id replaces it there. */
  readonly id: string;
  readonly metric: string;
  readonly comparison: Comparison;
  /** Threshold for amber, in the metric's unit; null: the rule never turns amber by itself. */
  readonly amber: number | null;
  /** Threshold for red, in the metric's unit; null: the rule never turns red. */
  readonly red: number | null;
  readonly dimension: Dimension;
  /** What the reason says; `{value}` and `{threshold}` are replaced. */
  readonly message: string;
  readonly enabled: boolean;
}

/** Why a dimension is amber or red. */
export interface HealthReason {
  readonly ruleId: string;
  readonly metric: string;
  readonly rag: Exclude<Rag, 'green'>;
  readonly message: string;
  readonly value: number;
  readonly threshold: number;
  readonly links: readonly HealthLink[];
}

/** A PM's own RAG for a dimension, with the justification; active until the next status report. */
export interface HealthOverride {
  readonly dimension: Dimension;
  readonly rag: Rag;
  readonly justification: string;
  readonly byId: string;
  readonly byName: string;
  /** ISO timestamp. */
  readonly at: string;
}

/** One dimension's health. */
export interface DimensionHealth {
  readonly key: Dimension;
  /** What counts: the override's RAG while one is active, otherwise the computed one. */
  readonly rag: Rag;
  readonly computedRag: Rag;
  /**
   * Whether any enabled rule of this dimension measured something (or the PM made a call): green
   * without it only means nothing is measured yet (no cost rules before cost exists, a closed project).
   */
  readonly measured: boolean;
  readonly override: HealthOverride | null;
  readonly reasons: readonly HealthReason[];
}

/** A project's health at one moment. */
export interface ProjectHealth {
  readonly overall: Rag;
  /** ISO timestamp. */
  readonly evaluatedAt: string;
  readonly dimensions: readonly DimensionHealth[];
  /** Every registered metric's value (null: does not apply), in its unit. */
  readonly metrics: Readonly<Record<string, number | null>>;
}

const RANK: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

/** The worse of two RAGs. */
export function worseRag(a: Rag, b: Rag): Rag {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Red 2, amber 1, green 0: for trends and sorting. */
export function ragRank(rag: Rag): number {
  return RANK[rag];
}
