import type { ProjectFacts } from '../../core/health/facts.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';

/** A project as fact sources are given it. */
export interface HealthSubject {
  readonly id: string;
  readonly state: string;
  readonly portfolioId: string | null;
  /** The charter's planned start and finish, ISO dates, or null. */
  readonly plannedStart: string | null;
  readonly plannedFinish: string | null;
  /** ISO timestamp. */
  readonly createdAt: string;
}

/** A projects row as a health subject. */
export function subjectOf(p: {
  id: string;
  state: string;
  portfolio_id: string | null;
  planned_start: string | null;
  planned_finish: string | null;
  created_at: string;
}): HealthSubject {
  return {
    id: p.id,
    state: p.state,
    portfolioId: p.portfolio_id,
    plannedStart: p.planned_start,
    plannedFinish: p.planned_finish,
    createdAt: p.created_at,
  };
}

/** The facts one feature contributes, per project id (a project missing from the map gets none). */
export type FactSection = Partial<Omit<ProjectFacts, 'projectId' | 'state'>>;

/**
 * Loads one feature's facts for many projects at once: a fixed number of queries however many
 * projects there are, so the portfolio's health stays one pass (bench/health).
 */
export interface FactSource {
  readonly name: string;
  load(
    ctx: ServiceContext,
    db: Executor,
    projects: readonly HealthSubject[],
    now: Date,
  ): Promise<ReadonlyMap<string, FactSection>>;
}
