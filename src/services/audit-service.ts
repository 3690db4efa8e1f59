import type { AuditAction, AuditEntityType, AuditEntry, AuditListQuery, Page } from '../contracts/index.js';
import { diffRecords } from '../core/diff.js';
import type { Actor } from '../core/permissions.js';
import { insertAudit, listAudit, userNames } from '../store/repos/audit-repo.js';
import type { Executor } from '../store/transaction.js';
import { requireAllowed } from './access.js';
import { auditEntityLabel, recordedProjectCode } from './audit-labels.js';
import type { ServiceContext } from './context.js';

/** One write to record, with the entity's snapshots before and after (null for create / delete). */
export interface AuditEvent {
  readonly action: AuditAction;
  readonly entityType: AuditEntityType;
  readonly entityId: string;
  readonly projectId?: string | null;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
}

/** Appends an audit entry inside the caller's transaction, so it commits with the write it describes. */
export async function recordAudit(
  ctx: ServiceContext,
  ex: Executor,
  actorId: string | null,
  e: AuditEvent,
): Promise<void> {
  await insertAudit(ex, {
    id: ctx.newId(),
    at: ctx.now().toISOString(),
    actor_id: actorId,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    project_id: e.projectId ?? null,
    changes: JSON.stringify(diffRecords(e.before, e.after)),
  });
}

/** Reads the audit log, newest first (admin and PMO). */
export async function listAuditEntries(
  ctx: ServiceContext,
  actor: Actor,
  q: AuditListQuery,
): Promise<Page<AuditEntry>> {
  requireAllowed(actor, 'audit.read');
  const { rows, total } = await listAudit(ctx.store.db, { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const memberIds = rows.filter((r) => r.entity_type === 'project_member').map((r) => r.entity_id.split('/')[1] ?? '');
  const members = await userNames(ctx.store.db, [...new Set(memberIds)]);
  return {
    items: rows.map((r) => {
      const changes = JSON.parse(r.changes) as AuditEntry['changes'];
      const entry = { entityType: r.entity_type, entityId: r.entity_id, changes };
      return {
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.actor_name ?? null,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        entityLabel: auditEntityLabel(entry, r.entity_name ?? null, r.project_name ?? null, members),
        projectId: r.project_id,
        projectCode: r.project_code ?? (r.project_id ? recordedProjectCode(changes) : null),
        projectName: r.project_name ?? null,
        changes,
      };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
