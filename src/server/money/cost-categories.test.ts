import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * The PMO's cost categories (issue 12): created with a slug id, renamed, moved, deactivated; one in
 * use (an expense, a budget line) is deactivated rather than deleted, an unused one deleted.
 */
describe.each(TEST_DIALECTS)('cost categories on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let projectId: string;
  const list = async () => (await pm.get('/api/cost-categories')).body.items as { id: string; active: boolean }[];

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    projectId = (await pm.post('/api/projects', { name: 'Categories' })).body.id;
  });
  afterAll(() => server?.close());

  it('adds a category last with a slug of its name, and refuses a name taken in any case', async () => {
    expect((await pm.post('/api/cost-categories', { name: 'Site visits' })).status).toBe(403);
    const created = await pmo.post('/api/cost-categories', { name: 'Site visits (EU)' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: 'site-visits-eu',
      name: 'Site visits (EU)',
      position: 5,
      active: true,
      version: 1,
    });
    const taken = await pmo.post('/api/cost-categories', { name: 'site VISITS (eu)' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details.issues[0].path).toBe('name');
    const blank = await pmo.post('/api/cost-categories', { name: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.issues[0].path).toBe('name');
    // A name of no ASCII letters or digits still gets an id.
    const symbols = await pmo.post('/api/cost-categories', { name: '€€€' });
    expect(symbols.body.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('renames and moves a category to an index of the list, the others keeping their order', async () => {
    const moved = await pmo.patch('/api/cost-categories/site-visits-eu', {
      name: 'Site visits',
      position: 1,
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: 'Site visits', position: 1, version: 2 });
    expect((await list()).map((c) => c.id).slice(0, 4)).toEqual([
      'labour',
      'site-visits-eu',
      'material',
      'subcontract',
    ]);
    const stale = await pmo.patch('/api/cost-categories/site-visits-eu', { name: 'Late', version: 1 });
    expect(stale.status).toBe(409);
    expect((await pmo.patch('/api/cost-categories/nope', { name: 'X', version: 1 })).status).toBe(404);
    expect((await pmo.patch('/api/cost-categories/NOT%20AN%20ID', { name: 'X', version: 1 })).status).toBe(400);
    expect((await pmo.patch('/api/cost-categories/site-visits-eu', { name: 'Y' })).status).toBe(400);
  });

  it('deletes an unused category; one in use is deactivated instead, and no longer offered for new entries', async () => {
    await pm.post(`/api/projects/${projectId}/expenses`, { date: '2030-01-08', amountMinor: 100, category: 'travel' });
    const inUse = await pmo.delete('/api/cost-categories/travel');
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(/in use by 1 expense\(s\) and 0 budget line\(s\): deactivate it instead/);
    await pm.put(`/api/projects/${projectId}/budget`, {
      lines: [{ category: 'site-visits-eu', amountMinor: 5 }],
      contingencyMinor: 0,
      version: 1,
    });
    expect((await pmo.delete('/api/cost-categories/site-visits-eu')).status).toBe(409);

    const off = await pmo.patch('/api/cost-categories/site-visits-eu', { active: false, version: 2 });
    expect(off.body).toMatchObject({ active: false, version: 3 });
    // A line already on the budget may stay; a new one may not name it, nor may an expense.
    const budget = (await pm.get(`/api/projects/${projectId}/budget`)).body;
    const kept = await pm.put(`/api/projects/${projectId}/budget`, {
      lines: [{ category: 'site-visits-eu', amountMinor: 7 }],
      contingencyMinor: 0,
      version: budget.version,
    });
    expect(kept.status).toBe(200);
    const other = (await pm.post('/api/projects', { name: 'Elsewhere' })).body.id;
    const refused = await pm.put(`/api/projects/${other}/budget`, {
      lines: [{ category: 'site-visits-eu', amountMinor: 7 }],
      contingencyMinor: 0,
      version: 1,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0].path).toBe('lines.0.category');
    const expense = { date: '2030-01-08', amountMinor: 100, category: 'site-visits-eu' };
    expect((await pm.post(`/api/projects/${projectId}/expenses`, expense)).status).toBe(400);

    const unused = (await pmo.post('/api/cost-categories', { name: 'Spare' })).body;
    expect((await pmo.delete(`/api/cost-categories/${unused.id}`)).status).toBe(204);
    expect((await list()).map((c) => c.id)).not.toContain(unused.id);
    const audit = (await pmo.get('/api/audit?pageSize=50')).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining(['cost_category.create', 'cost_category.update', 'cost_category.delete']),
    );
  });
});
