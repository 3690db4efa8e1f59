import type { FactScheduleQuality } from '../../core/health/facts.js';
import { isControlled } from '../../core/health/metrics/schedule-metrics.js';
import * as repo from '../../store/repos/schedule-quality-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import type { FactSource } from '../health/fact-source.js';
import { assessProject } from './schedule-quality-service.js';

/** Up to this many projects are assessed on the spot when their stored assessment is stale (one project's page). */
const LIVE_LIMIT = 5;

type Failed = FactScheduleQuality['failed'];

async function assess(ctx: ServiceContext, projectId: string): Promise<Failed> {
  return (await assessProject(ctx, projectId)).checks
    .filter((c) => c.pass === false)
    .map(({ id, key, name }) => ({ id, key, name }));
}

/** Each project's plan key with its stored assessment, and whether that was made on this very plan. */
async function storedAssessments(db: Executor, ids: readonly string[]) {
  const stored = new Map((await repo.storedQuality(db, ids)).map((r) => [r.project_id, r]));
  return (await repo.qualityKeys(db, ids)).map((key) => {
    const row = stored.get(key.project_id);
    const current = row !== undefined && row.plan_version === key.plan_version && row.baseline_key === key.baseline_key;
    return { key, row, current };
  });
}

/**
 * Assesses again every given project under control whose stored assessment is missing or was made
 * on another plan version or baseline, and stores the result; run by the background evaluation
 * before it evaluates health, so the portfolio reads current results in one query.
 */
export async function refreshScheduleQuality(
  ctx: ServiceContext,
  db: Executor,
  projects: readonly { id: string; state: string }[],
): Promise<void> {
  const ids = projects.filter((p) => isControlled(p.state)).map((p) => p.id);
  for (const { key, current } of await storedAssessments(db, ids)) {
    if (current) continue;
    const failed = await assess(ctx, key.project_id);
    await repo.saveQuality(db, { ...key, failed: JSON.stringify(failed), assessed_at: ctx.now().toISOString() });
    // Each assessment reschedules a plan: let waiting requests run between projects.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The DCMA checks each project fails. Stored assessments are used when current; a stale one is
 * assessed again on the spot for a single project's page, and used as it is (one evaluation round
 * behind at most) for the whole portfolio.
 */
export const qualityFacts: FactSource = {
  name: 'scheduleQuality',
  async load(ctx, db, projects) {
    const ids = projects.filter((p) => isControlled(p.state)).map((p) => p.id);
    const out = new Map<string, { scheduleQuality: FactScheduleQuality }>();
    for (const { key, row, current } of await storedAssessments(db, ids)) {
      let failed: Failed | null = row ? (JSON.parse(row.failed) as Failed) : null;
      if (!current && ids.length <= LIVE_LIMIT) failed = await assess(ctx, key.project_id);
      if (failed) out.set(key.project_id, { scheduleQuality: { failed } });
    }
    return out;
  },
};
