/**
 * SP10 import benchmark (issue 11): the 3,994-activity cost-loaded P6 file (180 resources, 692
 * assignments) imported through the API as a user does it (upload, then the background job followed
 * to its end), on a real server in this process from source. Each round imports the same file again,
 * so from the second round on its resources match the pool instead of being created. Prints the
 * first import, the median and p90 of the rest, per database, and the machine.
 *
 *   npm run bench:import-sp10              # 7 rounds, SQLite (+ PostgreSQL when GANTRY_TEST_PG_URL is set)
 *   npx tsx bench/import-sp10/run.ts 11    # another number of rounds
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { importForm, importPlan } from '../../src/test-support/import-plan.js';
import { oraclePath } from '../../src/test-support/oracle.js';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';

const ROUNDS = Number(process.argv[2] ?? 7);
// ../shared/oracle beside the repository, or GANTRY_ORACLE_DIR (e.g. from a git worktree).
const FILE = oraclePath('p6', 'sp10-cost-loaded.xer');
const DIALECTS = process.env.GANTRY_TEST_PG_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const p90 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] as number;

const text = readFileSync(FILE, 'utf8');
for (const dialect of DIALECTS) {
  const server = await startTestServer({ dialect, demo: false });
  try {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const res = await importPlan(admin, importForm('sp10-cost-loaded.xer', text), 300_000);
      if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      times.push(performance.now() - t0);
    }
    const [first, ...rest] = times as [number, ...number[]];
    console.log(
      `SP10 import (${dialect}): first ${first.toFixed(0)} ms; again (x${rest.length}) median ${median(rest).toFixed(0)} ms, p90 ${p90(rest).toFixed(0)} ms`,
    );
  } finally {
    await server.close();
  }
}
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadavg()[0]?.toFixed(2)}`,
);
