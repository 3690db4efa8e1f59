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
    ]);
    expect((await pm.get('/api/me')).body.allowedActions).toEqual(['user.list', 'project.create']);
    expect((await admin.get('/api/me')).body.allowedActions).toContain('user.manage');
  });

  it('portfolios: allowedActions by role; stale 409 and refused 403 change nothing', async () => {
    const created = await pmo.post('/api/portfolios', { name: `Writes ${dialect}` });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.allowedActions).toEqual(['portfolio.update', 'portfolio.delete']);
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
});
