import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { importForm, importPlan } from '../../test-support/import-plan.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/*
 * Issue 11, import: a plan file's resources join the pool (matched by code, then name, or created)
 * and its assignments arrive on the imported tasks with units, work and costs; importing the same
 * file again matches the pool instead of duplicating it.
 */

const present = oracleHas('p6', 'sp10-cost-loaded.xer') && oracleHas('mspdi', 'mspdiresource.xml');

describe.each(TEST_DIALECTS)(`plan import with resources on %s ${ORACLE_TAG}`, (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
  });
  afterAll(() => server?.close());

  const db = () => server.gantry.ctx.store.db;
  const assignmentsOf = (projectId: string) =>
    db().selectFrom('assignments').selectAll().where('project_id', '=', projectId).execute();
  const poolSize = async () => (await db().selectFrom('resources').select('id').execute()).length;

  it.skipIf(!present)(
    'SP10 (XER): 180 resources join the pool, 692 assignments with units and costs; again: all matched',
    async () => {
      const text = readFileSync(oraclePath('p6', 'sp10-cost-loaded.xer'), 'utf8');
      const before = await poolSize();
      const first = await importPlan(pm, importForm('sp10-cost-loaded.xer', text), 300_000);
      expect(first.status, JSON.stringify(first.body).slice(0, 500)).toBe(201);
      expect(first.body.report.resources).toEqual({ created: 180, matched: 0, assignments: 692 });
      expect(await poolSize()).toBe(before + 180);

      const rows = await assignmentsOf(first.body.project.id);
      expect(rows).toHaveLength(692);
      // The file's target costs, 215,918,… in total (checked to the cent against the file in xer-resources.test.ts).
      const budget = rows.reduce((s, r) => s + Number(r.budget_cost_minor), 0);
      expect(budget).toBeGreaterThan(200_000_000_00);
      expect(rows.every((r) => r.units >= 0 && r.work_minutes >= 0 && r.remaining_cost_minor !== null)).toBe(true);
      // Every assignment sits on a task of the new project.
      const tasks = await db()
        .selectFrom('tasks')
        .select(['id', 'task_type'])
        .where('project_id', '=', first.body.project.id)
        .execute();
      const ids = new Set(tasks.map((t) => t.id));
      expect(rows.every((r) => ids.has(r.task_id))).toBe(true);
      // P6 duration types: 3,893 fixed duration & units/time, 101 fixed duration & units.
      expect(tasks.filter((t) => t.task_type === 'fixedDuration')).toHaveLength(3994);

      // The PMO sees the new pool resources, with the file's rates and calendars.
      const listed = await pmo.api.GET('/api/resources', { params: { query: { q: 'HS2', pageSize: 100 } } });
      const hs2 = listed.data?.items.find((r) => r.code === 'HS2');
      expect(hs2).toMatchObject({ name: 'HS2 PROJECT - AREA CENTRAL', kind: 'person', currency: 'GBP' });

      const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'resource.import').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.changes).toContain('180');

      const second = await importPlan(pm, importForm('sp10-cost-loaded.xer', text), 300_000);
      expect(second.status).toBe(201);
      expect(second.body.report.resources).toEqual({ created: 0, matched: 180, assignments: 692 });
      expect(await poolSize()).toBe(before + 180);
      const again = await assignmentsOf(second.body.project.id);
      expect(new Set(again.map((r) => r.resource_id))).toEqual(new Set(rows.map((r) => r.resource_id)));
    },
  );

  it.skipIf(!present)(
    'mspdiresource.xml: resources with calendars and rates, assignments with work; task types kept',
    async () => {
      const text = readFileSync(oraclePath('mspdi', 'mspdiresource.xml'), 'utf8');
      const res = await importPlan(pm, importForm('mspdiresource.xml', text));
      expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201);
      expect(res.body.report.resources).toEqual({ created: 4, matched: 0, assignments: 5 });
      const listed = await pmo.api.GET('/api/resources', { params: { query: { q: 'Wade', pageSize: 10 } } });
      const wade = listed.data?.items[0];
      expect(wade).toMatchObject({ code: 'WG', email: 'wade.golden@steelray.com', currency: 'GBP' });
      expect(wade?.rates).toEqual([
        { from: '1984-01-01', standardPerHourMinor: 5000, overtimePerHourMinor: 10000, perUseMinor: 0 },
      ]);
      // His own calendar became an organisation calendar.
      const calendar = await db()
        .selectFrom('calendars')
        .selectAll()
        .where('id', '=', wade?.calendarId ?? '')
        .executeTakeFirst();
      expect(calendar).toMatchObject({ project_id: null, name: 'Wade Golden' });
      const rows = await assignmentsOf(res.body.project.id);
      expect(rows.map((r) => r.work_minutes).sort((a, b) => a - b)).toEqual([960, 1440, 1440, 1440, 2400]);
      const tasks = await db()
        .selectFrom('tasks')
        .select(['effort_driven'])
        .where('project_id', '=', res.body.project.id)
        .execute();
      expect(tasks.filter((t) => t.effort_driven === 1).length).toBeGreaterThan(0);

      // The same people again from another file: matched by code, no second calendar.
      const again = await importPlan(pm, importForm('mspdiresource.xml', text));
      expect(again.body.report.resources).toEqual({ created: 0, matched: 4, assignments: 5 });
    },
  );

  it.skipIf(!present)(
    'export -> import through the API: the same assignments on the same tasks, the same pool resources',
    async () => {
      const text = readFileSync(oraclePath('mspdi', 'mspdiresource.xml'), 'utf8');
      const first = await importPlan(pm, importForm('resources.xml', text));
      expect(first.status).toBe(201);
      const exported = await fetch(`${server.url}/api/projects/${first.body.project.id}/export?format=mspdi`, {
        headers: { cookie: pm.sessionCookie ?? '' },
      });
      expect(exported.status).toBe(200);
      const xml = await exported.text();
      expect(xml).toContain('<Initials>WG</Initials>');
      expect(xml).toContain('<EmailAddress>wade.golden@steelray.com</EmailAddress>');
      // Only the resources the assignments use (Concrete has none).
      expect(xml).not.toContain('<Name>Concrete</Name>');
      const again = await importPlan(pm, importForm('again.xml', xml));
      expect(again.status, JSON.stringify(again.body).slice(0, 300)).toBe(201);
      expect(again.body.report.resources).toEqual({ created: 0, matched: 3, assignments: 5 });

      // Assignments by task name and resource: units, work, actual and remaining work, costs.
      const shape = async (projectId: string) => {
        const tasks = new Map(
          (await db().selectFrom('tasks').select(['id', 'name']).where('project_id', '=', projectId).execute()).map(
            (t) => [t.id, t.name],
          ),
        );
        return (await assignmentsOf(projectId))
          .map((a) =>
            [
              tasks.get(a.task_id),
              a.resource_id,
              a.units,
              a.work_minutes,
              a.actual_work_minutes,
              a.remaining_work_minutes,
              a.budget_cost_minor,
              a.actual_cost_minor,
            ].join('|'),
          )
          .sort();
      };
      expect(await shape(again.body.project.id)).toEqual(await shape(first.body.project.id));
      // And the plan keeps its dates: the assignments do not re-time the tasks on the way back.
      const dates = async (id: string) =>
        (await pm.get(`/api/projects/${id}/tasks`)).body.tasks.map(
          (t: { name: string; start: string; finish: string }) => [t.name, t.start, t.finish].join('|'),
        );
      expect(await dates(again.body.project.id)).toEqual(await dates(first.body.project.id));
    },
  );
});
