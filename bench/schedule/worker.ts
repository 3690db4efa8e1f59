/**
 * One benchmark size in its own process (so heap figures are its own): generates the network,
 * schedules it cold and warm, and for `--incremental` times single-task changes. Prints one JSON
 * line. Run by run.ts; by hand: npx tsx bench/schedule/worker.ts 100000 --incremental
 */
import { createScheduler } from '../../src/core/schedule/incremental.js';
import type { ScheduleResult } from '../../src/core/schedule/model.js';
import { compilePlan, expandSummaries, runSchedule } from '../../src/core/schedule/schedule.js';
import { formatLocalDateTime } from '../../src/core/schedule/time.js';
import { generatePlan, prng } from './generate.js';

const size = Number(process.argv[2] ?? 10_000);
const incremental = process.argv.includes('--incremental');

let peakHeap = 0;
let peakExternal = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.arrayBuffers);
};

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed<T>(f: () => T): [T, Timing] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = f();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  sample();
  return [value, { wallMs, cpuMs: (used.user + used.system) / 1000 }];
}

const [plan, generation] = timed(() => generatePlan(size));
sample();

/** Compile (validate, resolve ids, CSR, topological order) then run (passes, floats, critical, roll-up). */
function scheduleOnce(): { compile: Timing; run: Timing; result: ScheduleResult } {
  const [compiled, compile] = timed(() => {
    const c = compilePlan(plan);
    expandSummaries(c);
    return c;
  });
  const [result, run] = timed(() => runSchedule(compiled));
  return { compile, run, result };
}

const cold = scheduleOnce();
const warm = [scheduleOnce(), scheduleOnce(), scheduleOnce()];
const best = (pick: (r: ReturnType<typeof scheduleOnce>) => Timing) =>
  warm.map(pick).reduce((a, b) => (a.wallMs <= b.wallMs ? a : b));

let changes: number[] = [];
if (incremental) {
  const scheduler = createScheduler(plan);
  const random = prng(7);
  const leaves = plan.tasks.filter((t) => t.id.startsWith('T'));
  changes = Array.from({ length: 30 }, () => {
    const target = leaves[Math.floor(random() * leaves.length)] as (typeof leaves)[number];
    const minutes = (1 + Math.floor(random() * 15)) * 480;
    const [, t] = timed(() => scheduler.update([{ id: target.id, durationMinutes: minutes }]));
    return t.wallMs;
  });
}

const result = cold.result;
let critical = 0;
for (let i = 0; i < result.critical.length; i++)
  critical += result.summary[i] === 1 ? 0 : (result.critical[i] as number);
console.log(
  JSON.stringify({
    size,
    links: plan.links.length,
    generation,
    cold: { compile: cold.compile, run: cold.run },
    warm: { compile: best((r) => r.compile), run: best((r) => r.run) },
    projectFinish: formatLocalDateTime(result.projectFinish),
    criticalTasks: critical,
    peakHeapMB: peakHeap / 2 ** 20,
    peakTypedArraysMB: peakExternal / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    incrementalMs: changes,
  }),
);
