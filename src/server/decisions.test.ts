import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/**
 * The decisions log: lifecycle moves that need a reason record a decision in their own
 * transaction; managers' approval requests wait as pending decisions; decisions by hand; filters
 * and the CSV export; who reads what.
 */
describe.each(TEST_DIALECTS)('decisions on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let otherPm: TestClient;
  let team: TestClient;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    for (const [k, c] of Object.entries({ pmo, pm, otherPm, team })) ids[k] = (await c.get('/api/me')).body.user.id;
  });
  afterAll(() => server?.close());

  const propose = async (name: string) => (await pm.post('/api/projects', { name })).body;
  const decisionsOf = async (projectId: string) =>
    (await pmo.get(`/api/decisions?projectId=${projectId}`)).body.items as {
      kind: string;
      title: string;
      decision: string;
      reasons: string;
      context: string;
      options: string[];
      decidedBy: { id: string };
      links: { kind: string; id: string }[];
    }[];

  it('records the approval of a requested proposal, and shows the request as pending until then', async () => {
    const p = await propose('Scanner rollout');
    const asked = (
      await pm.post(`/api/projects/${p.id}/approval-request`, { note: 'Budget agreed', version: p.version })
    ).body;
    const pending = (await pmo.get('/api/decisions/pending')).body.items;
    expect(pending.find((d: { projectId: string }) => d.projectId === p.id)).toMatchObject({
      kind: 'approval_request',
      projectCode: p.code,
      note: 'Budget agreed',
      requestedBy: { id: ids.pm },
    });
    expect(
      (await otherPm.get('/api/decisions/pending')).body.items.map((d: { projectId: string }) => d.projectId),
    ).not.toContain(p.id);
    await pmo.post(`/api/projects/${p.id}/transitions`, {
      to: 'approved',
      reason: 'Fits the plan',
      version: asked.version,
    });
    const [d] = await decisionsOf(p.id);
    expect(d).toMatchObject({
      kind: 'approval',
      decision: 'Proposed → Approved',
      reasons: 'Fits the plan',
      decidedBy: { id: ids.pmo },
    });
    expect(d?.context).toMatch(/Approval requested on .*: Budget agreed/);
    expect(d?.options).toContain('Move it to approved');
    expect(d?.links.map((l) => l.kind).sort()).toEqual(['approval_request', 'project']);
    expect(
      (await pmo.get('/api/decisions/pending')).body.items.map((x: { projectId: string }) => x.projectId),
    ).not.toContain(p.id);
  });

  it('records declines, cancellations and holds; a withdrawal or an ordinary move records none', async () => {
    const p = await propose('Depot move');
    let v = (await pm.post(`/api/projects/${p.id}/approval-request`, { version: p.version })).body.version;
    v = (await pm.post(`/api/projects/${p.id}/approval-request/decline`, { reason: 'Changed my mind', version: v }))
      .body.version;
    expect(await decisionsOf(p.id)).toEqual([]);
    v = (await pm.post(`/api/projects/${p.id}/approval-request`, { version: v })).body.version;
    v = (await pmo.post(`/api/projects/${p.id}/approval-request/decline`, { reason: 'No budget', version: v })).body
      .version;
    v = (await pmo.post(`/api/projects/${p.id}/transitions`, { to: 'approved', version: v })).body.version;
    v = (await pm.post(`/api/projects/${p.id}/transitions`, { to: 'planning', version: v })).body.version;
    // Pausing or stopping a project is a decision with a reason: none given is a 400 naming the field.
    const bare = await pm.post(`/api/projects/${p.id}/transitions`, { to: 'on_hold', reason: '  ', version: v });
    expect(bare.status).toBe(400);
    expect(bare.body.error.details.issues[0].path).toBe('reason');
    v = (await pm.post(`/api/projects/${p.id}/transitions`, { to: 'on_hold', reason: 'Supplier late', version: v }))
      .body.version;
    await pmo.post(`/api/projects/${p.id}/transitions`, { to: 'cancelled', reason: 'Site sold', version: v });
    const log = await decisionsOf(p.id);
    expect(log.map((d) => [d.kind, d.reasons])).toEqual([
      ['cancellation', 'Site sold'],
      ['hold', 'Supplier late'],
      ['approval', ''],
      ['rejection', 'No budget'],
    ]);
    expect((await pmo.get(`/api/decisions?projectId=${p.id}&kind=hold`)).body.total).toBe(1);
  });

  it('keeps no decision when the move fails', async () => {
    const p = await propose('Stale move');
    const res = await pmo.post(`/api/projects/${p.id}/transitions`, {
      to: 'cancelled',
      reason: 'x',
      version: p.version + 5,
    });
    expect(res.status).toBe(409);
    expect(await decisionsOf(p.id)).toEqual([]);
  });

  it('records decisions by hand: the PMO, a manager about their own project; filters and CSV', async () => {
    const p = await propose('Canteen refit');
    const body = {
      title: 'Choose the caterer',
      context: 'Three bids; "cheapest" is late',
      options: ['Bid A', 'Bid B'],
      decision: 'Bid B',
      reasons: 'Quality, delivery',
      projectIds: [p.id],
    };
    const made = await pm.post('/api/decisions', body);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ kind: 'manual', decidedBy: { id: ids.pm }, options: ['Bid A', 'Bid B'] });
    expect((await otherPm.post('/api/decisions', body)).status).toBe(404);
    expect((await team.post('/api/decisions', { ...body, projectIds: [] })).status).toBe(403);
    expect((await pm.post('/api/decisions', { ...body, projectIds: [] })).status).toBe(403);
    const bad = await pmo.post('/api/decisions', { ...body, title: '', options: [''] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(
      ['options.0', 'title'].sort(),
    );
    const foreign = await pmo.post('/api/decisions', { ...body, items: [{ kind: 'approval_request', id: ids.pmo }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues[0].path).toBe('items.0.id');

    const org = await pmo.post('/api/decisions', { ...body, title: 'Standard gate template', projectIds: [] });
    expect(org.status).toBe(201);
    // Only the PMO reads decisions about no project.
    expect((await pm.get(`/api/decisions/${org.body.id}`)).status).toBe(404);
    expect((await pm.get(`/api/decisions/${made.body.id}`)).status).toBe(200);

    const found = (await pmo.get('/api/decisions?q=CATERER')).body.items;
    expect(found.map((d: { id: string }) => d.id)).toEqual([made.body.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await pmo.get(`/api/decisions?from=${today}&to=${today}&kind=manual`)).body.total).toBe(2);
    expect((await pmo.get('/api/decisions?to=2000-01-01')).body.total).toBe(0);
    expect((await pmo.get('/api/decisions?from=2030-02-30')).status).toBe(400);

    const csv = await pmo.get('/api/decisions.csv?q=caterer');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toBe('Decided at,Kind,Title,Decision,Options,Reasons,Context,Decided by,About');
    expect(lines[1]).toContain('"Three bids; ""cheapest"" is late"');
    expect(lines[1]).toContain(`${p.code} Canteen refit`);
    expect(lines).toHaveLength(2);
  });
});
