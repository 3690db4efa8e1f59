/**
 * Events benchmark: what appending events to the outbox (and fanning them out) costs the writes
 * that append them. Runs the same open-loop write load (bench/events/workload.ts: charter edits,
 * one event each) against two source trees: this one with its event dispatcher running, and a
 * baseline without events. By default the baseline is this very tree with `appendEvents` made a
 * no-op, so the two differ in the events alone; `--baseline <commit>` takes an older tree instead
 * (e.g. the one before events existed), extracted with `git archive`, which also differs in
 * everything else that changed since. Runs alternate (baseline, events, baseline, events…) so a
 * busy machine weighs on both alike; prints each run, the median p99 of each side and the rise in
 * per cent, and the median CPU time per write, which the machine's other load disturbs less.
 *
 *   npm run bench:events -- [--rate 1000] [--seconds 20] [--rounds 3] [--dialect sqlite|postgres] [--baseline <commit>]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    dialect: { type: 'string', default: 'sqlite' },
    baseline: { type: 'string' },
  },
});
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const baselineDir = mkdtempSync(join(tmpdir(), 'gantry-bench-baseline-'));
let baselineName: string;
if (values.baseline) {
  baselineName = `${git('rev-parse', values.baseline).slice(0, 10)} (an older tree)`;
  execFileSync('sh', ['-c', `git archive ${values.baseline} src package.json | tar -x -C ${baselineDir}`], {
    cwd: ROOT,
  });
} else {
  baselineName = 'this tree with appendEvents a no-op';
  cpSync(join(ROOT, 'src'), join(baselineDir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(baselineDir, 'package.json'));
  const outbox = join(baselineDir, 'src/services/events/outbox.ts');
  const guard = 'if (events.length === 0) return [];';
  const code = readFileSync(outbox, 'utf8');
  if (!code.includes(guard)) throw new Error(`cannot turn events off: ${outbox} no longer has "${guard}"`);
  writeFileSync(outbox, code.replace(guard, 'return []; // the benchmark baseline: no events'));
}
symlinkSync(join(ROOT, 'node_modules'), join(baselineDir, 'node_modules'));

interface Result {
  writes: number;
  failures: number;
  writesPerSecond: number;
  eventsPerSecond: number;
  undispatchedAtEnd: number;
  cpuMsPerWrite: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

function run(src: string, dispatch: boolean): Result {
  const args = [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'bench/events/workload.ts'),
    '--src',
    src,
    '--dialect',
    String(values.dialect),
    '--rate',
    String(values.rate),
    '--seconds',
    String(values.seconds),
    ...(dispatch ? ['--dispatch'] : []),
  ];
  const out = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: process.env });
  const line = out.stdout.trim().split('\n').at(-1) ?? '';
  if (out.status !== 0 || !line.startsWith('{')) throw new Error(`workload failed:\n${out.stdout}\n${out.stderr}`);
  return JSON.parse(line) as Result;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const show = (label: string, r: Result) =>
  console.log(
    `${label.padEnd(10)} ${r.writesPerSecond.toFixed(0).padStart(5)} writes/s ${r.eventsPerSecond.toFixed(0).padStart(5)} events/s  ` +
      `p50 ${ms(r.p50)}  p90 ${ms(r.p90)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  ` +
      `cpu ${r.cpuMsPerWrite.toFixed(2)} ms/write  failed ${r.failures}  not dispatched at the end ${r.undispatchedAtEnd}`,
  );
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log(
  `Gantry events benchmark: node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GB, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
console.log(
  `${values.dialect}, ${values.rate} charter edits/s for ${values.seconds} s, ${values.rounds} rounds; ` +
    `baseline: ${baselineName}, against this tree (outbox + dispatcher)\n`,
);
const baseline: Result[] = [];
const events: Result[] = [];
try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    baseline.push(run(join(baselineDir, 'src'), false));
    show('baseline', baseline.at(-1) as Result);
    events.push(run(join(ROOT, 'src'), true));
    show('events', events.at(-1) as Result);
  }
} finally {
  rmSync(baselineDir, { recursive: true, force: true });
}
const p99Base = median(baseline.map((r) => r.p99));
const p99Events = median(events.map((r) => r.p99));
console.log(
  `\nmedian p99: baseline ${ms(p99Base)}, with events ${ms(p99Events)}: ` +
    `${(((p99Events - p99Base) / p99Base) * 100).toFixed(1)} % ` +
    `(median events/s ${median(events.map((r) => r.eventsPerSecond)).toFixed(0)}); median CPU per write ` +
    `${median(baseline.map((r) => r.cpuMsPerWrite)).toFixed(2)} -> ${median(events.map((r) => r.cpuMsPerWrite)).toFixed(2)} ms; load now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
