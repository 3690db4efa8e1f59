import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/*
 * The report template a project's next report is made from: the portfolio's, or the project's own
 * (set with its PUT), or the portfolio's again after `sections: null` or `inherit`.
 */
describe.each(TEST_DIALECTS)('reporting templates on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let portfolioId: string;

  const PORTFOLIO_SECTIONS = [
    { key: 'summary', title: 'Summary' },
    { key: 'vendor_status', title: 'Vendor status' },
  ];

  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    portfolioId = (await pmo.post('/api/portfolios', { name: 'Template trial' })).body.id;
    const set = await pmo.put(`/api/portfolios/${portfolioId}/reporting`, {
      cadence: 'weekly',
      startDate: '2026-01-05',
      sections: PORTFOLIO_SECTIONS,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  }, 60_000);
  afterAll(() => server?.close());

  const newProject = async (name: string) =>
    (await pm.post('/api/projects', { name, portfolioId, plannedStart: '2026-01-05' })).body.id as string;
  const keysOf = (sections: { key: string }[]) => sections.map((s) => s.key);
  const reportKeys = async (projectId: string, periodStart: string) => {
    const made = await pm.post(`/api/projects/${projectId}/status-reports`, { periodStart });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return keysOf(made.body.sections);
  };

  it("keeps the portfolio's template when a project only sets its own cadence", async () => {
    const id = await newProject('Own cadence only');
    const set = await pmo.put(`/api/projects/${id}/reporting`, { cadence: 'monthly' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ cadence: 'monthly', sections: null, effective: { source: 'project' } });
    expect(keysOf(set.body.effective.sections)).toEqual(['summary', 'vendor_status']);
    expect(await reportKeys(id, '2026-03-04')).toEqual(['summary', 'vendor_status']);
  });

  it("uses a project's own template for its next report, and the portfolio's again after null or inherit", async () => {
    const id = await newProject('Own template');
    const own = [
      { key: 'summary', title: 'Where we are' },
      { key: 'client', title: 'Client feedback' },
      { key: 'risks', title: 'Risks' },
    ];
    const set = await pmo.put(`/api/projects/${id}/reporting`, { cadence: 'weekly', sections: own });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ version: 1, sections: own, effective: { source: 'project', sections: own } });
    const made = await pm.post(`/api/projects/${id}/status-reports`, { periodStart: '2026-03-04' });
    expect(made.body.sections.map((s: { title: string }) => s.title)).toEqual([
      'Where we are',
      'Client feedback',
      'Risks',
    ]);
    // The cadence alone changes: the project keeps its own template.
    const monthly = await pmo.put(`/api/projects/${id}/reporting`, { cadence: 'monthly', version: 1 });
    expect(monthly.body).toMatchObject({ version: 2, sections: own });

    const follow = await pmo.put(`/api/projects/${id}/reporting`, { cadence: 'weekly', sections: null, version: 2 });
    expect(follow.body).toMatchObject({ version: 3, sections: null, effective: { source: 'project' } });
    expect(await reportKeys(id, '2026-03-11')).toEqual(['summary', 'vendor_status']);

    const inherit = await pmo.put(`/api/projects/${id}/reporting`, { cadence: 'inherit', version: 3 });
    expect(inherit.body).toMatchObject({ cadence: 'inherit', version: 0, effective: { source: 'portfolio' } });
    expect(keysOf(inherit.body.effective.sections)).toEqual(['summary', 'vendor_status']);
  });

  it('refuses a bad project template naming the field, and writes nothing', async () => {
    const id = await newProject('Bad template');
    const put = (body: object) => pmo.put(`/api/projects/${id}/reporting`, body);
    const cases: [object, string][] = [
      [
        {
          cadence: 'weekly',
          sections: [
            { key: 'summary', title: 'Summary' },
            { key: 'risks', title: 'Risks' },
            { key: 'next', title: '   ' },
          ],
        },
        'sections.2.title',
      ],
      [{ cadence: 'weekly', sections: [{ key: 'Bad Key', title: 'x' }] }, 'sections.0.key'],
      [{ cadence: 'weekly', sections: [] }, 'sections'],
      [
        {
          cadence: 'weekly',
          sections: Array.from({ length: 13 }, (_, i) => ({ key: `s${i}`, title: `S ${i}` })),
        },
        'sections',
      ],
      [
        {
          cadence: 'weekly',
          sections: [
            { key: 'risks', title: 'Risks' },
            { key: 'risks', title: 'Again' },
          ],
        },
        'sections.1.key',
      ],
      [{ cadence: 'inherit', sections: PORTFOLIO_SECTIONS }, 'sections'],
    ];
    for (const [body, path] of cases) {
      const res = await put(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe(path);
    }
    expect((await pm.get(`/api/projects/${id}/reporting`)).body).toMatchObject({ cadence: 'inherit', version: 0 });

    const portfolio = await pmo.put(`/api/portfolios/${portfolioId}/reporting`, { cadence: 'weekly', sections: null });
    expect(portfolio.status).toBe(400);
    expect(portfolio.body.error.details.issues[0].path).toBe('sections');
  });
});
