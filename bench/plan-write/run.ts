/**
 * Plan write benchmark: the time of one write on a 10,000- and a 100,000-task plan through the op
 * path, over HTTP on embedded SQLite and PostgreSQL (a real server in this process, from source). A
 * plan of phases of 99 chained tasks; each write changes the first task's duration, so about a
 * hundred tasks move and the project finish moves by a day (every task's float changes). Prints
 * median and p90 per kind of write (the REST route, one op, a batch of 50 ops, undo and redo), then
 * the one-task edits against issue 9's targets (≤ 50 ms at 10k, ≤ 300 ms at 100k), plus the machine.
 * The first write after the plan is created is timed apart: it compiles the plan (cold state).
 *
 *   npm run bench:plan-write                      # 10k and 100k, SQLite (+ PostgreSQL when GANTRY_TEST_PG_URL is set)
 *   npx tsx bench/plan-write/run.ts 10000 sqlite  # one size, one database
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { PlanChange } from '../../src/contracts/index.js';
import type { TestClient, TestResponse } from '../../src/test-support/client.js';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';
import { phasedPlan } from '../support/phased-plan.js';

type Dialect = 'sqlite' | 'postgres';
const SIZES = process.argv[2] ? [Number(process.argv[2])] : [10_000, 100_000];
const DIALECTS: Dialect[] = process.argv[3]
  ? [process.argv[3] === 'postgres' ? 'postgres' : 'sqlite']
  : process.env.GANTRY_TEST_PG_URL
    ? ['sqlite', 'postgres']
    : ['sqlite'];
/** Issue 9: a one-task edit answers within this many ms. */
const target = (tasks: number) => (tasks <= 10_000 ? 50 : 300);
const ONE_TASK = ['PATCH /tasks/{id} (one op)', 'POST /plan/ops, one op'];

async function must(request: Promise<TestResponse<PlanChange>>): Promise<PlanChange> {
  const res = await request;
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

async function run(size: number, dialect: Dialect): Promise<Map<string, number>> {
  /** Fewer rounds on big plans, so a run stays within minutes. */
  const rounds = Number(process.env.BENCH_ROUNDS) || (size > 20_000 ? 11 : 21);
  const server = await startTestServer({ dialect, demo: false, jobWorkers: 0 });
  const medians = new Map<string, number>();
  try {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const project = (await admin.post('/api/projects', { name: 'Bench', plannedStart: '2030-01-07' })).body;
    const url = `/api/projects/${project.id}`;
    const { id, tasks, links } = phasedPlan(size, '0190aa00', false);
    let version = (await must(admin.post(`${url}/tasks`, { version: 1, tasks, links }))).plan.version;
    console.log(
      `\nPlan writes on ${tasks.length.toLocaleString('en')} tasks, ${links.length.toLocaleString('en')} links, ${dialect}`,
    );
    const minutes = (round: number) => 480 + (round % 2) * 480;

    /** Median and p90 of `rounds` writes made by `write(round)`, each based on the version the last one gave. */
    const measure = async (
      name: string,
      write: (round: number, client: TestClient) => Promise<TestResponse<PlanChange>>,
      times = rounds,
    ) => {
      const ms: number[] = [];
      for (let round = 0; round < times; round++) {
        const t0 = performance.now();
        version = (await must(write(round, admin))).plan.version;
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))] as number;
      medians.set(name, at(0.5));
      const p90 = times > 1 ? `   p90 ${at(0.9).toFixed(0).padStart(5)} ms` : '';
      console.log(`${name.padEnd(34)} median ${at(0.5).toFixed(0).padStart(5)} ms${p90}`);
    };
    await measure(
      'first edit (cold: compiles the plan)',
      (r, c) => c.patch(`${url}/tasks/${id(1)}`, { version, durationMinutes: minutes(r + 1) }),
      1,
    );
    await measure(ONE_TASK[0] as string, (r, c) =>
      c.patch(`${url}/tasks/${id(1)}`, { version, durationMinutes: minutes(r) }),
    );
    await measure(ONE_TASK[1] as string, (r, c) =>
      c.post(`${url}/plan/ops`, {
        version,
        ops: [{ op: 'updateTask', taskId: id(1), fields: { durationMinutes: minutes(r) } }],
      }),
    );
    await measure('PATCH /tasks/{id} rename', (r, c) =>
      c.patch(`${url}/tasks/${id(2)}`, { version, name: `Task 2 (${r})` }),
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
  } finally {
    await server.close();
  }
  return medians;
}

const results: { size: number; dialect: Dialect; medians: Map<string, number> }[] = [];
for (const dialect of DIALECTS) {
  for (const size of SIZES) results.push({ size, dialect, medians: await run(size, dialect) });
}
console.log('\nOne-task edit (median) against the target:');
for (const { size, dialect, medians } of results) {
  const worst = Math.max(...ONE_TASK.map((k) => medians.get(k) ?? Number.POSITIVE_INFINITY));
  const goal = target(size);
  console.log(
    `  ${size.toLocaleString('en').padStart(7)} tasks, ${dialect.padEnd(8)} ${worst.toFixed(0).padStart(5)} ms  target ≤ ${goal} ms  ${worst <= goal ? 'met' : 'NOT met'}`,
  );
}
const cpu = cpus()[0];
console.log(
  `\nMachine: ${cpu?.model ?? '?'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
