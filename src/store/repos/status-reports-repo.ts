import type { ReportingSettingsRow, StatusReportReminderRow, StatusReportRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { selectInChunks } from './chunks.js';

/** A scope's reporting settings row, if one is set. */
export async function findSettings(
  ex: Executor,
  scopeType: 'portfolio' | 'project',
  scopeId: string,
): Promise<ReportingSettingsRow | undefined> {
  return ex
    .selectFrom('reporting_settings')
    .selectAll()
    .where('scope_type', '=', scopeType)
    .where('scope_id', '=', scopeId)
    .executeTakeFirst();
}

/** Every settings row of these projects and portfolios (one query per chunk). */
export async function settingsOf(
  ex: Executor,
  projectIds: readonly string[],
  portfolioIds: readonly string[],
): Promise<ReportingSettingsRow[]> {
  const ids = [...projectIds, ...portfolioIds];
  return selectInChunks(ids, (chunk) =>
    ex.selectFrom('reporting_settings').selectAll().where('scope_id', 'in', chunk).execute(),
  );
}

export async function insertSettings(ex: Executor, row: ReportingSettingsRow): Promise<void> {
  await ex.insertInto('reporting_settings').values(row).execute();
}

/** Writes `patch` if the row still has `version`; false when another write came first. */
export async function updateSettings(
  ex: Executor,
  key: { scopeType: string; scopeId: string },
  version: number,
  patch: Partial<ReportingSettingsRow>,
): Promise<boolean> {
  const r = await ex
    .updateTable('reporting_settings')
    .set({ ...patch, version: version + 1 })
    .where('scope_type', '=', key.scopeType)
    .where('scope_id', '=', key.scopeId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteSettings(ex: Executor, scopeType: string, scopeId: string): Promise<void> {
  await ex
    .deleteFrom('reporting_settings')
    .where('scope_type', '=', scopeType)
    .where('scope_id', '=', scopeId)
    .execute();
}

/** A project's reports, newest period first. */
export async function listReports(ex: Executor, projectId: string): Promise<StatusReportRow[]> {
  return ex
    .selectFrom('status_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('period_start', 'desc')
    .execute();
}

export async function findReport(ex: Executor, projectId: string, id: string): Promise<StatusReportRow | undefined> {
  return ex
    .selectFrom('status_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findReportForPeriod(
  ex: Executor,
  projectId: string,
  periodStart: string,
): Promise<StatusReportRow | undefined> {
  return ex
    .selectFrom('status_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('period_start', '=', periodStart)
    .executeTakeFirst();
}

export async function insertReport(ex: Executor, row: StatusReportRow): Promise<void> {
  await ex.insertInto('status_reports').values(row).execute();
}

/** Writes `patch` if the report still has `version`; false when another write came first. */
export async function updateReport(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<StatusReportRow>,
): Promise<boolean> {
  const r = await ex
    .updateTable('status_reports')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** What reporting facts need of each report: period, state and submit time (no narrative). */
export type ReportStateRow = Pick<StatusReportRow, 'id' | 'project_id' | 'period_start' | 'state' | 'submitted_at'>;

/** The state of every report of these projects. */
export async function reportStatesOf(ex: Executor, projectIds: readonly string[]): Promise<ReportStateRow[]> {
  return selectInChunks(projectIds, (chunk) =>
    ex
      .selectFrom('status_reports')
      .select(['id', 'project_id', 'period_start', 'state', 'submitted_at'])
      .where('project_id', 'in', chunk)
      .execute(),
  );
}

/** The latest report (by period) of each of these projects. */
export async function latestReportsOf(ex: Executor, projectIds: readonly string[]): Promise<StatusReportRow[]> {
  return selectInChunks(projectIds, (chunk) =>
    ex
      .selectFrom('status_reports as r')
      .selectAll('r')
      .where('r.project_id', 'in', chunk)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('status_reports as n')
              .select('n.id')
              .whereRef('n.project_id', '=', 'r.project_id')
              .whereRef('n.period_start', '>', 'r.period_start'),
          ),
        ),
      )
      .execute(),
  );
}

/** A submitted report with its project's code and name, for the PMO's queue. */
export interface QueueRow extends StatusReportRow {
  project_code: string;
  project_name: string;
}

/** Submitted reports awaiting review, oldest submit first; `visibleTo`: only projects that user manages or belongs to. */
export async function submittedQueue(ex: Executor, visibleTo: string | null): Promise<QueueRow[]> {
  let q = ex
    .selectFrom('status_reports as r')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .selectAll('r')
    .select(['p.code as project_code', 'p.name as project_name'])
    .where('r.state', '=', 'submitted');
  if (visibleTo !== null) {
    const who = visibleTo;
    q = q.where((eb) =>
      eb.or([
        eb('p.manager_id', '=', who),
        eb.exists(
          eb
            .selectFrom('project_members as m')
            .select('m.user_id')
            .whereRef('m.project_id', '=', 'p.id')
            .where('m.user_id', '=', who),
        ),
      ]),
    );
  }
  return q.orderBy('r.submitted_at').limit(500).execute();
}

/** Names of these users, by id. */
export async function userNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ex.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Records a reminder unless one of its kind was already sent for that period: true when this call
 * recorded it (and so should send it). The primary key decides between concurrent sweeps.
 */
export async function claimReminder(ex: Executor, row: StatusReportReminderRow): Promise<boolean> {
  const r = await ex
    .insertInto('status_report_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['project_id', 'period_start', 'kind']).doNothing())
    .returning('kind')
    .executeTakeFirst();
  return r !== undefined;
}

/** A project reminders may be about: under way, with a manager. */
export interface ReminderProjectRow {
  id: string;
  code: string;
  name: string;
  manager_id: string;
  portfolio_id: string | null;
  planned_start: string | null;
  created_at: string;
}

/** Projects whose reports are owed (in these states, with a manager). */
export async function reminderProjects(ex: Executor, states: readonly string[]): Promise<ReminderProjectRow[]> {
  const rows = await ex
    .selectFrom('projects')
    .select(['id', 'code', 'name', 'manager_id', 'portfolio_id', 'planned_start', 'created_at'])
    .where('state', 'in', states)
    .where('manager_id', 'is not', null)
    .execute();
  return rows as ReminderProjectRow[];
}
