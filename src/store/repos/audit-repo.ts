import type { AuditRow } from '../schema.js';
import type { Executor } from '../transaction.js';

export async function insertAudit(ex: Executor, row: AuditRow): Promise<void> {
  await ex.insertInto('audit_log').values(row).execute();
}

/** Filters for reading the audit log; `from`/`to` are inclusive ISO bounds on `at`. */
export interface AuditFilter {
  readonly actorId?: string | undefined;
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly projectId?: string | undefined;
  readonly action?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/**
 * A page of the audit log, newest first, with the names people read next to the ids: the actor,
 * the project the entry belongs to (code and name), and the entity's current name where it still
 * exists (a deleted one has none; the caller falls back to the name recorded in the changes).
 */
export async function listAudit(ex: Executor, f: AuditFilter) {
  let q = ex.selectFrom('audit_log');
  if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.projectId) q = q.where('audit_log.project_id', '=', f.projectId);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  if (f.from) q = q.where('audit_log.at', '>=', f.from);
  if (f.to) q = q.where('audit_log.at', '<=', f.to);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .leftJoin('projects as prj', 'prj.id', 'audit_log.project_id')
    .leftJoin('users as subject_user', (j) =>
      j.onRef('subject_user.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'user'),
    )
    .leftJoin('portfolios as subject_portfolio', (j) =>
      j.onRef('subject_portfolio.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'portfolio'),
    )
    .leftJoin('calendars as subject_calendar', (j) =>
      j.onRef('subject_calendar.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'calendar'),
    )
    .leftJoin('baselines as subject_baseline', (j) =>
      j.onRef('subject_baseline.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'baseline'),
    )
    .leftJoin('api_tokens as subject_token', (j) =>
      j.onRef('subject_token.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'api_token'),
    )
    .selectAll('audit_log')
    .select([
      'users.name as actor_name',
      'prj.code as project_code',
      'prj.name as project_name',
      (eb) =>
        eb.fn
          .coalesce(
            'subject_user.name',
            'subject_portfolio.name',
            'subject_calendar.name',
            'subject_baseline.name',
            'subject_token.name',
          )
          .as('entity_name'),
    ])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Names of users by id, for entries that name a user inside a compound id (project members). */
export async function userNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
