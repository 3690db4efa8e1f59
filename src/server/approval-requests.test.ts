import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

describe.each(TEST_DIALECTS)('approval requests on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let team: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
  });
  afterAll(() => server?.close());

  const propose = async (name: string) => (await pm.post('/api/projects', { name })).body;

  it('lets the manager submit a proposal, which the PMO sees, filters on and approves', async () => {
    const created = await propose('Warehouse scanners');
    expect(created.allowedActions).toContain('project.approval.request');
    expect(created.allowedTransitions).not.toContain('approved');

    const asked = await pm.post(`/api/projects/${created.id}/approval-request`, {
      note: 'Budget agreed with finance',
      version: created.version,
    });
    expect(asked.status).toBe(200);
    expect(asked.body.approvalRequest).toMatchObject({
      requestedByName: 'Marco Rossi',
      note: 'Budget agreed with finance',
    });
    expect(asked.body.allowedActions).not.toContain('project.approval.request');

    const waiting = (await pmo.get('/api/projects?approvalRequested=true&pageSize=100')).body.items;
    expect(waiting.map((p: { code: string }) => p.code)).toContain(created.code);
    const others = (await pmo.get('/api/projects?approvalRequested=false&pageSize=100')).body.items;
    expect(others.map((p: { code: string }) => p.code)).not.toContain(created.code);

    const approved = await pmo.post(`/api/projects/${created.id}/transitions`, {
      to: 'approved',
      version: asked.body.version,
    });
    expect(approved.body.state).toBe('approved');
    expect(approved.body.approvalRequest).toBeNull();
    const after = (await pmo.get('/api/projects?approvalRequested=true&pageSize=100')).body.items;
    expect(after.map((p: { code: string }) => p.code)).not.toContain(created.code);

    const audit = (await pmo.get(`/api/audit?entityId=${created.id}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'project.transition',
      'project.approval.request',
      'project.create',
    ]);
    expect(audit[1].changes.note).toEqual({ before: null, after: 'Budget agreed with finance' });
  });

  it('lets the PMO decline a request, leaving the proposal with its manager to submit again', async () => {
    const created = await propose('Canteen refit');
    const asked = (await pm.post(`/api/projects/${created.id}/approval-request`, { version: 1 })).body;
    const again = await pm.post(`/api/projects/${created.id}/approval-request`, { version: asked.version });
    expect(again.status).toBe(422);
    expect(again.body.error.message).toBe('Approval has already been requested for this project');

    const declined = await pmo.post(`/api/projects/${created.id}/approval-request/decline`, {
      reason: 'Needs a business case',
      version: asked.version,
    });
    expect(declined.status).toBe(200);
    expect(declined.body.state).toBe('proposed');
    expect(declined.body.approvalRequest).toBeNull();
    const audit = (await pmo.get(`/api/audit?entityId=${created.id}&action=project.approval.decline`)).body.items;
    expect(audit[0].changes.reason).toEqual({ before: null, after: 'Needs a business case' });
    expect((await pm.get(`/api/projects/${created.id}`)).body.allowedActions).toContain('project.approval.request');
  });

  it('refuses a request on a project past its proposal, and tells a team member in words why not', async () => {
    const created = await propose('Fleet telematics');
    const approved = (await pmo.post(`/api/projects/${created.id}/transitions`, { to: 'approved', version: 1 })).body;
    expect(approved.allowedActions).not.toContain('project.approval.request');
    const late = await pm.post(`/api/projects/${created.id}/approval-request`, { version: approved.version });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toBe('Only a proposed project can be submitted for approval');

    await pm.put(`/api/projects/${created.id}/members/${(await team.get('/api/me')).body.user.id}`, {
      relation: 'team_member',
    });
    const refused = await team.post(`/api/projects/${created.id}/approval-request`, { version: approved.version });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('You are not allowed to request approval for this project.');
  });

  it('words refusals as sentences', async () => {
    expect((await pm.get('/api/audit')).body.error.message).toBe('You are not allowed to read the audit log.');
    expect((await team.post('/api/projects', { name: 'x' })).body.error.message).toBe(
      'You are not allowed to create projects.',
    );
  });
});
