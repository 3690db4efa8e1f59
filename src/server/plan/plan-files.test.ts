import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScheduleJson, scheduleFile } from '../../interop/schedule-file.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { importForm, importPlan } from '../../test-support/import-plan.js';
import { ORACLE_DIR, ORACLE_TAG, oracleHas } from '../../test-support/oracle.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * Import and export through the API: an MS Project or P6 file becomes a project whose stored,
 * rescheduled plan gives the same dates as the engine gives the file, and the exported MS Project
 * XML comes back in with the same tasks, links, lags, calendars, constraints and dates.
 */
const ORACLE = ORACLE_DIR;
const present = oracleHas();
const FILES = [
  'mspdi/mspdirelations.xml',
  'mspdi/baselines.xml',
  'mspdi/mspdinulltasks.xml',
  'p6/ProjectDefaultCalendar.xer',
  'p6/sp10-cost-loaded.xer',
];

/** Name and dates of every task, sorted: an import puts tasks in outline order, files may list them otherwise. */
const dates = (tasks: readonly { name: string; earlyStart: string | null; earlyFinish: string | null }[]) =>
  tasks.map((t) => `${t.name}|${t.earlyStart?.slice(0, 16)}|${t.earlyFinish?.slice(0, 16)}`).sort();

describe.each(TEST_DIALECTS)('plan import and export on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
  });
  afterAll(() => server?.close());

  for (const file of FILES) {
    it.skipIf(!present)(`imports ${file} with the dates the engine gives the file ${ORACLE_TAG}`, async () => {
      const text = readFileSync(resolve(ORACLE, file), 'utf8');
      // The 4,000-activity SP10 file is large enough to run as a background job.
      const res = await importPlan(pm, importForm(file.split('/').pop() as string, text));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const expected = await scheduleFile(text);
      expect(res.body.report.taskCount).toBe(expected.plan.tasks.length);
      expect(res.body.project.allowedActions).toContain('plan.edit');
      expect(res.body.project.plannedFinish).toBe(
        renderScheduleJson(expected.plan, expected.result).projectFinish.slice(0, 10),
      );
      const moved = res.body.report.notes.filter((n: { what: string }) =>
        n.what.startsWith('scheduled on other dates'),
      );
      const schedule = (await pm.get(`/api/projects/${res.body.project.id}/schedule`)).body;
      if (moved.length === 0)
        expect(dates(schedule.tasks)).toEqual(dates(renderScheduleJson(expected.plan, expected.result).tasks));
    });
  }

  it.skipIf(!present)(
    `imports resource-driven tasks on MS Project's dates, not 10 weeks later ${ORACLE_TAG}`,
    async () => {
      // legacy/sample.xml: MS Project finishes it 2003-03-18, timed by two resources' calendars.
      const text = readFileSync(resolve(ORACLE, 'mspdi/legacy/sample.xml'), 'utf8');
      const res = await pm.upload('/api/projects/import', importForm('sample.xml', text));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.project.plannedFinish).toBe('2003-03-18');
      const schedule = (await pm.get(`/api/projects/${res.body.project.id}/schedule`)).body;
      const second = schedule.tasks.find((t: { name: string }) => t.name === 'Second Task');
      expect(second.earlyFinish.slice(0, 10)).toMatch(/^2003-03-1[78]$/);
      expect(schedule.projectFinish.slice(0, 10)).toMatch(/^2003-03-1[78]$/);
      const what = res.body.report.notes.map((n: { what: string }) => n.what);
      expect(what).toContainEqual(expect.stringMatching(/^resource-driven duration: kept as the dates/));
      expect(res.body.report.notes.filter((n: { what: string }) => n.what.startsWith('scheduled on other'))).toEqual(
        [],
      );
    },
  );

  it.skipIf(!present)(`exports MS Project XML that re-imports with the same plan ${ORACLE_TAG}`, async () => {
    const text = readFileSync(resolve(ORACLE, 'mspdi/mspdirelations.xml'), 'utf8');
    const first = (await pm.upload('/api/projects/import', importForm('relations.xml', text))).body;
    const exported = await fetch(`${server.url}/api/projects/${first.project.id}/export?format=mspdi`, {
      headers: { cookie: pm.sessionCookie ?? '' },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.xml"/);
    const xml = await exported.text();
    const again = await pm.upload('/api/projects/import', importForm('again.xml', xml));
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    const a = (await pm.get(`/api/projects/${first.project.id}/tasks`)).body.tasks;
    const b = (await pm.get(`/api/projects/${again.body.project.id}/tasks`)).body.tasks;
    const shape = (t: any) => [
      t.wbs,
      t.name,
      t.durationMinutes,
      t.milestone,
      t.constraintType,
      t.constraintDate,
      t.start,
      t.finish,
    ];
    expect(b.map(shape)).toEqual(a.map(shape));
    const links = async (id: string, tasks: any[]) => {
      const row = new Map(tasks.map((t: any) => [t.id, t.row]));
      return (await pm.get(`/api/projects/${id}/links`)).body.links
        .map((l: any) => `${row.get(l.predecessorId)}${l.type}${l.lagKind}${l.lag}>${row.get(l.successorId)}`)
        .sort();
    };
    expect(await links(again.body.project.id, b)).toEqual(await links(first.project.id, a));
    const cals = async (id: string) =>
      (await pm.get(`/api/projects/${id}/calendars`)).body.items
        .filter((c: any) => c.projectId !== null)
        .map((c: any) => JSON.stringify([c.week, c.exceptions.length]))
        .sort();
    expect(await cals(again.body.project.id)).toEqual(await cals(first.project.id));
  });

  it('exports saved baselines as MS Project Baseline elements, which read back with their dates', async () => {
    const projects = (await pm.get('/api/projects?q=PRJ-0001')).body.items;
    const id = projects[0].id;
    const saved = await pm.post(`/api/projects/${id}/baselines`, { name: 'Export check', number: 7, replace: true });
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
    const res = await fetch(`${server.url}/api/projects/${id}/export?format=mspdi`, {
      headers: { cookie: pm.sessionCookie ?? '' },
    });
    const xml = await res.text();
    const doc = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'Task' || n === 'Baseline' }).parse(xml);
    const tasks = doc.Project.Tasks.Task as { Name: string; Start: string; Finish: string; Baseline?: any[] }[];
    const schedule = (await pm.get(`/api/projects/${id}/schedule`)).body.tasks as {
      name: string;
      earlyStart: string;
      earlyFinish: string;
    }[];
    const first = schedule.find((t) => t.name === tasks[1]?.Name);
    const baseline7 = tasks[1]?.Baseline?.find((b) => b.Number === '7');
    expect(baseline7?.Start.slice(0, 16)).toBe(first?.earlyStart.slice(0, 16));
    expect(baseline7?.Finish.slice(0, 16)).toBe(first?.earlyFinish.slice(0, 16));
    expect(baseline7?.Duration).toMatch(/^PT\d+H\d+M\d+S$/);
    // Every task carries it, and so does the project summary task (UID 0) with the project's dates.
    expect(tasks.every((t) => t.Baseline?.some((b) => b.Number === '7'))).toBe(true);
  });

  it('exports CSV with a row per task', async () => {
    const projects = (await pm.get('/api/projects?q=PRJ-0001')).body.items;
    const res = await fetch(`${server.url}/api/projects/${projects[0].id}/export?format=csv`, {
      headers: { cookie: pm.sessionCookie ?? '' },
    });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const tasks = (await pm.get(`/api/projects/${projects[0].id}/tasks`)).body.tasks;
    expect(lines).toHaveLength(tasks.length + 1);
    expect(lines[0]).toMatch(/^ID,WBS,Name/);
  });

  it('refuses a file that is no plan, naming the field, and creates nothing', async () => {
    const before = (await pm.get('/api/projects?pageSize=1')).body.total;
    const res = await pm.upload('/api/projects/import', importForm('notes.txt', 'hello'));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^file: /);
    const none = await pm.upload('/api/projects/import', new FormData());
    expect(none.status).toBe(400);
    expect((await pm.get('/api/projects?pageSize=1')).body.total).toBe(before);
  });

  it('lets only those who may create projects import', async () => {
    const team = await server.login('lena@demo.gantry.local');
    const res = await team.upload(
      '/api/projects/import',
      importForm('x.xml', '<Project xmlns="http://schemas.microsoft.com/project"/>'),
    );
    expect(res.status).toBe(403);
  });
});
