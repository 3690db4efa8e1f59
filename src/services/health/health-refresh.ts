import type { Store } from '../../store/db.js';
import { healthSubjects } from '../../store/repos/health-facts-repo.js';
import * as repo from '../../store/repos/health-repo.js';
import type { HealthSnapshotRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { settleStoredSchedules } from '../plan/plan-schedule.js';
import { refreshScheduleQuality } from '../quality/quality-facts.js';
import { subjectOf } from './fact-source.js';
import { evaluateProjects, signatureOf, snapshotOf } from './health-evaluation.js';

/** Projects evaluated per call unless the caller says otherwise (the dispatcher takes smaller slices). */
export const HEALTH_REFRESH_BATCH = 200;

/**
 * Evaluates the projects marked stale (by events of the write pipeline, a rule change, or the
 * schedule) and keeps a snapshot of each whose result changed, so the trend shows. Marks renewed
 * meanwhile stay for the next round. Answers how many projects it evaluated.
 */
export async function refreshStaleHealth(
  ctx: ServiceContext,
  store: Store,
  limit = HEALTH_REFRESH_BATCH,
): Promise<number> {
  const db = store.db;
  const marks = await repo.staleProjects(db, limit);
  if (marks.length === 0) return 0;
  // Background work may write what reads must not: the dates edits left behind, so the next
  // portfolio read finds them stored rather than rescheduling those plans in memory.
  await settleStoredSchedules(ctx);
  const ids = marks.map((m) => m.project_id);
  const subjects = (await healthSubjects(db, ids)).map(subjectOf);
  await refreshScheduleQuality(ctx, db, subjects);
  const evaluated = await evaluateProjects(ctx, db, subjects);
  await inTransaction(db, async (trx) => {
    const latest = new Map((await repo.latestSnapshots(trx, ids)).map((s) => [s.project_id, s]));
    const changed: HealthSnapshotRow[] = [];
    for (const [id, e] of evaluated) {
      const before = latest.get(id);
      if (before?.signature !== signatureOf(e)) changed.push(snapshotOf(ctx, id, e, before));
    }
    await repo.insertSnapshots(trx, changed);
    await repo.clearStale(trx, marks);
  });
  return marks.length;
}

/** Marks every project for evaluation: date-driven metrics (overdue, status date age) change with time alone. */
export async function markAllHealthStale(ctx: ServiceContext, store: Store): Promise<void> {
  await repo.markAllStale(store.db, ctx.now().toISOString());
}
