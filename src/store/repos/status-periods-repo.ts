import type { ClosedPeriodRow, EvmSnapshotRow, StatusPeriodSettingsRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

export async function periodSettings(ex: Executor): Promise<StatusPeriodSettingsRow> {
  return ex.selectFrom('status_period_settings').selectAll().where('id', '=', 'organisation').executeTakeFirstOrThrow();
}

/** Sets the cadence if the settings are still at `expected`. */
export async function updatePeriodSettings(
  ex: Executor,
  cadence: string,
  expected: number,
  at: string,
): Promise<boolean> {
  const r = await ex
    .updateTable('status_period_settings')
    .set({ cadence, updated_at: at, version: expected + 1 })
    .where('id', '=', 'organisation')
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Closed periods with who closed them, oldest first. */
export async function closedPeriods(ex: Executor): Promise<(ClosedPeriodRow & { closed_by_name: string })[]> {
  return ex
    .selectFrom('closed_periods')
    .innerJoin('users', 'users.id', 'closed_periods.closed_by')
    .selectAll('closed_periods')
    .select('users.name as closed_by_name')
    .orderBy('closed_periods.end')
    .execute();
}

/** The last closed day (YYYY-MM-DD), or null when nothing is closed. */
export async function closedThrough(ex: Executor): Promise<string | null> {
  const row = await ex
    .selectFrom('closed_periods')
    .select((eb) => eb.fn.max('end').as('end'))
    .executeTakeFirst();
  return (row?.end as string | null | undefined) ?? null;
}

export async function insertClosedPeriods(ex: Executor, rows: readonly ClosedPeriodRow[]): Promise<void> {
  if (rows.length > 0)
    await ex
      .insertInto('closed_periods')
      .values([...rows])
      .execute();
}

export async function insertSnapshots(ex: Executor, rows: readonly EvmSnapshotRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 9)) await ex.insertInto('evm_snapshots').values(chunk).execute();
}

/** A project's snapshots with their periods, oldest first. */
export async function projectSnapshots(
  ex: Executor,
  projectId: string,
): Promise<(EvmSnapshotRow & { start: string; end: string })[]> {
  return ex
    .selectFrom('evm_snapshots')
    .innerJoin('closed_periods', 'closed_periods.id', 'evm_snapshots.period_id')
    .selectAll('evm_snapshots')
    .select(['closed_periods.start', 'closed_periods.end'])
    .where('evm_snapshots.project_id', '=', projectId)
    .orderBy('evm_snapshots.status_date')
    .execute();
}
