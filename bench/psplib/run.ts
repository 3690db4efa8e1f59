/**
 * PSPLIB benchmark (issue 11, "Numbers"): the single-mode sets j30, j60 and j120 of
 * ../shared/oracle/psplib, each instance solved by `solveRcpsp` within a budget of generated
 * schedules (every SGS pass counts, justification passes included). Every schedule is checked here
 * (precedence and capacity, by the benchmark's own checker) and any invalid one fails the run.
 *
 *   npm run bench:psplib                                  # all three sets, 5,000 schedules
 *   npm run bench:psplib -- --set j120 --schedules 50000
 *   npm run bench:psplib -- --set j30 --limit 40 --seed 7 # the first 40 instances
 *   npm run bench:psplib -- --set j120 --sample 60        # 60 instances spread over the set
 *   npm run bench:psplib -- --workers 1                   # one instance at a time
 *
 * Quality: j30 in % above the optimum (bounds.csv), j60 and j120 in % above the critical-path lower
 * bound (the makespan with resources ignored, computed here), averaged over the instances run.
 * Time: compile + solve per instance, on one thread; workers (one per core by default) only run
 * several instances at once, each single-threaded. With --workers 1 the CPU time per instance is
 * printed too: on a shared machine wall time grows with the load, CPU time does not.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, Outcome } from './worker.js';

const TSX = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')))
  .href;
const ENTRY = new URL('./worker.ts', import.meta.url).href;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ORACLE = process.env.GANTRY_ORACLE_DIR
  ? resolve(process.env.GANTRY_ORACLE_DIR)
  : resolve(ROOT, '../shared/oracle');
const PSPLIB = join(ORACLE, 'psplib');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const numberOption = (name: string, fallback: number) => {
  const v = option(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a whole number >= 1, got ${v}`);
  return n;
};

const sets = option('set') ? [option('set') as string] : ['j30', 'j60', 'j120'];
const schedules = numberOption('schedules', 5000);
const seed = numberOption('seed', 1);
const limit = numberOption('limit', Number.MAX_SAFE_INTEGER);
const sample = numberOption('sample', Number.MAX_SAFE_INTEGER);
const workers = numberOption('workers', cpus().length);

interface Bound {
  lb: number;
  ub: number;
  optimal: boolean;
}

function readBounds(): Map<string, Bound> {
  const bounds = new Map<string, Bound>();
  for (const line of readFileSync(join(PSPLIB, 'bounds.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [, instance, lb, ub, optimal] = line.split(',');
    bounds.set(instance!, { lb: Number(lb), ub: Number(ub), optimal: optimal === 'Y' });
  }
  return bounds;
}

/** j301_1 < j301_2 < ... < j3010_1: parameter group, then instance, as PSPLIB numbers them. */
function instanceKey(name: string): [number, number] {
  const m = /^j\d0?(\d+)_(\d+)\.sm$/.exec(name.replace(/^j(30|60|120)/, 'j0'));
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

function instances(set: string): string[] {
  const dir = join(PSPLIB, `${set}.sm`);
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.sm'))
    .sort((a, b) => {
      const [ga, ia] = instanceKey(a);
      const [gb, ib] = instanceKey(b);
      return ga - gb || ia - ib;
    });
  let chosen = all.slice(0, limit);
  if (sample < chosen.length) {
    const step = chosen.length / sample;
    chosen = Array.from({ length: sample }, (_, i) => chosen[Math.floor(i * step)]!);
  }
  return chosen.map((f) => join(dir, f));
}

async function runAll(jobs: Job[]): Promise<Outcome[]> {
  const results: Outcome[] = [];
  let next = 0;
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => {
    // A new thread cannot load TypeScript by itself (`--import tsx` is process-wide): register tsx first.
    const code = `import(${JSON.stringify(TSX)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY)}); })`;
    const worker = new Worker(code, { eval: true, workerData: 'psplib-worker' });
    return new Promise<void>((done, fail) => {
      const feed = () => worker.postMessage(next < jobs.length ? jobs[next++]! : null);
      worker.on('message', (outcome: Outcome) => {
        results.push(outcome);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', () => done());
      feed();
    });
  });
  await Promise.all(pool);
  return results;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const bounds = readBounds();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log('Gantry PSPLIB benchmark (single-mode RCPSP)');
console.log(`machine: ${cpu} × ${cpus().length} cores, Node ${process.version}, load ${loadavg()[0]!.toFixed(2)}`);
console.log(`budget: ${schedules.toLocaleString('en-US')} schedules per instance, seed ${seed}, ${workers} worker(s)`);
let failed = false;
for (const set of sets) {
  const files = instances(set);
  const started = performance.now();
  const outcomes = await runAll(files.map((file) => ({ file, schedules, seed })));
  const wall = (performance.now() - started) / 1000;
  const deviations: number[] = [];
  const bestKnown: number[] = [];
  const misses: string[] = [];
  let atReference = 0;
  for (const o of outcomes) {
    const name = o.file.split('/').at(-1)!;
    if (o.invalid) {
      console.error(`INVALID schedule for ${name}: ${o.invalid}`);
      failed = true;
    }
    const reference = set === 'j30' ? bounds.get(name)?.ub : o.criticalPath;
    if (reference === undefined) throw new Error(`${name}: no optimum in bounds.csv`);
    if (set === 'j30' && o.makespan < reference) {
      console.error(`${name}: makespan ${o.makespan} below the proven optimum ${reference}`);
      failed = true;
    }
    deviations.push(((o.makespan - reference) / reference) * 100);
    if (set === 'j30' && o.makespan > reference) misses.push(`${name} ${o.makespan}/${reference}`);
    const ub = bounds.get(name)?.ub;
    if (ub !== undefined) bestKnown.push(((ub - reference) / reference) * 100);
    if (o.makespan === (set === 'j30' ? reference : bounds.get(name)?.ub)) atReference++;
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const avg = mean(deviations);
  const ms = outcomes.map((o) => o.ms);
  const against = set === 'j30' ? 'the optimum' : 'the critical-path bound';
  console.log(
    `${set}: ${avg.toFixed(2)} % above ${against} over ${outcomes.length} instances; ` +
      `${atReference} at the ${set === 'j30' ? 'optimum' : 'best known'}; ` +
      `ms per instance median ${median(ms).toFixed(1)}, max ${Math.max(...ms).toFixed(1)}; ` +
      `schedules used median ${median(outcomes.map((o) => o.schedulesUsed))}; wall ${wall.toFixed(1)} s`,
  );
  if (workers === 1) {
    // One instance at a time: the process's CPU time is this instance's, whatever else loads the machine.
    const cpu = outcomes.map((o) => o.cpuMs);
    console.log(`  cpu ms per instance median ${median(cpu).toFixed(1)}, max ${Math.max(...cpu).toFixed(1)}`);
  }
  // The same instances' best-known makespans (bounds.csv) on the same scale: what a sample is worth.
  if (misses.length > 0) console.log(`  above the optimum: ${misses.sort().join(', ')}`);
  if (set !== 'j30') console.log(`  best known on these instances: ${mean(bestKnown).toFixed(2)} %`);
}
if (failed) {
  console.error('FAILED: invalid schedules above');
  process.exit(1);
}
