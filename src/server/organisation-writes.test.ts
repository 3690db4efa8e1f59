import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/*
 * The organisation's aggregates on the write pipeline: for each, a stale version answers 409 and a
 * refused or stale write changes nothing (no row, no audit entry); reads say what the caller may do
 * by the same policies (`allowedActions`).
 */
describe.each(TEST_DIALECTS)('organisation writes on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  let pmo: TestClient;
  let pm: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    admin = await server.login(TEST_ADMIN.email);
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
  });
  afterAll(() => server?.close());

  /** How many audit entries name `entityId` (the PMO may read the log). */
  const auditCount = async (entityId: string) => (await pmo.get(`/api/audit?entityId=${entityId}`)).body.total;

  it('me: lists the organisation actions the role allows', async () => {
    expect((await pmo.get('/api/me')).body.allowedActions).toEqual([
      'user.list',
      'user.directory',
      'audit.read',
      'portfolio.create',
      'project.create',
      'calendar.manage',
      'webhook.manage',
      'decision.read',
      'decision.create',
      'resource.read',
      'resource.manage',
      'capacity.read',
      'timesheet.enter',
    ]);
    expect((await pm.get('/api/me')).body.allowedActions).toEqual([
      'user.list',
      'project.create',
      'resource.read',
      'timesheet.enter',
    ]);
    expect((await admin.get('/api/me')).body.allowedActions).toContain('user.manage');
  });

  it('portfolios: allowedActions by role; stale 409 and refused 403 change nothing', async () => {
    const created = await pmo.post('/api/portfolios', { name: `Writes ${dialect}` });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.allowedActions).toEqual([
      'portfolio.update',
      'portfolio.delete',
      'portfolio.budget.read',
      'portfolio.budget.edit',
    ]);
    expect((await pm.get(`/api/portfolios/${id}`)).body.allowedActions).toEqual([]);
    expect((await pm.get('/api/portfolios')).body.items[0].allowedActions).toEqual([]);

    const renamed = await pmo.patch(`/api/portfolios/${id}`, { name: 'Renamed', version: 1 });
    expect(renamed.status).toBe(200);
    const audits = await auditCount(id);
    const stale = await pmo.patch(`/api/portfolios/${id}`, { name: 'Stale', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect((await pm.patch(`/api/portfolios/${id}`, { name: 'Refused', version: 2 })).status).toBe(403);
    expect((await pmo.delete(`/api/portfolios/${id}`, { 'if-match': '1' })).status).toBe(409);
    expect((await pm.delete(`/api/portfolios/${id}`)).status).toBe(403);
    const after = await pmo.get(`/api/portfolios/${id}`);
    expect([after.body.name, after.body.version]).toEqual(['Renamed', 2]);
    expect(await auditCount(id)).toBe(audits);
    // A refusal is decided before the load: a missing portfolio is 403 to who may not write, not 404.
    expect((await pm.delete('/api/portfolios/00000000-0000-4000-8000-000000000000')).status).toBe(403);
    expect((await pmo.delete(`/api/portfolios/${id}`, { 'if-match': '2' })).status).toBe(204);
  });

  it('users: stale 409 and refused 403 change nothing', async () => {
    const body = { email: `w-${dialect}@x.test`, name: 'Writes', role: 'team_member', password: 'long-enough-pw' };
    const id = (await admin.post('/api/users', body)).body.id;
    expect((await admin.patch(`/api/users/${id}`, { name: 'Renamed', version: 1 })).status).toBe(200);
    const audits = await auditCount(id);
    const stale = await admin.patch(`/api/users/${id}`, { name: 'Stale', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect((await pmo.patch(`/api/users/${id}`, { name: 'Refused', version: 2 })).status).toBe(403);
    const after = (await admin.get(`/api/users/${id}`)).body;
    expect([after.name, after.version]).toEqual(['Renamed', 2]);
    expect(await auditCount(id)).toBe(audits);
  });

  it('webhooks: stale 409 and refused 403 change nothing', async () => {
    const body = { url: 'http://127.0.0.1:9/writes', eventTypes: ['project.deleted'] };
    const id = (await pmo.post('/api/webhooks', body)).body.webhook.id;
    expect((await pmo.patch(`/api/webhooks/${id}`, { description: 'One', version: 1 })).status).toBe(200);
    const audits = await auditCount(id);
    expect((await pmo.patch(`/api/webhooks/${id}`, { description: 'Stale', version: 1 })).status).toBe(409);
    expect((await pmo.delete(`/api/webhooks/${id}`, { 'if-match': '1' })).status).toBe(409);
    expect((await pm.patch(`/api/webhooks/${id}`, { description: 'Refused', version: 2 })).status).toBe(403);
    expect((await pm.delete(`/api/webhooks/${id}`)).status).toBe(403);
    const after = (await pmo.get(`/api/webhooks/${id}`)).body;
    expect([after.description, after.version]).toEqual(['One', 2]);
    expect(await auditCount(id)).toBe(audits);
  });

  it('calendars: stale 409 and refused 403 change nothing', async () => {
    const week = { monday: ['09:00-17:00'] };
    const id = (await pmo.post('/api/calendars', { name: `Writes ${dialect}`, week })).body.id;
    expect((await pmo.patch(`/api/calendars/${id}`, { hoursPerDay: 7, version: 1 })).status).toBe(200);
    const audits = await auditCount(id);
    expect((await pmo.patch(`/api/calendars/${id}`, { hoursPerDay: 6, version: 1 })).status).toBe(409);
    expect((await pmo.delete(`/api/calendars/${id}`, { 'if-match': '1' })).status).toBe(409);
    expect((await pm.patch(`/api/calendars/${id}`, { hoursPerDay: 5, version: 2 })).status).toBe(403);
    expect((await pm.delete(`/api/calendars/${id}`)).status).toBe(403);
    const after = (await pmo.get('/api/calendars')).body.items.find((c: { id: string }) => c.id === id);
    expect([after.hoursPerDay, after.version]).toEqual([7, 2]);
    expect(await auditCount(id)).toBe(audits);
  });
});
