import type { ScheduleQualityRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { selectInChunks } from './chunks.js';
import { healthPlans } from './health-facts-repo.js';

/** What a stored assessment must match to be current: the plan's version and its first baseline. */
export interface QualityKey {
  project_id: string;
  plan_version: number;
  baseline_key: string;
}

/** The current plan version and first-baseline key of each given project. */
export async function qualityKeys(ex: Executor, projectIds: readonly string[]): Promise<QualityKey[]> {
  return (await healthPlans(ex, projectIds)).map((p) => ({
    project_id: p.project_id,
    plan_version: p.version,
    baseline_key: p.baseline_id ? `${p.baseline_id}@${p.baseline_saved_at}` : '',
  }));
}

/** Stored assessments of the given projects. */
export async function storedQuality(ex: Executor, projectIds: readonly string[]): Promise<ScheduleQualityRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex.selectFrom('schedule_quality').selectAll().where('project_id', 'in', ids).execute(),
  );
}

export async function saveQuality(ex: Executor, row: ScheduleQualityRow): Promise<void> {
  await ex
    .insertInto('schedule_quality')
    .values(row)
    .onConflict((oc) =>
      oc.column('project_id').doUpdateSet({
        plan_version: row.plan_version,
        baseline_key: row.baseline_key,
        failed: row.failed,
        assessed_at: row.assessed_at,
      }),
    )
    .execute();
}
