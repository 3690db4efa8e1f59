/**
 * `gantry` as a command people run in loops: whole-process time of
 *
 *   bin/gantry --version
 *   bin/gantry schedule plan.json --json > /dev/null   (Gantry JSON plan)
 *   bin/gantry schedule plan.xml --json > /dev/null    (MS Project XML, MSPDI)
 *   tj3 --silent --no-reports plan.tjp                          (TaskJuggler, same network)
 *
 * on one generated network (bench/schedule/generate.ts: ~2 links per task of all four types, leads
 * and lags, a 5-day calendar with holidays) written in the three formats. The commands run in turn,
 * `--runs` times each, so that load from other work hits all alike; medians are printed with the
 * ratio TaskJuggler / Gantry and the machine. Start-up, reading, scheduling and output are all
 * inside the figures. Targets from the hardening issue: JSON <= 150 ms, MSPDI <= 250 ms, --version
 * <= 60 ms, on a quiet 2-core machine.
 *
 *   npm run bench:cli -- [--tasks 5000] [--runs 9] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { schedulePlan } from '../../src/core/schedule/schedule.js';
import { MINUTES_PER_DAY } from '../../src/core/schedule/time.js';
import { writeJsonPlan } from '../../src/interop/json-plan-writer.js';
import { writeMspdi } from '../../src/interop/mspdi/mspdi-writer.js';
import { generatePlan } from '../schedule/generate.js';
import { writeTjp } from '../schedule/tjp-writer.js';

const { values: flags } = parseArgs({
  options: {
    tasks: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '9' },
    keep: { type: 'boolean', default: false },
  },
});
const taskCount = Number(flags.tasks);
const runs = Number(flags.runs);
if (!Number.isInteger(taskCount) || taskCount < 100 || !Number.isInteger(runs) || runs < 1) {
  throw new Error('usage: startup.ts [--tasks N (>= 100)] [--runs R (>= 1)] [--keep]');
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'gantry-cli-bench-'));
const tj3 = '/usr/bin/tj3';

function fail(message: string): never {
  process.stderr.write(`cli bench: ${message}\n(files kept in ${dir})\n`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist', 'cli', 'bundle', 'schedule.js')))
  fail('not built: run `npm run build:server` first');

interface Run {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMB: number;
}

/** Runs a command to completion under /usr/bin/time (for CPU time and peak RSS); its stdout is discarded. */
function timed(command: string, args: readonly string[]): Run {
  const stats = join(dir, 'time.txt');
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', stats, command, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0)
    fail(`\`${command} ${args.join(' ')}\` exited ${child.status ?? child.signal}:\n${child.stderr}`);
  const [rssKB, user, system] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return { wallSeconds, cpuSeconds: (user ?? Number.NaN) + (system ?? Number.NaN), peakRssMB: (rssKB ?? 0) / 1024 };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// 1. One network, three files.
const plan = generatePlan(taskCount);
const result = schedulePlan(plan);
const files = {
  json: join(dir, 'plan.json'),
  mspdi: join(dir, 'plan.xml'),
  tjp: join(dir, 'plan.tjp'),
  output: join(dir, 'schedule.json'),
};
writeFileSync(files.json, writeJsonPlan(plan));
writeFileSync(files.mspdi, writeMspdi(plan, result));
const projectEnd = (Math.floor(result.projectFinish / MINUTES_PER_DAY) + 366) * MINUTES_PER_DAY;
writeFileSync(files.tjp, writeTjp(plan, projectEnd).text);

// The command npm links as `gantry` (a shell launcher that starts Node for everything but --version).
const gantry = join(root, 'bin', 'gantry');
const commands: readonly { name: string; command: string; args: string[]; targetMs?: number }[] = [
  { name: 'gantry --version', command: gantry, args: ['--version'], targetMs: 60 },
  { name: 'gantry schedule JSON', command: gantry, args: ['schedule', files.json, '--json'], targetMs: 150 },
  { name: 'gantry schedule MSPDI', command: gantry, args: ['schedule', files.mspdi, '--json'], targetMs: 250 },
  { name: 'tj3 (TaskJuggler)', command: tj3, args: ['--silent', '--no-reports', files.tjp] },
  // What any Node program pays before scheduling anything: starting, and reading the plan and
  // writing the same output with the built-in JSON functions. Against these the targets are read.
  { name: 'floor: node -e 0', command: process.execPath, args: ['-e', '0'] },
  {
    name: 'floor: JSON in and out',
    command: process.execPath,
    args: [
      '-e',
      "const fs = require('node:fs'); JSON.parse(fs.readFileSync(process.argv[1], 'utf8')); process.stdout.write(JSON.stringify(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))));",
      files.json,
      files.output,
    ],
  },
];

// 2. Both Gantry outputs must agree before anything is timed (the two readers, one network).
const finishOf = (file: string) => {
  const r = spawnSync(gantry, ['schedule', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) fail(`gantry schedule ${file} exited ${r.status}:\n${r.stderr}`);
  writeFileSync(files.output, r.stdout);
  return (JSON.parse(r.stdout) as { projectFinish: string }).projectFinish;
};
const finishes = [finishOf(files.json), finishOf(files.mspdi)];
if (finishes[0] !== finishes[1]) fail(`JSON and MSPDI schedule differently: ${finishes.join(' vs ')}`);

// 3. Timed runs, in turn, after one untimed warm-up each (file cache, CPU frequency).
for (const c of commands) timed(c.command, c.args);
const loadBefore = loadavg();
const times = commands.map(() => [] as Run[]);
for (let r = 0; r < runs; r++) {
  commands.forEach((c, i) => {
    times[i]?.push(timed(c.command, c.args));
  });
}

// 4. Report.
const tjVersion = spawnSync(tj3, ['--version'], { encoding: 'utf8' }).stdout.trim();
const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' ');
console.log('gantry CLI start-up: whole process, one network in three formats');
console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length} cores, ${platform()} ${release()}`);
console.log(`software: Node ${process.version}, ${tjVersion}`);
console.log(`load average: ${load(loadBefore)} before the timed runs, ${load(loadavg())} after`);
console.log(`network: ${plan.tasks.length} tasks, ${plan.links.length} links; project finish ${finishes[0]}`);
console.log(`runs: ${runs} each, in turn, median shown${flags.keep ? `; files kept in ${dir}` : ''}`);
console.log('');
const walls = commands.map((c, i) => {
  const rs = times[i] as Run[];
  const wall = median(rs.map((r) => r.wallSeconds));
  const target =
    c.targetMs === undefined ? '' : `  target ≤ ${c.targetMs} ms: ${wall * 1000 <= c.targetMs ? 'met' : 'NOT met'}`;
  console.log(
    `${c.name.padEnd(22)} ${(wall * 1000).toFixed(0).padStart(6)} ms wall ${(median(rs.map((r) => r.cpuSeconds)) * 1000)
      .toFixed(0)
      .padStart(6)} ms cpu ${median(rs.map((r) => r.peakRssMB))
      .toFixed(0)
      .padStart(5)} MB peak${target}`,
  );
  return wall;
});
const [, jsonWall = 1, mspdiWall = 1, tjWall = 0] = walls;
console.log('');
console.log(
  `ratio TaskJuggler / Gantry: ${(tjWall / jsonWall).toFixed(1)}× from JSON, ${(tjWall / mspdiWall).toFixed(1)}× from MSPDI`,
);
console.log('');
for (const c of commands)
  console.log(
    `command: ${[c.command, ...c.args.map((a) => (a.length > 60 ? `'${a.slice(0, 40)}…'` : a))]
      .join(' ')
      .replaceAll(dir, '$DIR')
      .replaceAll(root, '.')
      .replace(tj3, 'tj3')
      .replace(process.execPath, 'node')}`,
  );
if (!flags.keep) rmSync(dir, { recursive: true, force: true });
