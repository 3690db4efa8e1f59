import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EventSignals, ServiceContext } from '../../services/context.js';
import { FAN_OUT_BATCH, fanOutEvents } from '../../services/events/fan-out.js';
import { pruneEventTables } from '../../services/events/retention.js';
import { markAllHealthStale, refreshStaleHealth } from '../../services/health/health-refresh.js';
import {
  type AttemptOutcome,
  claimDueDeliveries,
  deliveryBody,
  deliveryHeaders,
  recordAttempt,
  releaseClaimed,
} from '../../services/webhooks/delivery-queue.js';
import { openStoreAt, type Store } from '../../store/db.js';
import type { ClaimedDelivery } from '../../store/repos/deliveries-repo.js';
import { VERSION } from '../../version.js';
import { sendWebhook } from './webhook-sender.js';

/** How the dispatcher behaves; the defaults suit a server, tests shorten them. */
export interface EventDispatcherOptions {
  /** How often to look for new events and due deliveries when nothing wakes it. */
  readonly pollMs?: number;
  /** How long a claimed delivery is held: well over the timeout, so only a stopped process loses it. */
  readonly leaseMs?: number;
  /** How long a receiver has to answer. */
  readonly timeoutMs?: number;
  /** Deliveries sent at once (each the head of its endpoint and project, so order holds). */
  readonly parallel?: number;
  /** Spreads retry delays; tests pass a fixed one. */
  readonly random?: () => number;
  /** False: only `runOnce` runs it (tests that move the clock themselves). */
  readonly autoStart?: boolean;
}

/**
 * After a wake, wait this long: a write's transaction may still be committing (PostgreSQL), and
 * under a stream of writes one round then fans out many events at once rather than one each.
 */
const WAKE_DELAY_MS = 250;

/** How often old deliveries, events and notifications are pruned (services/events/retention.ts). */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** How often every project's health is evaluated again: overdue reports and actions come with time alone. */
const HEALTH_SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Health is evaluated again at most this often, and this many projects at a time with a turn of the
 * event loop between: under a stream of writes to many projects, evaluating each round (every
 * 250 ms) up to 200 projects at once held the thread long enough to triple the writes' p99
 * (bench/events). Reads evaluate health as they answer, so this only keeps the history and the
 * trend, for which ten seconds late is on time; a project edited many times meanwhile is
 * evaluated once.
 */
const HEALTH_REFRESH_EVERY_MS = 10_000;
const HEALTH_SLICE = 25;

/**
 * Fans new outbox events out (webhook deliveries, notifications) and sends due deliveries, on its
 * own database connection, as the job runner does: on SQLite one that never waits for the write
 * lock (a busy database only delays it to its next round), so it cannot freeze the server's thread.
 * Every state lives in the tables, so any number of Gantry processes may run one: fan-out is taken
 * by one process at a time and deliveries are leased (see claimDeliveries).
 */
export class EventDispatcher implements EventSignals {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly store: Store;
  private readonly shutdown = new AbortController();
  private readonly unsaved: { delivery: ClaimedDelivery; outcome: AttemptOutcome }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private wakeTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  /** Whether the next round should look for due deliveries (see round). */
  private claimNext = true;
  private claimedAt = 0;
  /** When this process last pruned; the first round prunes, so a restart catches up. */
  private prunedAt = Number.NEGATIVE_INFINITY;
  /** When this process last marked every project's health for evaluation; the first round does. */
  private healthSweptAt = Number.NEGATIVE_INFINITY;
  private healthRefreshedAt = Number.NEGATIVE_INFINITY;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly timeoutMs: number;
  private readonly parallel: number;
  private readonly random: () => number;
  private readonly userAgent = `Gantry-Webhooks/${VERSION}`;

  constructor(
    private readonly ctx: ServiceContext,
    options: EventDispatcherOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.leaseMs = options.leaseMs ?? Math.max(60_000, this.timeoutMs * 6);
    this.parallel = options.parallel ?? 8;
    this.random = options.random ?? Math.random;
    this.store = openStoreAt(ctx.store.location, { busyTimeoutMs: 0, poolSize: 2 });
    if (options.autoStart !== false) this.start();
  }

  private start(): void {
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.kick();
  }

  deliveryQueued(): void {
    this.claimNext = true;
    this.wake();
  }

  wake(): void {
    if (this.closed || this.wakeTimer || !this.timer) return;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.kick();
    }, WAKE_DELAY_MS);
  }

  /** One full round, awaited: fan out every pending event, then send every due delivery. For tests. */
  async runOnce(): Promise<void> {
    while (this.running) await this.running;
    this.claimNext = true;
    await this.schedule();
  }

  /** Stops; deliveries being sent are cut off and given back unrecorded, for this or another process to send again. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.shutdown.abort();
    while (this.running) await this.running.catch(() => {});
    await this.saveUnsaved();
    await this.store.close();
  }

  private kick(): void {
    if (!this.closed) void this.schedule();
  }

  /** Runs rounds one at a time; a wake during a round asks for one more after it. */
  private schedule(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      try {
        do {
          this.again = false;
          await this.round();
        } while (this.again && !this.closed);
      } finally {
        this.running = null;
      }
    })();
    this.running = run;
    return run;
  }

  /**
   * Fans out what is new, then sends what is due. Looking for due deliveries is skipped in a round
   * that made none, found none last time and comes within a poll of the last look: under a stream
   * of writes with few webhooks, rounds come every 250 ms, and the look is the costliest query of
   * a round. Retries and deliveries fanned out by other processes are still found within a poll.
   */
  private async round(): Promise<void> {
    await this.saveUnsaved();
    await this.pruneIfDue();
    for (;;) {
      const made = await this.quietly(() => fanOutEvents(this.ctx, this.store));
      if (made?.deliveries) this.claimNext = true;
      if (!made || made.events < FAN_OUT_BATCH || this.closed) break;
      await new Promise((resolve) => setImmediate(resolve)); // requests that came in meanwhile go first
    }
    await this.refreshHealth();
    if (!this.claimNext && performance.now() - this.claimedAt < this.pollMs) return;
    this.claimNext = false;
    this.claimedAt = performance.now();
    while (!this.closed) {
      const claimed = await this.quietly(() =>
        claimDueDeliveries(this.ctx, this.store, this.id, this.leaseMs, this.parallel),
      );
      if (!claimed?.length) break;
      // More may be due: look again next round too.
      this.claimNext = true;
      await Promise.all(claimed.map((d) => this.deliver(d)));
    }
  }

  /**
   * Evaluates the health of projects that events (fanned out above) or the hourly sweep marked,
   * a batch at a time, on this dispatcher's connection: on SQLite a busy database defers it to
   * the next round rather than holding the server's thread.
   */
  private async refreshHealth(): Promise<void> {
    if (performance.now() - this.healthRefreshedAt < HEALTH_REFRESH_EVERY_MS) return;
    this.healthRefreshedAt = performance.now();
    const ctx = { ...this.ctx, store: this.store };
    if (performance.now() - this.healthSweptAt >= HEALTH_SWEEP_EVERY_MS) {
      this.healthSweptAt = performance.now();
      await this.quietly(() => markAllHealthStale(ctx, this.store));
    }
    while (!this.closed) {
      const evaluated = await this.quietly(() => refreshStaleHealth(ctx, this.store, HEALTH_SLICE));
      if (!evaluated || evaluated < HEALTH_SLICE) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Once an hour: a few short deletes; the rows are kept past their retention if the database is busy now. */
  private async pruneIfDue(): Promise<void> {
    if (performance.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = performance.now();
    const pruned = await this.quietly(() => pruneEventTables(this.store.db, this.ctx.now()));
    if (pruned && pruned.deliveries + pruned.events + pruned.notifications > 0)
      this.ctx.logger.info(pruned, 'pruned old webhook deliveries, events and notifications');
  }

  private async deliver(d: ClaimedDelivery): Promise<void> {
    const body = deliveryBody(d);
    const headers = deliveryHeaders(d, body, this.ctx.now(), this.userAgent);
    const signal = AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.shutdown.signal]);
    const outcome = await sendWebhook(d.url, headers, body, signal);
    if (this.shutdown.signal.aborted && outcome.status === null) {
      await this.quietly(() => releaseClaimed(this.store, this.id, [d.id]));
      return;
    }
    await this.save(d, outcome);
  }

  /** Records an outcome; one that cannot be written now (SQLite busy) is kept for the next round. */
  private async save(delivery: ClaimedDelivery, outcome: AttemptOutcome): Promise<boolean> {
    const kept = await this.quietly(() =>
      recordAttempt(this.ctx, this.store, this.id, delivery, outcome, this.random()),
    );
    if (kept === undefined) {
      this.unsaved.push({ delivery, outcome });
      return false;
    }
    if (!kept)
      this.ctx.logger.warn({ deliveryId: delivery.id }, 'delivery was taken over; its outcome here is dropped');
    return true;
  }

  /** Retries the outcomes earlier rounds could not record, in order; stops at the first that still cannot be. */
  private async saveUnsaved(): Promise<void> {
    const waiting = this.unsaved.splice(0);
    for (const [i, w] of waiting.entries()) {
      if (!(await this.save(w.delivery, w.outcome))) {
        this.unsaved.push(...waiting.slice(i + 1));
        return;
      }
    }
  }

  /** Runs a bookkeeping step; a busy database (or a passing error) only delays it to the next round. */
  private async quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code !== 'SQLITE_BUSY') this.ctx.logger.warn({ err }, 'event dispatcher query failed');
      return undefined;
    }
  }
}
