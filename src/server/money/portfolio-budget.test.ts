import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * A portfolio's budget by year and category against its projects' approved budgets (issue 12):
 * each project's approved amounts spread over its planned start to finish by days (all in the start
 * year without a finish); cancelled projects and those without an approved budget are not counted;
 * another currency is listed, never converted.
 */
describe.each(TEST_DIALECTS)('portfolio budgets on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let portfolioId: string;
  const ids: Record<string, string> = {};
  const url = () => `/api/portfolios/${portfolioId}/budget`;

  /** A project of the portfolio whose budget the PMO approved. */
  async function approvedProject(
    code: string,
    charter: object,
    lines: { category: string; amountMinor: number }[],
    contingencyMinor = 0,
  ) {
    const body = { name: code, code, portfolioId, ...charter };
    const id = (await pm.post('/api/projects', body)).body.id as string;
    const put = await pm.put(`/api/projects/${id}/budget`, { lines, contingencyMinor, version: 1 });
    const submitted = await pm.post(`/api/projects/${id}/budget/submit`, { reason: 'Plan', version: put.body.version });
    const approved = await pmo.post(`/api/projects/${id}/budget/approve`, { version: submitted.body.version });
    expect(approved.status).toBe(200);
    ids[code] = id;
    return id;
  }

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    portfolioId = (await pmo.post('/api/portfolios', { name: 'Capital programme' })).body.id;
    const standard = [
      { category: 'labour', amountMinor: 36_500 },
      { category: 'material', amountMinor: 1_000 },
    ];
    await approvedProject('CAP-A', { plannedStart: '2029-07-01', plannedFinish: '2030-06-30' }, standard, 365);
    await approvedProject('CAP-B', { plannedStart: '2030-03-01' }, standard, 365);
    await approvedProject('CAP-C', { plannedStart: '2030-01-01', currency: 'USD' }, [
      { category: 'labour', amountMinor: 5_000 },
    ]);
    const cancelled = await approvedProject('CAP-D', { plannedStart: '2030-01-01' }, standard);
    await pmo.post(`/api/projects/${cancelled}/transitions`, { to: 'cancelled', reason: 'Dropped', version: 2 });
    ids['CAP-E'] = (await pm.post('/api/projects', { name: 'CAP-E', code: 'CAP-E', portfolioId })).body.id;
  });
  afterAll(() => server?.close());

  it("is the PMO's: listed in the portfolio's actions, refused to a manager", async () => {
    const portfolio = (await pmo.get(`/api/portfolios/${portfolioId}`)).body;
    expect(portfolio.allowedActions).toEqual(
      expect.arrayContaining(['portfolio.budget.read', 'portfolio.budget.edit']),
    );
    expect((await pm.get(`/api/portfolios/${portfolioId}`)).body.allowedActions).toEqual([]);
    expect((await pm.get(url())).status).toBe(403);
    expect((await pm.put(url(), { lines: [], version: 1 })).status).toBe(403);
    expect((await pmo.get(`/api/portfolios/${randomUUID()}/budget`)).status).toBe(404);
  });

  it("sets the budget by year and category and compares the projects' approved budgets spread over their years", async () => {
    const empty = await pmo.get(url());
    expect(empty.body).toMatchObject({ currency: 'EUR', lines: [], version: 1, budgetMinor: 0 });
    const put = await pmo.put(url(), {
      lines: [
        { year: 2029, category: 'labour', amountMinor: 20_000 },
        { year: 2030, category: 'labour', amountMinor: 20_000 },
        { year: 2030, category: 'travel', amountMinor: 700 },
      ],
      version: 1,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const r = put.body;
    expect(r).toMatchObject({ currency: 'EUR', version: 2, budgetMinor: 40_700, updatedBy: { name: 'Priya Okafor' } });
    // CAP-A: 184 days in 2029, 181 in 2030; CAP-B all in 2030 (no finish).
    expect(r.cells).toEqual([
      { year: 2029, category: 'labour', budgetMinor: 20_000, projectsMinor: 18_400, over: false },
      { year: 2029, category: 'material', budgetMinor: 0, projectsMinor: 504, over: true },
      { year: 2030, category: 'labour', budgetMinor: 20_000, projectsMinor: 18_100 + 36_500, over: true },
      { year: 2030, category: 'material', budgetMinor: 0, projectsMinor: 496 + 1_000, over: true },
      { year: 2030, category: 'travel', budgetMinor: 700, projectsMinor: 0, over: false },
    ]);
    expect(r.years).toEqual([
      {
        year: 2029,
        budgetMinor: 20_000,
        contingencyMinor: 184,
        managementReserveMinor: 0,
        projectsMinor: 19_088,
        over: false,
      },
      {
        year: 2030,
        budgetMinor: 20_700,
        contingencyMinor: 546,
        managementReserveMinor: 0,
        projectsMinor: 56_642,
        over: true,
      },
    ]);
    expect(r.projectsMinor).toBe(2 * 37_865);
    expect(r.unsummed).toEqual([{ currency: 'USD', projectIds: [ids['CAP-C']], approvedTotalMinor: 5_000 }]);
    expect(r.projects.map((p: { code: string; counted: string }) => [p.code, p.counted])).toEqual([
      ['CAP-A', 'counted'],
      ['CAP-B', 'counted'],
      ['CAP-C', 'other_currency'],
      ['CAP-D', 'cancelled'],
      ['CAP-E', 'no_approved_budget'],
    ]);
  });

  it('refuses bad input naming the field, and a stale version', async () => {
    const { version } = (await pmo.get(url())).body;
    const put = (lines: object[]) => pmo.put(url(), { lines, version });
    const paths = (res: { body: { error: { details: { issues: { path: string }[] } } } }) =>
      res.body.error.details.issues.map((i) => i.path);
    const year = await put([{ year: 1800, category: 'labour', amountMinor: 1 }]);
    expect([year.status, paths(year)]).toEqual([400, ['lines.0.year']]);
    const category = await put([{ year: 2030, category: 'nope', amountMinor: 1 }]);
    expect([category.status, paths(category)]).toEqual([400, ['lines.0.category']]);
    const twice = await put([
      { year: 2030, category: 'labour', amountMinor: 1 },
      { year: 2030, category: 'labour', amountMinor: 2 },
    ]);
    expect([twice.status, paths(twice)]).toEqual([400, ['lines.1']]);
    const currency = await pmo.put(url(), { lines: [], currency: 'euro', version });
    expect([currency.status, paths(currency)]).toEqual([400, ['currency']]);
    expect((await pmo.put(url(), { lines: [], version: version - 1 })).status).toBe(409);
    expect((await pmo.get(url())).body.version).toBe(version);
  });
});
