import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * A project's budget through the API (issue 12): the manager edits the working budget (lines by
 * category and WBS element, contingency) and submits it with a reason; the PMO approves it (a new
 * version, and the charter's budget in the same write) or returns it with a comment. The
 * management reserve is the PMO's. Money is in minor units.
 */
const id = (n: number) => `0190c000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [BUILD, DESIGN, TEST] = [id(1), id(2), id(3)];

const paths = (res: { body: { error: { details: { issues?: { path: string }[] } } } }) =>
  res.body.error.details.issues?.map((i) => i.path);

describe.each(TEST_DIALECTS)('project budgets on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let projectId: string;
  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const lines = [
    { category: 'labour', taskId: DESIGN, amountMinor: 300_000, note: 'Two designers' },
    { category: 'material', taskId: BUILD, amountMinor: 100_000 },
    { category: 'travel', taskId: null, amountMinor: 20_000, note: 'Kick-off' },
  ];

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    const project = { name: 'Budgeted', plannedStart: '2030-01-07', plannedFinish: '2030-12-20', budgetMinor: 1 };
    projectId = (await pm.post('/api/projects', project)).body.id;
    for (const [client, relation] of [
      [team, 'team_member'],
      [stakeholder, 'stakeholder'],
    ] as const) {
      await pm.put(url(`/members/${(await client.get('/api/me')).body.user.id}`), { relation });
    }
    const version = (await pm.get(url('/tasks'))).body.plan.version;
    const created = await pm.post(url('/tasks'), {
      version,
      tasks: [
        { id: BUILD, name: 'Build' },
        { id: DESIGN, name: 'Design', parentId: BUILD },
        { id: TEST, name: 'Test' },
      ],
    });
    expect(created.status).toBe(200);
  });
  afterAll(() => server?.close());

  it('goes from the manager to the PMO: submitted with a reason, approved as the original, the charter budget its total', async () => {
    const empty = await pm.get(url('/budget'));
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      status: 'draft',
      lines: [],
      totalMinor: 0,
      versions: [],
      approved: null,
      version: 1,
      allowedActions: ['budget.edit', 'budget.submit'],
    });
    const put = await pm.put(url('/budget'), { lines, contingencyMinor: 50_000, version: 1 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({
      version: 2,
      linesMinor: 420_000,
      contingencyMinor: 50_000,
      managementReserveMinor: 0,
      totalMinor: 470_000,
      projectLevelMinor: 20_000,
      updatedBy: { name: 'Marco Rossi' },
      changedSinceApproval: true,
    });
    expect(put.body.lines[0]).toMatchObject({ categoryName: 'Labour', wbs: '1.1', taskName: 'Design' });
    expect(put.body.byCategory).toEqual([
      { category: 'labour', name: 'Labour', amountMinor: 300_000 },
      { category: 'material', name: 'Material', amountMinor: 100_000 },
      { category: 'travel', name: 'Travel', amountMinor: 20_000 },
    ]);
    // The summary holds its own line and the one on the work package below it.
    expect(put.body.byWbs).toEqual([
      { taskId: BUILD, wbs: '1', name: 'Build', ownMinor: 100_000, totalMinor: 400_000 },
      { taskId: DESIGN, wbs: '1.1', name: 'Design', ownMinor: 300_000, totalMinor: 300_000 },
    ]);

    const submitted = await pm.post(url('/budget/submit'), { reason: 'First estimate', version: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      submission: { by: { name: 'Marco Rossi' }, reason: 'First estimate' },
      allowedActions: [],
    });
    // Frozen while the PMO decides: what is approved is what was submitted.
    const edit = await pm.put(url('/budget'), { lines: [], contingencyMinor: 0, version: 3 });
    expect(edit.status).toBe(422);
    expect((await pm.post(url('/budget/approve'), { version: 3 })).status).toBe(403);

    const before = (await pmo.get(url(''))).body;
    const approved = await pmo.post(url('/budget/approve'), { note: 'Fine', version: 3 });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'draft',
      submission: null,
      charterBudgetMinor: 470_000,
      changedSinceApproval: false,
      approved: {
        number: 1,
        kind: 'original',
        reason: 'First estimate',
        submittedBy: { name: 'Marco Rossi' },
        approvedBy: { name: 'Priya Okafor' },
        approvalNote: 'Fine',
        totalMinor: 470_000,
        currency: 'EUR',
      },
    });
    const project = (await pm.get(url(''))).body;
    expect(project).toMatchObject({ budgetMinor: 470_000, version: before.version + 1 });
    const audit = (await pmo.get(`/api/audit?projectId=${projectId}&pageSize=5`)).body.items;
    expect(
      audit
        .slice(0, 2)
        .map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['budget.approve', 'project.update']);
  });

  it("keeps the management reserve the PMO's: the manager changing it is a 403 naming it", async () => {
    const current = (await pm.get(url('/budget'))).body;
    const refused = await pm.put(url('/budget'), {
      lines,
      contingencyMinor: 50_000,
      managementReserveMinor: 10_000,
      version: current.version,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/management reserve/);
    expect(paths(refused)).toEqual(['managementReserveMinor']);
    expect((await pm.get(url('/budget'))).body.version).toBe(current.version);

    const set = await pmo.put(url('/budget'), {
      lines,
      contingencyMinor: 50_000,
      managementReserveMinor: 30_000,
      version: current.version,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ managementReserveMinor: 30_000, totalMinor: 500_000, changedSinceApproval: true });
    // The manager leaves it out (or sends it unchanged) and it stays.
    const kept = await pm.put(url('/budget'), { lines, contingencyMinor: 60_000, version: set.body.version });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ managementReserveMinor: 30_000, contingencyMinor: 60_000, totalMinor: 510_000 });
    const same = await pm.put(url('/budget'), {
      lines,
      contingencyMinor: 60_000,
      managementReserveMinor: 30_000,
      version: kept.body.version,
    });
    expect(same.status).toBe(200);
  });

  it('keeps every approved version: returned with a comment, resubmitted, approved as a revision', async () => {
    let budget = (await pm.get(url('/budget'))).body;
    budget = (await pm.post(url('/budget/submit'), { reason: 'Test phase added', version: budget.version })).body;
    const returned = await pmo.post(url('/budget/return'), {
      comment: 'Split the test costs',
      version: budget.version,
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'draft',
      returned: { by: { name: 'Priya Okafor' }, comment: 'Split the test costs' },
    });
    const more = [...lines, { category: 'labour', taskId: TEST, amountMinor: 40_000, note: 'Testers' }];
    budget = (await pm.put(url('/budget'), { lines: more, contingencyMinor: 60_000, version: returned.body.version }))
      .body;
    budget = (await pm.post(url('/budget/submit'), { reason: 'Test phase split out', version: budget.version })).body;
    const approved = await pmo.post(url('/budget/approve'), { version: budget.version });
    expect(approved.status).toBe(200);
    expect(
      approved.body.versions.map((v: { number: number; kind: string; reason: string; totalMinor: number }) => [
        v.number,
        v.kind,
        v.reason,
        v.totalMinor,
      ]),
    ).toEqual([
      [1, 'original', 'First estimate', 470_000],
      [2, 'revision', 'Test phase split out', 550_000],
    ]);
    expect(approved.body).toMatchObject({ charterBudgetMinor: 550_000, returned: null });
    expect((await pm.get(url(''))).body.budgetMinor).toBe(550_000);

    // The original reads as it was approved, whatever has changed since.
    const original = await stakeholder.get(url('/budget/versions/1'));
    expect(original.status).toBe(200);
    expect(original.body).toMatchObject({
      number: 1,
      linesMinor: 420_000,
      contingencyMinor: 50_000,
      totalMinor: 470_000,
    });
    expect(original.body.lines).toHaveLength(3);
    expect(original.body.lines[0]).toMatchObject({ wbs: '1.1', taskName: 'Design', note: 'Two designers' });
    expect((await pm.get(url('/budget/versions/3'))).status).toBe(404);
    // Submitting the approved budget again would only copy it.
    const unchanged = await pm.post(url('/budget/submit'), { reason: 'Again', version: approved.body.version });
    expect(unchanged.status).toBe(422);
    expect(unchanged.body.error.message).toMatch(/same as approved version 2/);
  });

  it("takes the charter's budget and currency from the approved budget only", async () => {
    const project = (await pm.get(url(''))).body;
    const budget = await pm.patch(url(''), { budgetMinor: 1, version: project.version });
    expect(budget.status).toBe(409);
    expect(paths(budget)).toEqual(['budgetMinor']);
    const currency = await pmo.patch(url(''), { currency: 'USD', version: project.version });
    expect(currency.status).toBe(409);
    expect(paths(currency)).toEqual(['currency']);
    expect((await pm.patch(url(''), { objective: 'Still editable', version: project.version })).status).toBe(200);
  });

  it('refuses bad input naming the field, and lets only those with money.read read it', async () => {
    const { version } = (await pm.get(url('/budget'))).body;
    const put = (body: object) => pm.put(url('/budget'), { contingencyMinor: 0, version, ...body });
    const unknown = await put({ lines: [{ category: 'nope', amountMinor: 1 }] });
    expect([unknown.status, paths(unknown)]).toEqual([400, ['lines.0.category']]);
    const foreign = await put({ lines: [{ category: 'labour', taskId: id(99), amountMinor: 1 }] });
    expect([foreign.status, paths(foreign)]).toEqual([400, ['lines.0.taskId']]);
    const twice = await put({
      lines: [
        { category: 'labour', taskId: TEST, amountMinor: 1 },
        { category: 'labour', taskId: TEST, amountMinor: 2 },
      ],
    });
    expect([twice.status, paths(twice)]).toEqual([400, ['lines.1']]);
    const negative = await put({ lines: [{ category: 'labour', amountMinor: -5 }] });
    expect([negative.status, paths(negative)]).toEqual([400, ['lines.0.amountMinor']]);
    const huge = await put({ lines: [{ category: 'labour', amountMinor: 10 ** 15 }], contingencyMinor: 1 });
    expect([huge.status, paths(huge)]).toEqual([400, ['lines']]);
    const noVersion = await pm.put(url('/budget'), { lines: [], contingencyMinor: 0 });
    expect([noVersion.status, paths(noVersion)]).toEqual([400, ['version']]);
    const stale = await put({ lines: [], version: version - 1 });
    expect(stale.status).toBe(409);
    const noReason = await pm.post(url('/budget/submit'), { reason: ' ', version });
    expect([noReason.status, paths(noReason)]).toEqual([400, ['reason']]);
    expect((await pm.get(url('/budget/versions/0'))).status).toBe(400);
    expect((await pm.get(url('/budget'))).body.version).toBe(version);

    expect((await stakeholder.get(url('/budget'))).status).toBe(200);
    expect((await stakeholder.put(url('/budget'), { lines: [], contingencyMinor: 0, version })).status).toBe(403);
    expect((await team.get(url('/budget'))).status).toBe(403);
  });
});
