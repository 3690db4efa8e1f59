import type { Dimension } from '../health/model.js';
import { QUALITY_CHECK_KEYS, type QualityCheckKey } from '../quality/model.js';

/*
 * Corrective actions: what a PMO or a manager sets out to fix, with the finding it addresses, so
 * that "done" can be checked against that finding instead of taken on trust.
 */

/** An action's statuses: open -> in_progress -> done -> verified; cancelled from any but verified. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified', 'cancelled'] as const;
/** One of ACTION_STATUSES. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses in which an action still needs work: only these can be overdue. */
export const ACTIVE_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

/** The DCMA 14-point check keys, by check number 1..14 (the schedule quality assessment's). */
export const DCMA_CHECK_KEYS = QUALITY_CHECK_KEYS;
/** One of DCMA_CHECK_KEYS. */
export type DcmaCheckKey = QualityCheckKey;

/** What an action addresses: a health rule firing, a failed DCMA check, a variance, or nothing measured. */
export type Finding =
  | { readonly kind: 'health'; readonly ruleId: string; readonly dimension: Dimension }
  | { readonly kind: 'dcma'; readonly checkId: number; readonly checkKey: DcmaCheckKey }
  | { readonly kind: 'variance'; readonly note: string }
  | { readonly kind: 'manual' };

/** The kinds of finding. */
export type FindingKind = Finding['kind'];

/** The finding in a few words, for lists and notifications. */
export function findingLabel(f: Finding): string {
  switch (f.kind) {
    case 'health':
      return `Health rule ${f.ruleId} (${f.dimension})`;
    case 'dcma':
      return `DCMA check ${f.checkId} (${f.checkKey})`;
    case 'variance':
      return f.note ? `Variance: ${f.note}` : 'Variance';
    case 'manual':
      return 'Raised by hand';
  }
}

/**
 * A finding measured again: `fires` true when the rule or check still fails, false when it no
 * longer does, null when it could not be measured (no such rule, no plan, a check that does not
 * apply). Value and threshold are in the metric's or check's own unit. `at` is an ISO timestamp.
 */
export interface Reevaluation {
  readonly at: string;
  readonly fires: boolean | null;
  readonly value: number | null;
  readonly threshold: number | null;
  readonly message: string;
}

/** The sentence shown beside a re-evaluated finding: "still fires: value 3, threshold 1". */
export function reevaluationSentence(r: Reevaluation): string {
  if (r.fires === null) return `Could not be re-evaluated: ${r.message}`;
  const figures =
    r.value === null ? '' : `: value ${r.value}${r.threshold === null ? '' : `, threshold ${r.threshold}`}`;
  return r.fires ? `Still fires${figures}` : `No longer fires${figures}`;
}

/** True when an action with `status` due on `dueDate` (YYYY-MM-DD) is overdue on `today` (YYYY-MM-DD). */
export function isOverdue(status: ActionStatus, dueDate: string, today: string): boolean {
  return ACTIVE_ACTION_STATUSES.includes(status) && dueDate < today;
}

/** The status "done" leads to: verified when the finding no longer fires, otherwise done (awaiting a fix or the PMO). */
export function statusAfterDone(r: Reevaluation | null): 'done' | 'verified' {
  return r?.fires === false ? 'verified' : 'done';
}
