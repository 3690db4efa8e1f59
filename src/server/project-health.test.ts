import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStaleHealth } from '../services/health/health-refresh.js';
import { markStale } from '../store/repos/health-repo.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

interface Reason {
  ruleId: string;
  message: string;
  value: number;
  threshold: number;
  links: { kind: string; id: string }[];
}
interface Dim {
  key: string;
  rag: string;
  computedRag: string;
  override: { justification: string; byName: string } | null;
  reasons: Reason[];
}

describe.each(TEST_DIALECTS)('project health on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let prj1: { id: string; portfolioId: string };
  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    prj1 = (await pmo.get('/api/projects?q=PRJ-0001')).body.items[0];
  });
  afterAll(() => server?.close());

  // Evaluates what the write pipeline's events marked, as the server's dispatcher does each round.
  const settle = async () => {
    await server.gantry.ctx.events?.wake();
    while ((await refreshStaleHealth(server.gantry.ctx, server.gantry.ctx.store)) > 0);
  };
  const health = async (c: TestClient, id = prj1.id) => (await c.get(`/api/projects/${id}/health`)).body;
  const dim = (h: { dimensions: Dim[] }, key: string) => h.dimensions.find((d) => d.key === key) as Dim;

  it('explains an executing project that slipped: every amber or red lists its rule, value, threshold and tasks', async () => {
    const h = await health(pmo);
    expect(h.overall).toBe('amber');
    const schedule = dim(h, 'schedule');
    expect(schedule.rag).toBe('amber');
    const slipped = schedule.reasons.find((r) => r.ruleId === 'milestones-slipped') as Reason;
    expect(slipped.value).toBe(3);
    expect(slipped.threshold).toBe(1);
    expect(slipped.links).toHaveLength(3);
    expect(slipped.links.every((l) => l.kind === 'milestone')).toBe(true);
    expect(h.metrics.finishVarianceDays).toBe(5);
    // Assessed on the spot for one project's page (the DCMA checks of the plan as it is).
    expect(h.metrics.dcmaChecksFailed).toBeGreaterThanOrEqual(0);
    expect(dim(h, 'cost').rag).toBe('green');
  });

  it('turns a project amber with the reason when the PMO tightens a rule, and a portfolio may switch one off', async () => {
    const rules = (await pmo.get('/api/health-rules')).body;
    expect(rules.organisation.version).toBe(0);
    const before = await health(pmo);
    expect(dim(before, 'schedule').reasons.map((r) => r.ruleId)).not.toContain('finish-variance');

    const tightened = rules.effective.map((r: { id: string }) =>
      r.id === 'finish-variance' ? { ...r, amber: 2, red: 30 } : r,
    );
    const put = await pmo.put('/api/health-rules', { rules: tightened, version: 0 });
    expect(put.status).toBe(200);
    expect(put.body.organisation.version).toBe(1);
    const after = await health(pmo);
    const reason = dim(after, 'schedule').reasons.find((r) => r.ruleId === 'finish-variance') as Reason;
    expect(reason.message).toBe('Forecast finish is 5 working days behind the baseline (threshold 2).');

    // The same version again is stale; nothing changes.
    const stale = await pmo.put('/api/health-rules', { rules: rules.effective, version: 0 });
    expect(stale.status).toBe(409);

    const off = { ...tightened.find((r: { id: string }) => r.id === 'charter-finish'), enabled: false };
    const own = await pmo.put('/api/health-rules', { portfolioId: prj1.portfolioId, rules: [off], version: 0 });
    expect(own.status).toBe(200);
    expect(own.body.effective.find((r: { id: string }) => r.id === 'charter-finish').enabled).toBe(false);
    const inPortfolio = await health(pmo);
    expect(dim(inPortfolio, 'schedule').reasons.map((r) => r.ruleId)).not.toContain('charter-finish');

    const audit = (await pmo.get('/api/audit?entityType=health_rules')).body.items;
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a rule set it could not apply, naming the field, and people who do not keep the standard', async () => {
    const rules = (await pmo.get('/api/health-rules')).body;
    const v = rules.organisation.version;
    const bad = (patch: object, i = 0) =>
      pmo.put('/api/health-rules', {
        rules: rules.organisation.rules.map((r: object, j: number) => (j === i ? { ...r, ...patch } : r)),
        version: v,
      });
    const unknown = await bad({ metric: 'happiness' }, 2);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].path).toBe('rules[2].metric');
    const reversed = await bad({ comparison: 'gt', amber: 10, red: 5 });
    expect(reversed.body.error.details.issues[0].path).toBe('rules[0].red');
    const dup = await bad({ id: rules.organisation.rules[1].id });
    expect(dup.body.error.details.issues[0].path).toBe('rules[1].id');
    expect((await pmo.get('/api/health-rules')).body.organisation.version).toBe(v);

    expect((await pm.put('/api/health-rules', { rules: [], version: v })).status).toBe(403);
    expect((await pm.get('/api/health-rules')).body.allowedActions).toEqual([]);
  });

  it("shows the PM's override beside the computed RAG, with the justification, until they remove it", async () => {
    expect((await health(pm)).allowedActions).toEqual(['health.override']);
    const short = await pm.put(`/api/projects/${prj1.id}/health/overrides/schedule`, {
      rag: 'green',
      justification: 'ok',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.issues[0].path).toBe('justification');

    const set = await pm.put(`/api/projects/${prj1.id}/health/overrides/schedule`, {
      rag: 'green',
      justification: 'The slip is absorbed by the buffer before go-live',
    });
    expect(set.status).toBe(200);
    const seen = dim(await health(pmo), 'schedule');
    expect(seen.rag).toBe('green');
    expect(seen.computedRag).toBe('amber');
    expect(seen.override).toMatchObject({ byName: 'Marco Rossi', justification: expect.stringContaining('buffer') });

    expect(
      (
        await team.put(`/api/projects/${prj1.id}/health/overrides/schedule`, {
          rag: 'red',
          justification: 'I think it is late',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await pmo.put(`/api/projects/${prj1.id}/health/overrides/schedule`, {
          rag: 'red',
          justification: 'The PMO cannot make the call',
        })
      ).status,
    ).toBe(403);

    const cleared = await pm.delete(`/api/projects/${prj1.id}/health/overrides/schedule`);
    expect(cleared.status).toBe(200);
    expect(dim(cleared.body, 'schedule').override).toBeNull();
    const audit = (await pmo.get(`/api/audit?entityType=health_override`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['health.override.clear', 'health.override.set']);
  });

  it('lists on the dashboard only the projects the caller may read, with forecast and progress', async () => {
    const all = (await pmo.get('/api/portfolio/health')).body.items;
    expect(all).toHaveLength(8);
    const one = all.find((p: { code: string }) => p.code === 'PRJ-0001');
    expect(one.percentComplete).toBeGreaterThan(0);
    expect(one.forecastFinish > one.baselineFinish).toBe(true);
    expect(one.nextMilestone).not.toBeNull();
    const theirs = (await stakeholder.get('/api/portfolio/health')).body.items.map((p: { code: string }) => p.code);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(8);
    const byPortfolio = (await pmo.get(`/api/portfolio/health?portfolioId=${prj1.portfolioId}`)).body.items;
    expect(byPortfolio.every((p: { portfolioId: string }) => p.portfolioId === prj1.portfolioId)).toBe(true);
    expect(
      (
        await stakeholder.get(
          `/api/projects/${all.find((p: { code: string }) => !theirs.includes(p.code)).projectId}/health`,
        )
      ).status,
    ).toBe(404);
  });

  it('follows a plan edit at once: the slip of a critical task shows in the finish variance', async () => {
    const before = (await health(pmo)).metrics.finishVarianceDays;
    const plan = (await pm.get(`/api/projects/${prj1.id}/tasks`)).body;
    const task = plan.tasks.find(
      (t: { critical: boolean; summary: boolean; percentComplete: number; milestone: boolean }) =>
        t.critical && !t.summary && !t.milestone && t.percentComplete === 0,
    );
    const edit = await pm.patch(`/api/projects/${prj1.id}/tasks/${task.id}`, {
      version: plan.plan.version,
      durationMinutes: task.durationMinutes + 3 * 480,
    });
    expect(edit.status).toBe(200);
    expect((await health(pmo)).metrics.finishVarianceDays).toBe(before + 3);
    expect((await health(pmo)).metrics.finishVarianceDays).toBe(before + 3);
  });

  it('counts open and overdue corrective actions on the dashboard, and an overdue one turns quality amber', async () => {
    const me = (await pm.get('/api/me')).body.user.id;
    const created = await pm.post(`/api/projects/${prj1.id}/corrective-actions`, {
      title: 'Re-plan the integration phase',
      ownerId: me,
      dueDate: '2020-01-31',
      finding: { kind: 'manual' },
    });
    expect(created.status).toBe(201);
    const row = (await pmo.get('/api/portfolio/health')).body.items.find(
      (p: { projectId: string }) => p.projectId === prj1.id,
    );
    expect(row).toMatchObject({ openActions: 1, overdueActions: 1 });
    const quality = dim(await health(pmo), 'quality');
    expect(quality.reasons.map((r) => r.ruleId)).toContain('actions-overdue');
    expect(quality.reasons.find((r) => r.ruleId === 'actions-overdue')?.links[0]).toMatchObject({ kind: 'action' });
  });

  it('clears the mark of a project deleted after its events were fanned out, evaluating nothing', async () => {
    const { ctx } = server.gantry;
    await markStale(ctx.store.db, ['0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10'], ctx.now().toISOString());
    while ((await refreshStaleHealth(ctx, ctx.store)) > 0);
    expect(await ctx.store.db.selectFrom('health_stale').selectAll().execute()).toEqual([]);
  });

  it('keeps a history that shows the trend, evaluated again after a change', async () => {
    await settle();
    const first = (await pmo.get(`/api/projects/${prj1.id}/health/history`)).body.items;
    expect(first.length).toBeGreaterThanOrEqual(1);
    await pm.put(`/api/projects/${prj1.id}/health/overrides/risk`, {
      rag: 'red',
      justification: 'Supplier insolvency rumours, not yet in the register',
    });
    await settle();
    const second = (await pmo.get(`/api/projects/${prj1.id}/health/history`)).body.items;
    expect(second.length).toBe(first.length + 1);
    expect(second[0].dimensions.risk).toBe('red');
    const row = (await pmo.get('/api/portfolio/health')).body.items.find(
      (p: { projectId: string }) => p.projectId === prj1.id,
    );
    expect(row.trend).toBe('worse');
  });
});
