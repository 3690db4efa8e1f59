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
  readonly action?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listAudit(ex: Executor, f: AuditFilter) {
  let q = ex.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_id');
  if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  if (f.from) q = q.where('audit_log.at', '>=', f.from);
  if (f.to) q = q.where('audit_log.at', '<=', f.to);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('audit_log')
    .select('users.name as actor_name')
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}
