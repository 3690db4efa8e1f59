/**
 * Scheduling benchmark (issue 3, point 11): generated networks of 10k, 100k and 1M tasks, about two
 * links per task of all four types, on a 5-day calendar with holidays. Each size runs in its own
 * Node process pinned to one core (taskset, when present) with the V8 heap capped at 1.5 GB, so a
 * run that needed more would fail rather than pass quietly.
 *
 *   npx tsx bench/schedule/run.ts            # 10k, 100k, 1M
 *   npx tsx bench/schedule/run.ts 10000      # one size
 *
 * Figures: compile = validate + resolve ids + build the network + topological order; run =
 * forward and backward pass, total and free float, critical path, summary roll-up, warnings.
 * Cold is the first schedule in the process, warm the best of three more. CPU time is shown
 * beside wall time because this machine is shared: when other work competes for the cores, wall
 * time grows but CPU time does not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

interface Report {
  size: number;
  links: number;
  generation: Timing;
  cold: { compile: Timing; run: Timing };
  warm: { compile: Timing; run: Timing };
  projectFinish: string;
  criticalTasks: number;
  peakHeapMB: number;
  peakTypedArraysMB: number;
  maxRssMB: number;
  incrementalMs: number[];
}

const here = dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
const runSizes = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];

const hasTaskset = spawnSync('taskset', ['--version']).status === 0;
const cpu = cpus()[0];
console.log('Gantry scheduling benchmark');
console.log(
  `machine: ${cpu?.model ?? 'unknown cpu'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB`,
);
console.log(
  `system: ${platform()} ${release()}, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(`isolation: one process per size, V8 heap capped at 1536 MB${hasTaskset ? ', pinned to core 0' : ''}`);
console.log('');

const ms = (t: Timing) => `${t.wallMs.toFixed(0)} ms (cpu ${t.cpuMs.toFixed(0)})`;
const rate = (n: number, t: number) => `${((n / t) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })}/s`;

for (const size of runSizes) {
  const node = [
    '--max-old-space-size=1536',
    '--import',
    'tsx',
    join(here, 'worker.ts'),
    String(size),
    ...(size === 100_000 ? ['--incremental'] : []),
  ];
  const command = hasTaskset ? 'taskset' : process.execPath;
  const args = hasTaskset ? ['-c', '0', process.execPath, ...node] : node;
  const out = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out.trim().split('\n').at(-1) as string) as Report;
  const coldTotal = r.cold.compile.wallMs + r.cold.run.wallMs;
  const warmTotal = r.warm.compile.wallMs + r.warm.run.wallMs;
  console.log(`${r.size.toLocaleString('en-US')} tasks, ${r.links.toLocaleString('en-US')} links`);
  console.log(`  cold: compile ${ms(r.cold.compile)} + run ${ms(r.cold.run)} = ${coldTotal.toFixed(0)} ms`);
  console.log(`  warm: compile ${ms(r.warm.compile)} + run ${ms(r.warm.run)} = ${warmTotal.toFixed(0)} ms`);
  console.log(
    `  tasks/second: ${rate(r.size, coldTotal)} cold end-to-end, ${rate(r.size, r.warm.run.wallMs)} warm run`,
  );
  console.log(
    `  memory: peak heap ${r.peakHeapMB.toFixed(0)} MB (plan objects included), typed arrays ${r.peakTypedArraysMB.toFixed(0)} MB, max RSS ${r.maxRssMB.toFixed(0)} MB`,
  );
  console.log(`  project finish ${r.projectFinish}, ${r.criticalTasks.toLocaleString('en-US')} critical tasks`);
  if (r.incrementalMs.length > 0) {
    const sorted = [...r.incrementalMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    console.log(
      `  one-task change rescheduled: median ${median.toFixed(1)} ms, max ${(sorted.at(-1) as number).toFixed(1)} ms over ${sorted.length} changes`,
    );
  }
  console.log('');
}
