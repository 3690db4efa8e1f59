/**
 * One run of the events benchmark's write load, in its own process, against the Gantry source
 * tree named by --src (this one, or an older one extracted by run.ts): opens a fresh database,
 * creates --projects projects, then edits their charters at --rate writes per second for
 * --seconds, open loop (a write is due at its time whether or not the one before has finished;
 * edits of one project wait for that project's previous edit, as a person's would). With
 * --dispatch, and when the tree has one, the event dispatcher runs in the same process, as in the
 * server. Prints one JSON line: latencies in milliseconds, from a write's due time to its commit,
 * and the process's CPU time per write.
 *
 *   tsx bench/events/workload.ts --src src --dialect sqlite --rate 1000 --seconds 20 --dispatch
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
// Types only: the tree under --src (this one or the baseline) supplies the code itself.
import type { Store } from '../../src/store/db.js';

const { values } = parseArgs({
  options: {
    src: { type: 'string', default: 'src' },
    dialect: { type: 'string', default: 'sqlite' },
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    projects: { type: 'string', default: '200' },
    dispatch: { type: 'boolean', default: false },
  },
});
const src = resolve(values.src);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const projectCount = Number(values.projects);
const load = (path: string) => import(pathToFileURL(join(src, path)).href);

const db = await load('store/db.ts');
const { migrateToLatest } = await load('store/migrate.ts');
const { createContext } = await load('services/context.ts');
const { ensureFirstAdmin } = await load('services/bootstrap.ts');
const { createProject, updateProject } = await load('services/project-service.ts');

let store: Store;
let cleanup: () => Promise<void>;
if (values.dialect === 'postgres') {
  const url = process.env.GANTRY_BENCH_PG_URL ?? process.env.GANTRY_TEST_PG_URL;
  if (!url) throw new Error('set GANTRY_BENCH_PG_URL (or GANTRY_TEST_PG_URL) for --dialect postgres');
  const schema = `gantry_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  store = db.openPostgres(url, schema, 20);
  cleanup = async () => {
    await store.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-bench-events-'));
  store = db.openSqlite(dir);
  // As the server does, where the tree has it: the log is checkpointed from a thread of its own.
  const checkpointer = existsSync(join(src, 'store/wal-checkpointer.ts'))
    ? (await load('store/wal-checkpointer.ts')).startWalCheckpointer(join(dir, 'gantry.db'), console.error)
    : null;
  cleanup = async () => {
    await checkpointer?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
await migrateToLatest(store);
const base = createContext(store, pino({ level: 'warn' }));
await ensureFirstAdmin(base, { email: 'bench@x.test', password: 'bench-password-long' });
const adminId = (await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
const actor = { userId: adminId, role: 'admin' };

const dispatcherFile = join(src, 'server/events/event-dispatcher.ts');
const dispatcher =
  values.dispatch && existsSync(dispatcherFile)
    ? new (await load('server/events/event-dispatcher.ts')).EventDispatcher(base)
    : null;
const ctx = dispatcher ? { ...base, events: dispatcher } : base;

// Older trees' services take (ctx, actor, …); since the write pipeline they take one request
// {ctx, actor, version}. The baseline tree is an older one, so both are spoken.
const onPipeline = createProject.length === 2;
const create = (name: string) =>
  onPipeline ? createProject({ ctx, actor, version: undefined }, { name }) : createProject(ctx, actor, { name });
const update = (id: string, version: number, objective: string) =>
  onPipeline
    ? updateProject({ ctx, actor, version }, id, { objective, version })
    : updateProject(ctx, actor, id, { objective, version });

const projects: { id: string; version: number; chain: Promise<void> }[] = [];
for (let i = 0; i < projectCount; i++) {
  const p = await create(`Bench ${i}`);
  projects.push({ id: p.id, version: p.version, chain: Promise.resolve() });
}
const hasOutbox = await store.db
  .selectFrom('outbox_events')
  .select('seq')
  .limit(1)
  .execute()
  .then(() => true)
  .catch(() => false);
const eventsBefore = hasOutbox ? await countEvents() : 0;

async function countEvents(): Promise<number> {
  const r = await store.db
    .selectFrom('outbox_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(r?.n);
}

// Open loop: write i is due at start + i / rate, whatever happened to the ones before.
const latencies: number[] = [];
let failures = 0;
const total = Math.round(rate * seconds);
const start = performance.now();
const cpuBefore = process.cpuUsage();
let issued = 0;
await new Promise<void>((done) => {
  const tick = () => {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    while (issued < due) {
      const i = issued++;
      const dueAt = start + (i * 1000) / rate;
      const p = projects[i % projects.length] as (typeof projects)[number];
      p.chain = p.chain.then(async () => {
        try {
          const updated = await update(p.id, p.version, `Write ${i}`);
          p.version = updated.version;
          latencies.push(performance.now() - dueAt);
        } catch {
          failures++;
        }
      });
    }
    // A timer, not setImmediate: a spinning loop would take CPU from the writes it measures.
    if (issued < total) setTimeout(tick, 1);
    else done();
  };
  tick();
});
await Promise.all(projects.map((p) => p.chain));
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const events = hasOutbox ? (await countEvents()) - eventsBefore : 0;
const backlog = hasOutbox
  ? Number(
      (
        await store.db
          .selectFrom('outbox_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('dispatched_at', 'is', null)
          .executeTakeFirst()
      )?.n,
    )
  : 0;
await dispatcher?.close();
await cleanup();

latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
console.log(
  JSON.stringify({
    writes: latencies.length,
    failures,
    seconds: elapsed,
    writesPerSecond: latencies.length / elapsed,
    eventsPerSecond: events / elapsed,
    undispatchedAtEnd: backlog,
    // Of this process (writes and dispatcher), per write: what the machine's other load does not change.
    cpuMsPerWrite: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length),
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: latencies.at(-1),
  }),
);
