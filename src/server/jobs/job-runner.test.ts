import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../services/bootstrap.js';
import { createContext, type ServiceContext } from '../../services/context.js';
import { claimJob } from '../../services/jobs/job-queue.js';
import { enqueueJob } from '../../services/jobs/job-service.js';
import { openStoreAt, type Store } from '../../store/db.js';
import type { JobRow } from '../../store/schema.js';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { leanMspdi } from '../../test-support/mspdi-file.js';
import { JobRunner } from './job-runner.js';

const FAST = { pollMs: 50, heartbeatMs: 100, leaseMs: 5_000, logLevel: 'silent' } as const;

describe.each(TEST_DIALECTS)('job runner on %s', (dialect) => {
  let db: TestDatabase;
  let ctx: ServiceContext;
  let ownerId: string;
  const runners: JobRunner[] = [];

  beforeEach(async () => {
    db = await freshDatabase(dialect);
    ctx = createContext(db.store, pino({ level: 'silent' }));
    await ensureFirstAdmin(ctx, { email: 'owner@x.test', password: 'long-enough-pw' });
    ownerId = (await db.store.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
  });
  afterEach(async () => {
    for (const r of runners.splice(0)) await r.close();
    await db.dispose();
  });

  const runner = (size = 1) => {
    const r = new JobRunner(ctx, { size, ...FAST }).start();
    runners.push(r);
    return r;
  };
  const queueImport = (name: string, maxAttempts = 3) =>
    enqueueJob(ctx, db.store.db, {
      kind: 'plan.import',
      ownerId,
      input: { name },
      file: { name: `${name}.xml`, bytes: new TextEncoder().encode(leanMspdi(30, name)) },
      maxAttempts,
    });
  const job = (id: string) => db.store.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const projectNames = async () =>
    (await db.store.db.selectFrom('projects').select('name').execute()).map((p) => p.name).sort();
  async function settled(id: string): Promise<JobRow> {
    for (let i = 0; i < 600; i++) {
      const row = await job(id);
      if (['done', 'failed', 'cancelled'].includes(row.state)) return row;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${id} did not finish`);
  }
  /** Claims a job as a Gantry process that then died: its lease has already run out. */
  const claimByDeadProcess = () => claimJob(ctx, db.store, 'dead-host:4242', -1_000);

  it('re-queues the job of a process that died, and runs it to the end', async () => {
    const queued = await queueImport('Survivor');
    expect((await claimByDeadProcess())?.id).toBe(queued.id);
    runner();
    const row = await settled(queued.id);
    expect(row).toMatchObject({ state: 'done', attempts: 2, progress: 1 });
    expect(await projectNames()).toEqual(['Survivor']);
    expect(JSON.parse(row.result as string).projectId).toBe(row.project_id);
  });

  it('fails a job after its last attempt with a clear error rather than losing it', async () => {
    const queued = await queueImport('Crasher', 1);
    await claimByDeadProcess();
    runner();
    const row = await settled(queued.id);
    expect(row.state).toBe('failed');
    expect(JSON.parse(row.error as string)).toMatchObject({ code: 'interrupted' });
    expect(await projectNames()).toEqual([]);
    const audit = await db.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', queued.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['job.failed']);
    // Its uploaded file does not linger.
    expect(await db.store.db.selectFrom('job_files').select('job_id').execute()).toEqual([]);
  });

  it('stops a running job whose owner cancelled at its next progress point, writing nothing', async () => {
    const queued = await queueImport('Unwanted');
    // The cancel arrives as the runner claims it: the worker must stop before writing anything.
    await db.store.db.updateTable('jobs').set({ cancel_requested: 1 }).where('id', '=', queued.id).execute();
    runner();
    const row = await settled(queued.id);
    expect(row.state).toBe('cancelled');
    expect(await projectNames()).toEqual([]);
  });

  it('two runners on one database never run the same job twice', async () => {
    const names = Array.from({ length: 4 }, (_, i) => `Job ${i}`);
    const ids = [];
    for (const n of names) ids.push((await queueImport(n)).id);
    // Two runners, as two Gantry processes would have: each its own connections.
    runner(2);
    runner(2);
    const rows = await Promise.all(ids.map(settled));
    // Each job was taken once, and each one that succeeded created exactly one project. (On
    // PostgreSQL two imports creating projects at the same moment can still collide on the next
    // generated project code, a known issue of project creation: such a job fails, it does not repeat.)
    expect(rows.map((r) => r.attempts)).toEqual(names.map(() => 1));
    const done = rows.flatMap((r, i) => (r.state === 'done' ? [names[i]] : []));
    if (dialect === 'sqlite') expect(done, JSON.stringify(rows.map((r) => r.error))).toEqual(names);
    expect(done.length).toBeGreaterThan(0);
    expect(await projectNames()).toEqual(done);
  }, 90_000);

  it('concurrent claims from two connections hand out each job once', async () => {
    for (let i = 0; i < 12; i++) await queueImport(`Claim ${i}`);
    const other: Store = openStoreAt(db.store.location);
    try {
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => claimJob(ctx, i % 2 ? other : db.store, `runner-${i % 2}`, 60_000)),
      );
      const ids = claims.flatMap((c) => (c ? [c.id] : []));
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    } finally {
      await other.close();
    }
  });
});
