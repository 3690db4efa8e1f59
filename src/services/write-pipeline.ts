import { invalidField } from '../core/errors.js';
import type { Action, Actor } from '../core/permissions.js';
import { ORGANISATION } from '../core/policy.js';
import { type Executor, inTransaction } from '../store/transaction.js';
import { authorise, versionConflict } from './access.js';
import { type AuditEvent, recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { appendEvents, type DomainEvent } from './events/outbox.js';

/*
 * The one write pipeline: every aggregate's writes (projects, portfolios, members, calendars,
 * baselines, users, tokens, webhooks, the plan) run
 *   load -> authorise -> version check -> apply -> audit -> outbox events
 * in one transaction, so a refused, stale or invalid write leaves nothing behind and a committed
 * one always has its audit entries and events. The expected version comes resolved from the
 * server (If-Match or the body's `version`); services never see where it came from.
 */

/** A write's caller as services see it: the context, the acting user, and the version their write is based on. */
export interface WriteRequest {
  readonly ctx: ServiceContext;
  readonly actor: Actor;
  /** The version the caller read (If-Match or the body's `version`); undefined only where the route makes it optional. */
  readonly version: number | undefined;
}

/** How the loaded aggregate's version is compared with the expected one. */
export interface VersionCheck<L> {
  /** The aggregate's name and id in the 409's message. */
  readonly entity: string;
  readonly id: string;
  /** The version the loaded aggregate has. */
  of(loaded: L): number;
}

/** One kind of write on one aggregate. */
export interface WriteSpec<L, R> {
  /**
   * A decision that needs no loaded state (organisation-level actions), taken before the load so
   * that a refused caller learns nothing about what exists (403, not 404).
   */
  guard?(): void;
  /** Reads what the write needs, in its transaction; throws 404 when it is not there (for this actor). */
  load(trx: Executor): Promise<L>;
  /** Decides over the loaded state (a policy): throws the refusal, and nothing is written. Optional only with `guard`. */
  authorise?(loaded: L): void | Promise<void>;
  /** Present for aggregates with a version: a stale expected version is a 409 before anything is applied. */
  readonly version?: VersionCheck<L>;
  /**
   * For an aggregate whose version is claimed rather than compared (the plan: one UPDATE bumps it
   * if it still is the expected one, so concurrent writers serialise on that row): claims it or
   * throws the 409. The request must name a version.
   */
  claimVersion?(trx: Executor, loaded: L, expected: number): Promise<void>;
  /** The change itself; throws a DomainError (and nothing is written) when the input is wrong. */
  apply(trx: Executor, loaded: L): Promise<R>;
  /** What the audit log records of it (who and when are added here). */
  audit?(loaded: L, result: R): AuditEvent | readonly AuditEvent[] | null;
  /** The domain events it appends to the outbox, last in the transaction. */
  events?(loaded: L, result: R): readonly DomainEvent[];
}

/** Runs `spec` for `req` in one transaction; answers what `apply` returned. */
export function runWrite<L, R>(req: WriteRequest, spec: WriteSpec<L, R>): Promise<R> {
  const { ctx, actor } = req;
  return inTransaction(ctx.store.db, async (trx) => {
    spec.guard?.();
    const loaded = await spec.load(trx);
    await spec.authorise?.(loaded);
    if (spec.version && req.version !== undefined) {
      const current = spec.version.of(loaded);
      if (current !== req.version) throw versionConflict(spec.version.entity, spec.version.id, current);
    }
    if (spec.claimVersion) await spec.claimVersion(trx, loaded, requiredVersion(req));
    const result = await spec.apply(trx, loaded);
    const audit = spec.audit?.(loaded, result) ?? [];
    for (const entry of Array.isArray(audit) ? audit : [audit as AuditEvent]) {
      await recordAudit(ctx, trx, actor.userId, entry);
    }
    const events = spec.events?.(loaded, result) ?? [];
    if (events.length > 0) await appendEvents(ctx, trx, actor.userId, events);
    return result;
  });
}

/** The request's version; the server's route helper has already refused a request without one, so this guards programming errors. */
export function requiredVersion(req: WriteRequest): number {
  if (req.version === undefined) throw invalidField('version', 'is required (send If-Match or "version" in the body)');
  return req.version;
}

/** A write on something of the organisation's (users, portfolios, calendars, webhooks): the role decides, before anything is read. */
export function organisationGuard(actor: Actor, action: Action): { guard(): void } {
  return { guard: () => authorise(actor, action, ORGANISATION) };
}

/** A write request for work that is not based on a version the caller read (creates, server-side steps). */
export function unversioned(ctx: ServiceContext, actor: Actor): WriteRequest {
  return { ctx, actor, version: undefined };
}
