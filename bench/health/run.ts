/**
 * Health benchmark (issue 10): "health for 1,000 projects of 200 tasks each evaluates in <= 1 s
 * server-side". Seeds that portfolio through the API into a real server (SQLite by default; a
 * PostgreSQL URL as GANTRY_TEST_PG_URL with --pg), then times, median of 7 after one warm-up:
 *   cold     — every project's facts read from the database and every rule evaluated, in-process
 *   warm     — the same with the plans' facts kept from the last evaluation (plans unchanged)
 *   http     — GET /api/portfolio/health as the admin, answer received and parsed (adds JSON and HTTP)
 *   refresh  — every project marked stale and drained (the background re-evaluation with snapshots)
 *
 *   npm run bench:health                      # 1,000 × 200 on SQLite
 *   npm run bench:health -- 200 200 --pg      # smaller, on PostgreSQL
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { subjectOf } from '../../src/services/health/fact-source.js';
import { evaluateProjects } from '../../src/services/health/health-evaluation.js';
import { markAllHealthStale, refreshStaleHealth } from '../../src/services/health/health-refresh.js';
import { forgetPlanFacts } from '../../src/services/health/plan-facts.js';
import { healthSubjects } from '../../src/store/repos/health-facts-repo.js';
import { startTestServer } from '../../src/test-support/server.js';
import { seedHealthPortfolio } from './seed.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const projects = Number(args[0] ?? 1000);
const tasks = Number(args[1] ?? 200);
const dialect = process.argv.includes('--pg') ? 'postgres' : 'sqlite';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const server = await startTestServer({ dialect, demo: false, jobWorkers: 0 });
try {
  const pmo = await server.login('admin@test.gantry.local', 'admin-password-1');
  const t0 = performance.now();
  await seedHealthPortfolio(pmo, projects, tasks, (l) => console.error(l));
  console.error(`seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const ctx = server.gantry.ctx;
  // As the server's event dispatcher has done within seconds of the edits: the plans' dates that
  // edits left behind are stored and every project evaluated once (jobWorkers: 0 runs none here).
  await markAllHealthStale(ctx, ctx.store);
  while ((await refreshStaleHealth(ctx, ctx.store)) > 0);
  const ids = (await ctx.store.db.selectFrom('projects').select('id').execute()).map((p) => p.id);
  const subjects = (await healthSubjects(ctx.store.db, ids)).map(subjectOf);
  const cold = await timed(7, () => {
    forgetPlanFacts();
    return evaluateProjects(ctx, ctx.store.db, subjects);
  });
  const warm = await timed(7, () => evaluateProjects(ctx, ctx.store.db, subjects));
  let bytes = 0;
  const http = await timed(7, async () => {
    const res = await pmo.get('/api/portfolio/health');
    if (res.status !== 200) throw new Error(`portfolio health: ${res.status}`);
    bytes = JSON.stringify(res.body).length;
  });
  const refresh = await timed(3, async () => {
    await markAllHealthStale(ctx, ctx.store);
    while ((await refreshStaleHealth(ctx, ctx.store)) > 0);
  });
  const evaluated = await evaluateProjects(ctx, ctx.store.db, subjects);
  const rags = { green: 0, amber: 0, red: 0 };
  const fired = new Map<string, number>();
  for (const e of evaluated.values()) {
    rags[e.health.overall]++;
    for (const d of e.health.dimensions)
      for (const r of d.reasons) fired.set(`${r.ruleId}:${r.rag}`, (fired.get(`${r.ruleId}:${r.rag}`) ?? 0) + 1);
  }
  console.log(
    `Gantry health benchmark: node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, ${dialect}, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  console.log(`portfolio: ${subjects.length} projects × ${tasks} tasks; overall ${JSON.stringify(rags)}`);
  console.log(`rules fired: ${[...fired].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const [name, xs] of [
    ['cold', cold],
    ['warm', warm],
  ] as const)
    console.log(
      `evaluate ${name} (in-process): median ${median(xs).toFixed(0)} ms  [${xs.map((x) => x.toFixed(0)).join(' ')}]  target <= 1000`,
    );
  console.log(
    `GET /api/portfolio/health: median ${median(http).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB  [${http.map((x) => x.toFixed(0)).join(' ')}]`,
  );
  console.log(`refresh all (mark + evaluate + snapshots): median ${median(refresh).toFixed(0)} ms`);
} finally {
  await server.close();
}
