/**
 * Capacity benchmark (issue 11): "500 resources × 200 projects × 52 weeks answers in ≤ 500 ms".
 * Seeds the organisation (seed.ts) into a real server (SQLite; PostgreSQL too when
 * GANTRY_TEST_PG_URL is set), then times GET /api/capacity?groupBy=resource&unit=week over a
 * 52-week range over HTTP as the PMO, answer received and parsed, median of 9 after one warm-up:
 *   cold — this process's caches emptied first (each plan's demand, the pool, compiled calendars): every
 *          task, assignment and calendar read from the database and spread again
 *   warm — plans unchanged since the last view: only the plan rows, pool and settings are read
 *
 *   npm run bench:capacity                    # 500 resources, 200 projects × 100 tasks
 *   npm run bench:capacity -- 100 50 100      # smaller: resources projects tasks
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { forgetCompiledCalendars } from '../../src/services/capacity/calendar-cache.js';
import { forgetCapacityDemand } from '../../src/services/capacity/capacity-demand.js';
import { forgetCapacityPool } from '../../src/services/capacity/capacity-pool.js';
import type { DialectName } from '../../src/store/db.js';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';
import { seedCapacityOrganisation } from './seed.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const resources = Number(args[0] ?? 500);
const projects = Number(args[1] ?? 200);
const tasks = Number(args[2] ?? 100);
const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

async function timed(fn: () => Promise<unknown>, before?: () => void): Promise<number[]> {
  before?.();
  await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function run(dialect: DialectName): Promise<void> {
  const server = await startTestServer({ dialect, demo: false, jobWorkers: 0 });
  try {
    const admin = await server.login(TEST_ADMIN.email);
    const t0 = performance.now();
    const count = await seedCapacityOrganisation(admin, server.gantry.ctx.store, { projects, tasks, resources }, (l) =>
      console.error(l),
    );
    console.error(`${dialect}: seeded ${count} assignments in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    let shape = '';
    const view = async () => {
      const res = await admin.get('/api/capacity?groupBy=resource&unit=week&from=2027-01-04&to=2028-01-02');
      if (res.status !== 200) throw new Error(`capacity: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      const over = res.body.rows.reduce(
        (n: number, r: { overallocated: boolean[] }) => n + r.overallocated.filter(Boolean).length,
        0,
      );
      shape = `${res.body.rows.length} rows × ${res.body.periods.length} weeks, ${over} over-allocated cells, ${JSON.stringify(res.body).length} bytes`;
    };
    const cold = await timed(view, () => {
      forgetCapacityDemand();
      forgetCompiledCalendars();
      forgetCapacityPool();
    });
    const warm = await timed(view);
    console.log(`  ${dialect}: ${shape}`);
    console.log(`    cold  ${fmt(cold)}`);
    console.log(`    warm  ${fmt(warm)}`);
  } finally {
    await server.close();
  }
}

console.log(
  `Gantry capacity benchmark: node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
console.log(`  ${resources} resources, ${projects} projects × ${tasks} tasks, 52 weeks, GET over HTTP, ${RUNS} runs`);
await run('sqlite');
if (process.env.GANTRY_TEST_PG_URL) await run('postgres');
