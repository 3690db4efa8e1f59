import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/permissions.js';
import { ensureFirstAdmin } from '../../services/bootstrap.js';
import { createContext, type ServiceContext } from '../../services/context.js';
import { RETENTION } from '../../services/events/retention.js';
import { createProject } from '../../services/project-service.js';
import { createWebhook } from '../../services/webhooks/webhook-service.js';
import { unversioned } from '../../services/write-pipeline.js';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { WebhookReceiver } from '../../test-support/webhook-receiver.js';
import { EventDispatcher } from './event-dispatcher.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(TEST_DIALECTS)('event tables retention on %s', (dialect) => {
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

  /** A fresh dispatcher prunes in its first round (as after a restart), then hourly. */
  const round = async () => {
    const d = new EventDispatcher(ctx, { autoStart: false, timeoutMs: 3_000, random: () => 0.5 });
    dispatchers.push(d);
    await d.runOnce();
  };
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
    expect(remaining.every((d) => Date.parse(d.created_at) > clock - (RETENTION.deliveriesDays + 2) * DAY)).toBe(true);
    const old = await db.store.db
      .selectFrom('outbox_events')
      .select('seq')
      .where('type', '=', 'project.created')
      .execute();
    expect(old).toEqual([]);
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
