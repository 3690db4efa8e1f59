import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR_ID } from '../store/standard-calendar.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/*
 * The last aggregates moved onto the write pipeline (API tokens, baselines, user and project
 * create, webhook create / test / resend) and the per-resource `allowedActions` of calendars,
 * baselines, users, webhooks and tokens: a read lists an action exactly when its write succeeds,
 * a refusal says the same sentence the read gave, and a refused write leaves no row and no audit
 * entry. None of these writes is versioned (creates, and tokens and baselines have no version).
 */
describe.each(TEST_DIALECTS)('resource writes on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  let pmo: TestClient;
  let pm: TestClient;
  let team: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    admin = await server.login(TEST_ADMIN.email);
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
  });
  afterAll(() => server?.close());

  /** Every audit entry (the PMO may read the log): a refused write adds none. */
  const auditTotal = async () => (await pmo.get('/api/audit')).body.total as number;
  const idOf = async (client: TestClient) => (await client.get('/api/me')).body.user.id as string;

  it('users: actions per account (not deactivating oneself); a refused create or self-deactivation changes nothing', async () => {
    const adminId = await idOf(admin);
    const self = (await admin.get(`/api/users/${adminId}`)).body;
    const reason = 'You cannot deactivate yourself or remove your own admin role';
    expect(self.allowedActions).toEqual(['user.update']);
    expect(self.refusedActions).toEqual([{ action: 'user.deactivate', reason }]);
    const pmoId = await idOf(pmo);
    expect((await admin.get(`/api/users/${pmoId}`)).body.allowedActions).toEqual(['user.update', 'user.deactivate']);
    expect(
      (await admin.get('/api/users?pageSize=100')).body.items.every((u: { allowedActions: string[] }) =>
        u.allowedActions.includes('user.update'),
      ),
    ).toBe(true);
    // Who may not manage users reads none, and no refusal to explain either.
    const asPmo = (await pmo.get(`/api/users/${pmoId}`)).body;
    expect([asPmo.allowedActions, asPmo.refusedActions]).toEqual([[], []]);

    const users = (await admin.get('/api/users')).body.total;
    const audits = await auditTotal();
    const body = { email: `r-${dialect}@x.test`, name: 'Refused', role: 'team_member', password: 'long-enough-pw' };
    expect((await pmo.post('/api/users', body)).status).toBe(403);
    const selfOff = await admin.patch(`/api/users/${adminId}`, { active: false, version: self.version });
    expect(selfOff.status).toBe(400);
    expect(selfOff.body.error.message).toBe(reason);
    expect((await admin.get('/api/users')).body.total).toBe(users);
    expect(await auditTotal()).toBe(audits);

    const created = await admin.post('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body.allowedActions).toEqual(['user.update', 'user.deactivate']);
    expect(await auditTotal()).toBe(audits + 1);
  });

  it('projects: a refused create changes nothing', async () => {
    const projects = (await pmo.get('/api/projects')).body.total;
    const audits = await auditTotal();
    expect((await team.post('/api/projects', { name: 'Refused' })).status).toBe(403);
    expect((await pmo.get('/api/projects')).body.total).toBe(projects);
    expect(await auditTotal()).toBe(audits);
    expect((await pm.post('/api/projects', { name: `Created ${dialect}` })).status).toBe(201);
    expect(await auditTotal()).toBe(audits + 1);
  });

  it('tokens: token.revoke while not revoked; another user revoking is 404 and changes nothing', async () => {
    const created = await pm.post('/api/me/tokens', { name: 'Nightly', scopes: ['read'], expiresInDays: 7 });
    expect(created.status).toBe(201);
    const id = created.body.token.id;
    expect(created.body.token.allowedActions).toEqual(['token.revoke']);
    const audits = await auditTotal();
    expect((await team.delete(`/api/me/tokens/${id}`)).status).toBe(404);
    expect(await auditTotal()).toBe(audits);
    const listed = (await pm.get('/api/me/tokens')).body.find((t: { id: string }) => t.id === id);
    expect([listed.revokedAt, listed.allowedActions]).toEqual([null, ['token.revoke']]);

    expect((await pm.delete(`/api/me/tokens/${id}`)).status).toBe(204);
    expect(await auditTotal()).toBe(audits + 1);
    const revoked = (await pm.get('/api/me/tokens')).body.find((t: { id: string }) => t.id === id);
    expect(revoked.allowedActions).toEqual([]);
    // Revoking again stays a no-op: 204, no second audit entry.
    expect((await pm.delete(`/api/me/tokens/${id}`)).status).toBe(204);
    expect(await auditTotal()).toBe(audits + 1);
  });

  it('webhooks: test and resend are refused while disabled, with the reason the read gave; refused writes change nothing', async () => {
    const body = { url: 'http://127.0.0.1:9/resource-writes', eventTypes: ['project.deleted'] };
    const created = await pmo.post('/api/webhooks', body);
    expect(created.status).toBe(201);
    const id = created.body.webhook.id;
    expect(created.body.webhook.allowedActions).toEqual([
      'webhook.update',
      'webhook.delete',
      'webhook.test',
      'webhook.resend',
    ]);
    const hooks = (await pmo.get('/api/webhooks')).body.items.length;
    const audits = await auditTotal();
    expect((await pm.post('/api/webhooks', body)).status).toBe(403);
    expect((await pm.post(`/api/webhooks/${id}/test`)).status).toBe(403);
    expect((await pmo.get('/api/webhooks')).body.items.length).toBe(hooks);
    expect(await auditTotal()).toBe(audits);

    expect((await pmo.patch(`/api/webhooks/${id}`, { active: false, version: 1 })).status).toBe(200);
    const off = (await pmo.get(`/api/webhooks/${id}`)).body;
    expect(off.allowedActions).toEqual(['webhook.update', 'webhook.delete']);
    expect(off.refusedActions.map((r: { action: string }) => r.action)).toEqual(['webhook.test', 'webhook.resend']);
    const audits2 = await auditTotal();
    const refused = await pmo.post(`/api/webhooks/${id}/test`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe(off.refusedActions[0].reason);
    expect(await auditTotal()).toBe(audits2);

    expect((await pmo.patch(`/api/webhooks/${id}`, { active: true, version: 2 })).status).toBe(200);
    expect((await pmo.post(`/api/webhooks/${id}/test`)).status).toBe(202);
    expect(await auditTotal()).toBe(audits2 + 2);
  });

  it('calendars: the Standard calendar lists calendar.delete as refused, and its delete answers that reason', async () => {
    const standard = (await pmo.get('/api/calendars')).body.items.find(
      (c: { id: string }) => c.id === STANDARD_CALENDAR_ID,
    );
    expect(standard.allowedActions).toEqual(['calendar.update']);
    expect(standard.refusedActions).toEqual([
      {
        action: 'calendar.delete',
        reason: "The Standard calendar is the organisation's default and cannot be deleted",
      },
    ]);
    const audits = await auditTotal();
    const refused = await pmo.delete(`/api/calendars/${STANDARD_CALENDAR_ID}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(standard.refusedActions[0].reason);
    expect(await auditTotal()).toBe(audits);
    const asPm = (await pm.get('/api/calendars')).body.items.find((c: { id: string }) => c.id === STANDARD_CALENDAR_ID);
    expect([asPm.allowedActions, asPm.refusedActions]).toEqual([[], []]);

    const other = await pmo.post('/api/calendars', { name: `Other ${dialect}`, week: { monday: ['09:00-17:00'] } });
    expect(other.body.allowedActions).toEqual(['calendar.update', 'calendar.delete']);
    expect((await pmo.delete(`/api/calendars/${other.body.id}`)).status).toBe(204);
  });

  it('baselines: actions by role and project state; refused saves and deletes change nothing', async () => {
    const projectId = (await pm.post('/api/projects', { name: `Baselines ${dialect}`, plannedStart: '2030-01-07' }))
      .body.id;
    await pm.put(`/api/projects/${projectId}/members/${await idOf(team)}`, { relation: 'team_member' });
    const saved = await pm.post(`/api/projects/${projectId}/baselines`, { name: 'Agreed' });
    expect(saved.status).toBe(201);
    expect(saved.body.allowedActions).toEqual(['baseline.replace', 'baseline.delete']);
    const asTeam = (await team.get(`/api/projects/${projectId}/baselines`)).body.items[0];
    expect([asTeam.allowedActions, asTeam.refusedActions]).toEqual([[], []]);

    const audits = await auditTotal();
    expect((await team.post(`/api/projects/${projectId}/baselines`, { name: 'Refused' })).status).toBe(403);
    expect((await team.delete(`/api/projects/${projectId}/baselines/${saved.body.id}`)).status).toBe(403);
    expect((await pm.get(`/api/projects/${projectId}/baselines`)).body.items).toHaveLength(1);
    expect(await auditTotal()).toBe(audits);

    // A closed project's baselines follow its plan: read-only for everyone, the PMO included.
    const closed = (await pmo.get('/api/projects?state=closed')).body.items[0];
    const [kept] = (await pmo.get(`/api/projects/${closed.id}/baselines`)).body.items;
    const reason = 'This project is closed: its plan is read-only.';
    expect(kept.allowedActions).toEqual([]);
    expect(kept.refusedActions).toEqual([
      { action: 'baseline.replace', reason },
      { action: 'baseline.delete', reason },
    ]);
    const refused = await pmo.delete(`/api/projects/${closed.id}/baselines/${kept.id}`);
    expect([refused.status, refused.body.error.message]).toEqual([403, reason]);
    const replace = await pmo.post(`/api/projects/${closed.id}/baselines`, {
      name: 'Again',
      number: kept.number,
      replace: true,
    });
    expect([replace.status, replace.body.error.message]).toEqual([403, reason]);
    expect(await auditTotal()).toBe(audits);
  });
});
