/**
 * Plan write benchmark: the time of one write on a 10,000-task (or larger) plan through the op
 * path, over HTTP on embedded SQLite or PostgreSQL (a real server in this process, from source). A plan of 100 summaries of
 * 99 chained tasks; each write changes the first task's duration, so about a hundred tasks move.
 * Prints median and p90 per kind of write (the REST route, one op, a batch of 50 ops, undo and
 * redo), plus the machine.
 *
 *   npm run bench:plan-write                      # 10,000 tasks, SQLite
 *   npx tsx bench/plan-write/run.ts 100000        # 100,000 tasks, SQLite
 *   GANTRY_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/plan-write/run.ts 100000 postgres
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { PlanChange } from '../../src/contracts/index.js';
import type { TestClient, TestResponse } from '../../src/test-support/client.js';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';
import { phasedPlan } from '../support/phased-plan.js';

const TASKS = Number(process.argv[2] ?? 10_000);
const DIALECT = process.argv[3] === 'postgres' ? 'postgres' : 'sqlite';
/** Fewer rounds on big plans, where each write is slower, so a run stays within minutes. */
const ROUNDS = TASKS > 20_000 ? 11 : 21;

const server = await startTestServer({ dialect: DIALECT, demo: false, jobWorkers: 0 });
const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
const project = (await admin.post('/api/projects', { name: 'Bench', plannedStart: '2030-01-07' })).body;
const url = `/api/projects/${project.id}`;
const { id, tasks, links } = phasedPlan(TASKS, '0190aa00', false);
let version = (await must(admin.post(`${url}/tasks`, { version: 1, tasks, links }))).plan.version;

async function must(request: Promise<TestResponse<PlanChange>>): Promise<PlanChange> {
  const res = await request;
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

/** Median and p90 of `ROUNDS` writes made by `write(round)`, each based on the version the last one gave. */
async function measure(name: string, write: (round: number, client: TestClient) => Promise<TestResponse<PlanChange>>) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    version = (await must(write(round, admin))).plan.version;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(times.length * p))] as number).toFixed(0);
  console.log(`${name.padEnd(34)} median ${at(0.5).padStart(5)} ms   p90 ${at(0.9).padStart(5)} ms`);
}

const minutes = (round: number) => 480 + (round % 2) * 480;
console.log(
  `Plan writes on ${tasks.length.toLocaleString('en')} tasks, ${links.length.toLocaleString('en')} links, ${DIALECT}`,
);
await measure('PATCH /tasks/{id} (one op)', (r, c) =>
  c.patch(`${url}/tasks/${id(1)}`, { version, durationMinutes: minutes(r) }),
);
await measure('POST /plan/ops, one op', (r, c) =>
  c.post(`${url}/plan/ops`, {
    version,
    ops: [{ op: 'updateTask', taskId: id(1), fields: { durationMinutes: minutes(r) } }],
  }),
);
await measure('POST /plan/ops, 50 ops', (r, c) =>
  c.post(`${url}/plan/ops`, {
    version,
    ops: Array.from({ length: 50 }, (_, i) => ({
      op: 'updateTask',
      taskId: id(1 + i * 2),
      fields: { durationMinutes: minutes(r) },
    })),
  }),
);
await measure('POST /plan/undo, then /plan/redo', (r, c) =>
  c.post(`${url}/plan/${r % 2 ? 'redo' : 'undo'}`, { version }),
);
await server.close();
const cpu = cpus()[0];
console.log(
  `\nMachine: ${cpu?.model ?? '?'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
