import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/permissions.js';
import { ensureFirstAdmin } from '../../services/bootstrap.js';
import { createContext, type ServiceContext } from '../../services/context.js';
import { RETENTION } from '../../services/events/retention.js';
import { createProject, updateProject } from '../../services/project-service.js';
import { verifySignature } from '../../services/webhooks/signature.js';
import { createWebhook, getDelivery, listDeliveries, resendDelivery } from '../../services/webhooks/webhook-service.js';
import { unversioned } from '../../services/write-pipeline.js';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { WebhookReceiver } from '../../test-support/webhook-receiver.js';
import { EventDispatcher } from './event-dispatcher.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(TEST_DIALECTS)('webhook delivery on %s', (dialect) => {
  let db: TestDatabase;
  let ctx: ServiceContext;
  let admin: Actor;
  let clock: number;
  let receiver: WebhookReceiver;
  const dispatchers: EventDispatcher[] = [];

  beforeEach(async () => {
    db = await freshDatabase(dialect);
    clock = Date.parse('2030-01-07T09:00:00.000Z');
    ctx = { ...createContext(db.store, pino({ level: 'silent' })), now: () => new Date(clock) };
    await ensureFirstAdmin(ctx, { email: 'admin@x.test', password: 'long-enough-pw' });
    const row = await db.store.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    admin = { userId: row.id, role: 'admin' };
    receiver = await new WebhookReceiver(() => clock).start();
  });
  afterEach(async () => {
    for (const d of dispatchers.splice(0)) await d.close();
    await receiver.stop();
    await db.dispose();
  });

  /** A dispatcher driven by hand (runOnce), on its own connection, with the same clock. */
  const dispatcher = (options: { timeoutMs?: number; context?: ServiceContext } = {}) => {
    const d = new EventDispatcher(options.context ?? { ...ctx, logger: pino({ level: 'warn' }) }, {
      autoStart: false,
      timeoutMs: options.timeoutMs ?? 3_000,
      random: () => 0.5,
    });
    dispatchers.push(d);
    return d;
  };
  const register = async (url = receiver.url) =>
    createWebhook(unversioned(ctx, admin), { url, eventTypes: ['*'], description: 'test receiver' });
  const deliveryRows = (endpointId: string) =>
    db.store.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('endpoint_id', '=', endpointId)
      .orderBy('event_seq')
      .execute();
  /** Two charter edits of a project: two events after its project.created. */
  async function churn(projectId: string, label: string) {
    let version = (
      await db.store.db.selectFrom('projects').select('version').where('id', '=', projectId).executeTakeFirstOrThrow()
    ).version;
    for (const step of [1, 2]) {
      version = (await updateProject({ ctx, actor: admin, version }, projectId, { objective: `${label} ${step}` }))
        .version;
    }
  }

  it('signs each delivery over its timestamp and body, and records the answer', async () => {
    const { webhook, secret } = await register();
    expect(secret).toMatch(/^whsec_/);
    const project = await createProject(unversioned(ctx, admin), { name: 'Signed' });
    await dispatcher().runOnce();

    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    if (!got) throw new Error('nothing received');
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({ type: 'project.created', projectId: project.id, data: { v: 1, name: 'Signed' } });
    expect(got.headers['gantry-event-id']).toBe(body.id);
    expect(got.headers['gantry-event-type']).toBe('project.created');
    expect(got.headers['content-type']).toBe('application/json');
    const signature = String(got.headers['gantry-signature']);
    expect(signature).toMatch(new RegExp(`^t=${Math.floor(clock / 1000)},v1=[0-9a-f]{64}$`));
    expect(verifySignature(secret, signature, got.body, clock / 1000)).toBe(true);
    expect(verifySignature(secret, signature, `${got.body} `, clock / 1000)).toBe(false);
    expect(verifySignature('whsec_other', signature, got.body, clock / 1000)).toBe(false);
    expect(verifySignature(secret, signature, got.body, clock / 1000 + 3600)).toBe(false);

    const page = await listDeliveries(ctx, admin, webhook.id, { page: 1, pageSize: 50 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ state: 'succeeded', responseStatus: 200, attempts: 1, error: null });
    expect(page.items[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('delivers every event, in order per project and validly signed, to a receiver that was down for 10 minutes', async () => {
    const { webhook, secret } = await register();
    await receiver.stop();
    const d = dispatcher();
    const a = await createProject(unversioned(ctx, admin), { name: 'Alpha' });
    const b = await createProject(unversioned(ctx, admin), { name: 'Beta' });
    await d.runOnce();
    // While it is down, writes go on: each stream waits behind its first, failing, event.
    for (let minute = 1; minute <= 10; minute++) {
      clock += MINUTE;
      if (minute === 3) await churn(a.id, 'A');
      if (minute === 6) await churn(b.id, 'B');
      await d.runOnce();
    }
    const waiting = await deliveryRows(webhook.id);
    expect(waiting.every((r) => r.state === 'pending')).toBe(true);
    // Only the head of each project's stream was tried: twice per stream before the 10th minute, at most.
    expect(
      waiting
        .filter((r) => r.attempts > 0)
        .map((r) => r.project_key)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    const head = waiting.find((r) => r.attempts > 0 && r.project_key === a.id);
    expect(head?.attempts).toBe(5); // at 0, 0:30, 1:30, 3:30 and 7:30 (30 s doubling)

    await receiver.start();
    for (let i = 0; i < 40 && (await deliveryRows(webhook.id)).some((r) => r.state !== 'succeeded'); i++) {
      clock += MINUTE;
      await d.runOnce();
    }
    const rows = await deliveryRows(webhook.id);
    expect(rows.map((r) => r.state)).toEqual(rows.map(() => 'succeeded'));

    const outbox = await db.store.db
      .selectFrom('outbox_events')
      .select(['id', 'seq', 'project_id'])
      .orderBy('seq')
      .execute();
    const events = receiver.events();
    expect(new Set(events.map((e) => e.id))).toEqual(new Set(outbox.map((e) => e.id)));
    for (const project of [a.id, b.id]) {
      const sent = events.filter((e) => e.projectId === project).map((e) => e.sequence);
      expect(sent).toEqual(outbox.filter((e) => e.project_id === project).map((e) => e.seq));
    }
    for (const r of receiver.received) {
      expect(verifySignature(secret, String(r.headers['gantry-signature']), r.body, r.at / 1000)).toBe(true);
    }
  });

  it('disables an endpoint that failed for 24 hours, gives up its deliveries and tells its owner', async () => {
    receiver.answer = { status: 503, body: 'Service unavailable: maintenance' };
    const { webhook } = await register();
    await createProject(unversioned(ctx, admin), { name: 'Doomed' });
    const d = dispatcher();
    const attemptTimes: number[] = [];
    for (let step = 0; step <= 30 * 6; step++) {
      const before = receiver.received.length;
      await d.runOnce();
      if (receiver.received.length > before) attemptTimes.push(clock);
      clock += 10 * MINUTE;
    }
    const endpoint = await db.store.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', webhook.id)
      .executeTakeFirstOrThrow();
    expect(endpoint.active).toBe(0);
    expect(endpoint.disabled_reason).toContain('Every attempt failed for 24 hours');
    expect(endpoint.disabled_reason).toContain('HTTP 503');
    const [delivery] = await deliveryRows(webhook.id);
    expect(delivery?.state).toBe('failed');
    // Tried for at least 24 hours, with growing gaps, never more than 6 hours apart.
    const first = attemptTimes[0] as number;
    const last = attemptTimes.at(-1) as number;
    expect(last - first).toBeGreaterThanOrEqual(24 * HOUR);
    const gaps = attemptTimes.slice(1).map((t, i) => t - (attemptTimes[i] as number));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(6 * HOUR + 10 * MINUTE);
    expect(gaps.slice(0, 5)).toEqual([...gaps.slice(0, 5)].sort((x, y) => x - y));

    const detail = await getDelivery(ctx, admin, webhook.id, delivery?.id as string);
    expect(detail.history.length).toBe(attemptTimes.length);
    expect(detail.history[0]).toMatchObject({ responseStatus: 503, error: 'HTTP 503', manual: false });
    expect(detail.history[0]?.responseExcerpt).toBe('Service unavailable: maintenance');

    const notes = await db.store.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', admin.userId)
      .execute();
    expect(notes.map((n) => [n.kind, n.title, n.link])).toEqual([
      ['webhook.disabled', `Webhook ${receiver.url} was disabled`, `/webhooks/${webhook.id}`],
    ]);
    const audit = await db.store.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', webhook.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.create', 'webhook.disable']);

    // A disabled endpoint gets no new deliveries.
    await createProject(unversioned(ctx, admin), { name: 'After' });
    await d.runOnce();
    expect(await deliveryRows(webhook.id)).toHaveLength(1);
  });

  it('sends a failed delivery again by hand, and notes the attempt as manual', async () => {
    receiver.answer = { status: 500 };
    const { webhook } = await register();
    await createProject(unversioned(ctx, admin), { name: 'Retry me' });
    const d = dispatcher();
    await d.runOnce();
    const [failed] = await deliveryRows(webhook.id);
    expect(failed).toMatchObject({ state: 'pending', attempts: 1, response_status: 500 });

    receiver.answer = { status: 204 };
    const queued = await resendDelivery(unversioned(ctx, admin), webhook.id, failed?.id as string);
    expect(queued.state).toBe('pending');
    await d.runOnce();
    const detail = await getDelivery(ctx, admin, webhook.id, failed?.id as string);
    expect(detail.state).toBe('succeeded');
    expect(detail.history.map((h) => [h.responseStatus, h.manual])).toEqual([
      [500, false],
      [204, true],
    ]);
    expect(receiver.received.map((r) => r.body)).toEqual([detail.body, detail.body]);
  });

  it('follows no redirect, keeps at most 1 KB of an answer, and stops waiting at the timeout', async () => {
    const elsewhere = await new WebhookReceiver().start();
    try {
      receiver.answer = { status: 302, headers: { location: elsewhere.url } };
      const { webhook } = await register();
      await createProject(unversioned(ctx, admin), { name: 'Moved' });
      await dispatcher().runOnce();
      const [moved] = await deliveryRows(webhook.id);
      expect(moved).toMatchObject({ response_status: 302, state: 'pending' });
      expect(moved?.error).toBe('Redirected (HTTP 302); redirects are not followed');
      expect(elsewhere.received).toEqual([]);

      receiver.answer = { status: 400, body: 'x'.repeat(50_000) };
      await resendDelivery(unversioned(ctx, admin), webhook.id, moved?.id as string);
      const d = dispatchers[0] as EventDispatcher;
      await d.runOnce();
      const big = await getDelivery(ctx, admin, webhook.id, moved?.id as string);
      expect(big.history.at(-1)?.responseExcerpt.length).toBe(1024);

      receiver.answer = 'hang';
      const slow = dispatcher({ timeoutMs: 300 });
      await resendDelivery(unversioned(ctx, admin), webhook.id, moved?.id as string);
      await slow.runOnce();
      const timedOut = await getDelivery(ctx, admin, webhook.id, moved?.id as string);
      expect(timedOut.history.at(-1)).toMatchObject({ responseStatus: null, error: 'No answer in time (timed out)' });
    } finally {
      await elsewhere.stop();
    }
  });

  it('two dispatchers on one database never send one event twice, nor at the same time, and keep each project in order', async () => {
    const { webhook } = await register();
    receiver.delayMs = 15;
    ctx = { ...ctx, now: () => new Date() };
    const projects = [];
    for (const name of ['One', 'Two', 'Three', 'Four'])
      projects.push(await createProject(unversioned(ctx, admin), { name }));
    for (const p of projects) await churn(p.id, p.name);
    const second = { ...ctx, store: db.store };
    const [x, y] = [dispatcher({ context: ctx }), dispatcher({ context: second })];
    const done = async () => (await deliveryRows(webhook.id)).filter((r) => r.state === 'succeeded').length === 12;
    for (let i = 0; i < 30 && !(await done()); i++) {
      await Promise.all([x.runOnce(), y.runOnce(), x.runOnce(), y.runOnce()]);
    }
    const rows = await deliveryRows(webhook.id);
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.state === 'succeeded' && r.attempts === 1)).toBe(true);
    const events = receiver.events();
    expect(events).toHaveLength(12);
    expect(new Set(events.map((e) => e.id)).size).toBe(12);
    expect(receiver.maxInFlightPerEvent).toBe(1);
    for (const p of projects) {
      const seqs = events.filter((e) => e.projectId === p.id).map((e) => e.sequence);
      expect(seqs).toEqual([...seqs].sort((m, n) => m - n));
      expect(seqs).toHaveLength(3);
    }
  });

  describe('retention of the event tables', () => {
    /** A fresh dispatcher prunes in its first round (as after a restart), then hourly. */
    const round = () => dispatcher().runOnce();
    const count = async (table: 'outbox_events' | 'webhook_deliveries' | 'webhook_attempts' | 'notifications') =>
      Number(
        (
          await db.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const notification = (id: string, createdAt: number, readAt: number | null) =>
      db.store.db
        .insertInto('notifications')
        .values({
          id,
          user_id: admin.userId,
          kind: 'project.transitioned',
          title: id,
          body: '',
          link: '/',
          project_id: null,
          event_seq: null,
          created_at: new Date(createdAt).toISOString(),
          read_at: readAt === null ? null : new Date(readAt).toISOString(),
        })
        .execute();

    it('drops finished deliveries and their events after 30 days, and keeps what is still pending', async () => {
      const sent = await createWebhook(unversioned(ctx, admin), {
        url: receiver.url,
        eventTypes: ['*'],
        description: 'up',
      });
      await createProject(unversioned(ctx, admin), { name: 'Delivered' });
      await round();
      expect(await count('webhook_deliveries')).toBe(1);
      expect(await count('webhook_attempts')).toBe(1);

      // A second receiver that never answers: its delivery stays pending (retried for 24 h, then failed).
      const down = await createWebhook(unversioned(ctx, admin), {
        url: 'http://127.0.0.1:9/never',
        eventTypes: ['*'],
        description: 'down',
      });
      expect(down.webhook.id).not.toBe(sent.webhook.id);

      clock += (RETENTION.deliveriesDays - 1) * DAY;
      await round();
      // Within 30 days nothing is pruned.
      expect(await count('outbox_events')).toBeGreaterThanOrEqual(1);
      expect(await count('webhook_deliveries')).toBe(1);

      clock += 2 * DAY;
      await createProject(unversioned(ctx, admin), { name: 'Recent' });
      await round();
      const events = await db.store.db.selectFrom('outbox_events').select(['seq', 'type']).execute();
      // The old event and its delivery are gone; the new event stays with its deliveries to both receivers.
      expect(events.map((e) => e.type)).toEqual(['project.created']);
      const deliveries = await db.store.db.selectFrom('webhook_deliveries').select(['event_seq', 'state']).execute();
      expect(deliveries.every((d) => d.event_seq === events[0]?.seq)).toBe(true);
      expect(deliveries.map((d) => d.state).sort()).toEqual(['pending', 'succeeded']);

      // 31 days on, the sent one goes; the never-sent one is given up now (its retry window is long
      // over) and is kept, with its event, for 30 days from that moment, for whoever debugs it.
      clock += (RETENTION.deliveriesDays + 1) * DAY;
      await round();
      const left = await db.store.db.selectFrom('webhook_deliveries').select(['endpoint_id', 'state']).execute();
      expect(left).toEqual([{ endpoint_id: down.webhook.id, state: 'failed' }]);
      const kept = await db.store.db
        .selectFrom('outbox_events')
        .select('seq')
        .where('type', '=', 'project.created')
        .execute();
      expect(kept.map((e) => e.seq)).toEqual(events.map((e) => e.seq));

      // What the giving-up itself caused (a webhook.disabled event, sent to the other receiver) is new
      // and stays; everything from before is gone.
      clock += (RETENTION.deliveriesDays + 1) * DAY;
      await round();
      const remaining = await db.store.db
        .selectFrom('webhook_deliveries')
        .select(['endpoint_id', 'created_at'])
        .execute();
      expect(remaining.filter((d) => d.endpoint_id === down.webhook.id)).toEqual([]);
      expect(remaining.every((d) => Date.parse(d.created_at) > clock - (RETENTION.deliveriesDays + 2) * DAY)).toBe(
        true,
      );
      const old = await db.store.db
        .selectFrom('outbox_events')
        .select('seq')
        .where('type', '=', 'project.created')
        .execute();
      expect(old).toEqual([]);
    });

    it('keeps the newest event however old, so a sequence number is never handed out twice', async () => {
      await createProject(unversioned(ctx, admin), { name: 'First' });
      await createProject(unversioned(ctx, admin), { name: 'Second' });
      await round();
      const before = await db.store.db.selectFrom('outbox_events').select('seq').orderBy('seq').execute();
      const newest = before.at(-1)?.seq as number;
      clock += (RETENTION.eventsDays + 1) * DAY;
      await round();
      const after = await db.store.db.selectFrom('outbox_events').select('seq').execute();
      expect(after.map((e) => e.seq)).toEqual([newest]);
      await createProject(unversioned(ctx, admin), { name: 'Third' });
      const next = await db.store.db
        .selectFrom('outbox_events')
        .select('seq')
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      expect(next?.seq).toBe(newest + 1);
    });

    it('drops read notifications after 90 days and any after a year', async () => {
      const now = clock;
      await notification('unread-recent', now - 100 * DAY, null);
      await notification('read-recent', now - 100 * DAY, now - 10 * DAY);
      await notification('read-old', now - 100 * DAY, now - (RETENTION.readNotificationsDays + 1) * DAY);
      await notification('unread-ancient', now - (RETENTION.notificationsDays + 1) * DAY, null);
      await round();
      const left = await db.store.db.selectFrom('notifications').select('id').orderBy('id').execute();
      expect(left.map((n) => n.id)).toEqual(['read-recent', 'unread-recent']);
    });
  });
});
