import type { EventType } from '../../contracts/index.js';
import { insertEvents } from '../../store/repos/outbox-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';

/** A domain event about to be appended: its type, what it concerns, and its versioned payload. */
export interface DomainEvent {
  readonly type: EventType;
  readonly projectId: string | null;
  readonly portfolioId: string | null;
  readonly payload: { readonly v: number } & Readonly<Record<string, unknown>>;
}

/**
 * Appends events to the outbox inside the caller's write transaction, as recordAudit does for the
 * audit log: they commit with the write they describe or not at all, so a webhook or a
 * notification never tells of a change that was rolled back, and none is lost to a crash between
 * commit and publish. Call it last in the transaction (see insertEvents), on a transaction of
 * `ctx.store`. Answers the events' ids.
 */
export async function appendEvents(
  ctx: ServiceContext,
  trx: Executor,
  actorId: string | null,
  events: readonly DomainEvent[],
): Promise<string[]> {
  if (events.length === 0) return [];
  const at = ctx.now().toISOString();
  const rows = events.map((e) => ({
    id: ctx.newId(),
    type: e.type,
    project_id: e.projectId,
    portfolio_id: e.portfolioId,
    actor_id: actorId,
    payload: JSON.stringify(e.payload),
    created_at: at,
  }));
  await insertEvents(trx, rows, ctx.store);
  // Before the commit, a wake finds nothing new; the dispatcher's poll picks the events up then.
  ctx.events?.wake();
  return rows.map((r) => r.id);
}

/** A project's identity in event payloads: enough for a receiver to name it without another call. */
export interface ProjectRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly portfolio_id: string | null;
}

/** An event about a project; `data` joins the project's id, code and name in the v1 payload. */
export function projectEvent(type: EventType, project: ProjectRef, data: Record<string, unknown> = {}): DomainEvent {
  return {
    type,
    projectId: project.id,
    portfolioId: project.portfolio_id,
    payload: { v: 1, projectId: project.id, code: project.code, name: project.name, ...data },
  };
}
