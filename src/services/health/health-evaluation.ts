import { evaluateHealth } from '../../core/health/evaluate.js';
import type { ProjectFacts } from '../../core/health/facts.js';
import type { Dimension, HealthOverride, ProjectHealth, Rag } from '../../core/health/model.js';
import { ragRank } from '../../core/health/model.js';
import * as repo from '../../store/repos/health-repo.js';
import type { HealthSnapshotRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import type { HealthSubject } from './fact-source.js';
import { loadFacts } from './health-facts.js';
import { ruleBook } from './health-rules.js';

/** A project's health with the facts it was computed from and the rules-only overall RAG. */
export interface Evaluated {
  readonly health: ProjectHealth;
  readonly computedOverall: Rag;
  readonly facts: ProjectFacts;
}

/**
 * Evaluates many projects in one pass: facts from every source, the rules of each project's
 * portfolio, the PM's overrides. A fixed number of queries however many projects (bench/health).
 */
export async function evaluateProjects(
  ctx: ServiceContext,
  db: Executor,
  subjects: readonly HealthSubject[],
): Promise<Map<string, Evaluated>> {
  const now = ctx.now();
  const [facts, rules, overrideRows] = await Promise.all([
    loadFacts(ctx, db, subjects, now),
    ruleBook(db),
    repo.listOverrides(
      db,
      subjects.map((s) => s.id),
    ),
  ]);
  const overrides = new Map<string, HealthOverride[]>();
  for (const o of overrideRows) {
    const list = overrides.get(o.project_id) ?? [];
    list.push({
      dimension: o.dimension as Dimension,
      rag: o.rag as Rag,
      justification: o.justification,
      byId: o.by_id,
      byName: o.by_name,
      at: o.at,
    });
    overrides.set(o.project_id, list);
  }
  const at = now.toISOString();
  const out = new Map<string, Evaluated>();
  for (const s of subjects) {
    const f = facts.get(s.id) as ProjectFacts;
    const health = evaluateHealth(f, rules(s.portfolioId), overrides.get(s.id) ?? [], at);
    const computedOverall = health.dimensions.reduce<Rag>(
      (worst, d) => (ragRank(d.computedRag) > ragRank(worst) ? d.computedRag : worst),
      'green',
    );
    out.set(s.id, { health, computedOverall, facts: f });
  }
  return out;
}

/** What makes two evaluations the same for the trend: the RAGs and which rules fired how. */
export function signatureOf(e: Evaluated): string {
  return JSON.stringify([
    e.health.overall,
    e.computedOverall,
    e.health.dimensions.map((d) => [d.key, d.rag, d.computedRag, d.reasons.map((r) => `${r.ruleId}:${r.rag}`)]),
  ]);
}

/** A snapshot row for an evaluation, with its trend against the snapshot before it. */
export function snapshotOf(
  ctx: ServiceContext,
  projectId: string,
  e: Evaluated,
  previous: HealthSnapshotRow | undefined,
): HealthSnapshotRow {
  return {
    id: ctx.newId(),
    project_id: projectId,
    evaluated_at: e.health.evaluatedAt,
    overall: e.health.overall,
    computed_overall: e.computedOverall,
    dimensions: JSON.stringify(e.health.dimensions),
    signature: signatureOf(e),
    trend: trendOf(e, previous),
  };
}

/**
 * The trend shown now: against the newest snapshot when the result differs from it, else the
 * trend that snapshot recorded against its own predecessor.
 */
export function currentTrend(e: Evaluated, latest: HealthSnapshotRow | undefined): Trend {
  if (!latest) return 'same';
  return latest.signature === signatureOf(e) ? (latest.trend as Trend) : trendOf(e, latest);
}

/** Whether health got better or worse. */
export type Trend = 'better' | 'worse' | 'same';

/** Better or worse than `previous`, by the sum of the dimensions' RAGs. */
export function trendOf(current: Evaluated, previous: HealthSnapshotRow | undefined): 'better' | 'worse' | 'same' {
  if (!previous) return 'same';
  const score = (dims: readonly { rag: Rag }[]) => dims.reduce((n, d) => n + ragRank(d.rag), 0);
  const now = score(current.health.dimensions);
  const before = score(JSON.parse(previous.dimensions) as { rag: Rag }[]);
  return now < before ? 'better' : now > before ? 'worse' : 'same';
}
