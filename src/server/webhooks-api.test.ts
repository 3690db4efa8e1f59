import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../services/webhooks/signature.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';
import { WebhookReceiver } from '../test-support/webhook-receiver.js';

describe.each(TEST_DIALECTS)('webhooks API on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  let pmo: TestClient;
  let marco: TestClient;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    admin = await server.login(TEST_ADMIN.email);
    pmo = await server.login('pmo@demo.gantry.local');
    marco = await server.login('marco@demo.gantry.local');
    receiver = await new WebhookReceiver().start();
  }, 60_000);
  afterAll(async () => {
    await receiver?.stop();
    await server?.close();
  });

  async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const v = await read();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('condition not met in time');
  }

  it('refuses bad input with the field named', async () => {
    const cases: [unknown, string][] = [
      [{ url: 'ftp://example.com/x', eventTypes: ['*'] }, 'url'],
      [{ url: 'https://user:pw@example.com/x', eventTypes: ['*'] }, 'url'],
      [{ url: 'not a url', eventTypes: ['*'] }, 'url'],
      [{ url: 'https://example.com/x', eventTypes: [] }, 'eventTypes'],
      [{ url: 'https://example.com/x', eventTypes: ['project.exploded'] }, 'eventTypes.0'],
      [{ url: 'https://example.com/x', eventTypes: ['webhook.test'] }, 'eventTypes.0'],
      [
        { url: 'https://example.com/x', eventTypes: ['*'], projectId: '0190a000-0000-7000-8000-000000000001' },
        'projectId',
      ],
      [
        {
          url: 'https://example.com/x',
          eventTypes: ['*'],
          projectId: '0190a000-0000-7000-8000-000000000001',
          portfolioId: '0190a000-0000-7000-8000-000000000002',
        },
        'portfolioId',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await pmo.post('/api/webhooks', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.issues[0].path, JSON.stringify(res.body)).toBe(field);
    }
    expect((await marco.post('/api/webhooks', { url: 'https://example.com/x', eventTypes: ['*'] })).status).toBe(403);
  });

  it('shows the secret once, never again, and keeps it out of the audit log', async () => {
    const created = await pmo.post('/api/webhooks', {
      url: 'https://example.com/hooks',
      description: 'CRM sync',
      eventTypes: ['project.created', 'project.transitioned'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { webhook, secret } = created.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook).toMatchObject({ active: true, description: 'CRM sync', ownerName: 'Priya Okafor', version: 1 });
    expect(webhook).not.toHaveProperty('secret');

    const reads = [
      await pmo.get(`/api/webhooks/${webhook.id}`),
      await admin.get('/api/webhooks'),
      await pmo.patch(`/api/webhooks/${webhook.id}`, { description: 'CRM sync (EU)', version: 1 }),
      await pmo.get(`/api/audit?entityId=${webhook.id}`),
    ];
    for (const r of reads) {
      expect(r.status).toBe(200);
      expect(JSON.stringify(r.body)).not.toContain(secret);
    }
    expect((await pmo.patch(`/api/webhooks/${webhook.id}`, { description: 'stale', version: 1 })).status).toBe(409);
    const audit = (await pmo.get(`/api/audit?entityId=${webhook.id}`)).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(audit).toEqual(['webhook.update', 'webhook.create']);

    expect((await pmo.delete(`/api/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await pmo.get(`/api/webhooks/${webhook.id}`)).status).toBe(404);
    const after = (await pmo.get(`/api/audit?entityId=${webhook.id}`)).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(after[0]).toBe('webhook.delete');
  });

  it('delivers a test event to that endpoint alone, and only the events each endpoint chose', async () => {
    const projects = (await pmo.get('/api/projects?pageSize=100')).body.items as {
      id: string;
      code: string;
      portfolioId: string | null;
      version: number;
    }[];
    const one = projects.find((p) => p.code === 'PRJ-0001');
    const two = projects.find((p) => p.code === 'PRJ-0002');
    if (!one || !two) throw new Error('demo projects missing');
    const everything = (await pmo.post('/api/webhooks', { url: `${receiver.url}?all`, eventTypes: ['*'] })).body;
    const onlyOne = (
      await pmo.post('/api/webhooks', {
        url: `${receiver.url}?one`,
        eventTypes: ['project.updated'],
        projectId: one.id,
      })
    ).body;

    const test = await pmo.post(`/api/webhooks/${onlyOne.webhook.id}/test`);
    expect(test.status).toBe(202);
    for (const p of [one, two]) {
      expect(
        (await marco.patch(`/api/projects/${p.id}`, { sponsor: 'Board', version: p.version })).status,
      ).toBeLessThan(500);
    }
    await pmo.patch(`/api/projects/${two.id}`, { sponsor: 'Board', version: two.version });
    // Marco manages PRJ-0001 only: his edit of PRJ-0002 is refused and sends nothing.
    await until(
      async () => receiver.events().filter((e) => e.type === 'project.updated').length,
      (n) => n >= 3,
    );
    const signedWith = (secret: string) =>
      receiver.received
        .filter((r) => verifySignature(secret, String(r.headers['gantry-signature']), r.body, Date.now() / 1000))
        .map((r) => JSON.parse(r.body) as { type: string; projectId: string | null });
    const toOne = signedWith(onlyOne.secret);
    expect(toOne.map((e) => `${e.type} ${e.projectId}`).sort()).toEqual([
      `project.updated ${one.id}`,
      'webhook.test null',
    ]);
    const toAll = signedWith(everything.secret);
    expect(toAll.map((e) => `${e.type} ${e.projectId}`)).toEqual([
      `project.updated ${one.id}`,
      `project.updated ${two.id}`,
    ]);
    expect(receiver.received).toHaveLength(4);

    const deliveries = await until(
      async () => (await pmo.get(`/api/webhooks/${everything.webhook.id}/deliveries`)).body,
      (page) => page.items.every((d: { state: string }) => d.state === 'succeeded'),
    );
    expect(deliveries.total).toBe(2);
    expect(deliveries.items[0]).toMatchObject({ eventType: 'project.updated', responseStatus: 200, attempts: 1 });
    const listed = (await pmo.get('/api/webhooks')).body.items.find(
      (w: { id: string }) => w.id === everything.webhook.id,
    );
    expect(listed.lastDelivery).toMatchObject({ state: 'succeeded', responseStatus: 200 });
  });

  it('sends nothing to a disabled endpoint, and re-enables it on request', async () => {
    const { webhook } = (await pmo.post('/api/webhooks', { url: receiver.url, eventTypes: ['*'] })).body;
    const disabled = await pmo.patch(`/api/webhooks/${webhook.id}`, { active: false, version: 1 });
    expect(disabled.body).toMatchObject({ active: false, disabledReason: 'Disabled by hand' });
    const test = await pmo.post(`/api/webhooks/${webhook.id}/test`);
    expect(test.status).toBe(422);
    expect(test.body.error.message).toContain('disabled');
    const enabled = await pmo.patch(`/api/webhooks/${webhook.id}`, { active: true, version: 2 });
    expect(enabled.body).toMatchObject({ active: true, disabledReason: null, failingSince: null });
    expect((await pmo.post(`/api/webhooks/${webhook.id}/test`)).status).toBe(202);
  });
});
