import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { importForm } from '../../test-support/import-plan.js';
import { leanMspdi } from '../../test-support/mspdi-file.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { IMPORT_JOB_FROM_BYTES } from '../routes/plan-files.js';

/** 4,500 tasks: just over the size from which an import becomes a job. */
const LARGE = leanMspdi(4500, 'Large import');

const form = (xml: string, name?: string) => importForm('large.xml', xml, name ? { name } : {});

/** Reads a job's event stream to its end, as a browser's EventSource would. */
async function events(
  client: TestClient,
  id: string,
): Promise<{ state: string; progress: number; message: string; result: any }[]> {
  const res = await fetch(`${client.baseUrl}/api/jobs/${id}/events`, {
    headers: { cookie: client.sessionCookie ?? '' },
  });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const text = await res.text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('data: '))
    .map((l) => JSON.parse(l.slice(6)));
}

describe.each(TEST_DIALECTS)('background import jobs on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
  });
  afterAll(() => server?.close());

  it('imports a large file as a job: 202, progress events to the end, then the new project', async () => {
    expect(LARGE.length).toBeGreaterThan(IMPORT_JOB_FROM_BYTES);
    const res = await pm.upload('/api/projects/import', form(LARGE, 'Big plan'));
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const job = res.body.job;
    expect(job).toMatchObject({ kind: 'plan.import', state: 'queued', progress: 0 });

    const seen = await events(pm, job.id);
    const last = seen.at(-1)!;
    expect(last.state, JSON.stringify(last)).toBe('done');
    expect(last.progress).toBe(1);
    expect(last.result.report.taskCount).toBe(4500);
    // The stream moved forward through the phases, never backwards.
    const progress = seen.map((e) => e.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const project = await pm.get(`/api/projects/${last.result.projectId}`);
    expect(project.status).toBe(200);
    expect(project.body.name).toBe('Big plan');
    const again = await pm.get(`/api/jobs/${job.id}`);
    expect(again.body).toMatchObject({ state: 'done', projectId: last.result.projectId, error: null });
  });

  it('shows a job to its owner, admins and the PMO only', async () => {
    const { body } = await pm.upload('/api/projects/import', form(LARGE));
    const other = await server.login('aiko@demo.gantry.local');
    expect((await other.get(`/api/jobs/${body.job.id}`)).status).toBe(404);
    expect((await other.post(`/api/jobs/${body.job.id}/cancel`)).status).toBe(404);
    const pmo = await server.login('pmo@demo.gantry.local');
    expect((await pmo.get(`/api/jobs/${body.job.id}`)).status).toBe(200);
    expect((await pmo.post(`/api/jobs/${body.job.id}/cancel`)).status).toBe(403);
    await events(pm, body.job.id);
  });

  it('a job that fails says why, and creates nothing', async () => {
    const before = (await pm.get('/api/projects?pageSize=200')).body.total;
    // Task 3 also follows task 5, which follows 4, which follows 3: a cycle.
    const broken = LARGE.replace(
      '<Name>Task 3</Name>',
      `<Name>Task 3</Name>${'<PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type></PredecessorLink>'}`,
    );
    const { body } = await pm.upload('/api/projects/import', form(broken));
    const last = (await events(pm, body.job.id)).at(-1)!;
    expect(last.state).toBe('failed');
    expect((await pm.get(`/api/jobs/${body.job.id}`)).body.error.message).toMatch(/.+/);
    expect((await pm.get('/api/projects?pageSize=200')).body.total).toBe(before);
    const audit = await (await server.login('admin@test.gantry.local')).get(`/api/audit?entityId=${body.job.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['job.failed']);
  });

  it('a small file is still imported at once (201)', async () => {
    const res = await pm.upload('/api/projects/import', form(leanMspdi(20)));
    expect(res.status).toBe(201);
    expect(res.body.report.taskCount).toBe(20);
  });
});

describe('cancelling a queued import (no runner on this node)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ jobWorkers: 0 });
  });
  afterAll(() => server?.close());

  it('ends the job cancelled at once, and it never runs', async () => {
    const pm = await server.login('marco@demo.gantry.local');
    const { body } = await pm.upload('/api/projects/import', form(LARGE));
    expect(body.job.state).toBe('queued');
    const cancelled = await pm.post(`/api/jobs/${body.job.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelRequested: true });
    const seen = await events(pm, body.job.id);
    expect(seen.map((e) => e.state)).toEqual(['cancelled']);
    // Cancelling again changes nothing.
    expect((await pm.post(`/api/jobs/${body.job.id}/cancel`)).body.state).toBe('cancelled');
  });
});
