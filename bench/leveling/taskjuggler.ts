/**
 * Leveling against TaskJuggler 3 (issue 11, "Numbers"): one generated plan of 5,000 tasks and 100
 * resources (bench/leveling/problem.ts), written as a Gantry JSON plan with resources and as a
 * .tjp with `resource` and `allocate`, then, whole-process, alternating, under /usr/bin/time,
 *
 *   node bin/gantry.cjs level plan.json --json [--schedules S] > /dev/null
 *   tj3 --silent --no-reports plan.tjp
 *
 * and, for scale, `node bin/gantry.cjs schedule plan.json --json` (the same plan without leveling).
 * Medians of wall and CPU time (user + system) are printed: on a shared machine the wall time
 * follows the load, the CPU time much less.
 *
 * The same problem on both sides: the network's FS links, the same 5-day calendar as global
 * working hours, every non-milestone task worked by one resource at 100 % (fixed work in Gantry =
 * `effort` in TaskJuggler, efficiency 1, `limits { dailymax 8h }`). Differences that remain:
 * TaskJuggler books effort hour by hour and may interrupt a task when its resource is taken (an
 * effort task is split around other bookings; no TaskJuggler 3 attribute we found keeps an effort
 * task contiguous: `allocate` takes `mandatory`, `persistent`, `select`, `alternative`, `shifts`,
 * none of which forbids gaps), Gantry moves whole tasks (no splitting), so TaskJuggler solves the
 * easier problem; TaskJuggler computes no late dates. No modelling was changed for this
 * comparison: both sides get the same efforts, calendar and limits as before.
 *
 *   npm run bench:level-tj3 -- [--tasks 5000] [--resources 100] [--runs 5] [--schedules S] [--keep]
 *
 * Without --schedules Gantry searches its default budget (30 schedules, every forward and backward
 * pass counted): the priority rule's pass, forward-backward improvement from the unleveled
 * schedule, then a short genetic search (src/core/leveling/plan-leveling.ts). Where the time goes:
 * bench/leveling/profile.ts.
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
import { writeTjp } from '../schedule/tjp-writer.js';
import { levelingProblem } from './problem.js';

const { values: flags } = parseArgs({
  options: {
    tasks: { type: 'string', default: '5000' },
    resources: { type: 'string', default: '100' },
    runs: { type: 'string', default: '5' },
    schedules: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const [taskCount, resourceCount, runs] = [flags.tasks, flags.resources, flags.runs].map(Number) as [
  number,
  number,
  number,
];
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'gantry-level-tj3-'));
const tj3 = '/usr/bin/tj3';

function fail(message: string): never {
  process.stderr.write(`level-tj3 bench: ${message}\n(files kept in ${dir})\n`);
  process.exit(1);
}

interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly stdout: string;
}

/** Runs a command to completion under /usr/bin/time (for its CPU time). */
function timed(command: string, args: readonly string[], capture = false): Run {
  const stats = join(dir, 'time.txt');
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', stats, command, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0)
    fail(`\`${command} ${args.join(' ')}\` exited ${child.status ?? child.signal}:\n${child.stderr?.slice(0, 2000)}`);
  const [user, system] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return { wall, cpu: (user ?? Number.NaN) + (system ?? Number.NaN), stdout: child.stdout ?? '' };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

if (!existsSync(join(root, 'dist', 'cli', 'bundle', 'level.js')))
  fail('`gantry level` is not built: run `npm run build:server` first');
if (!existsSync('/usr/bin/time')) fail('needs /usr/bin/time (Debian: apt-get install time)');
const { plan, resources } = levelingProblem(taskCount, resourceCount);
const unleveled = schedulePlan(plan);
// TaskJuggler needs a project end: leveled plans run long, so give it five years past the unleveled finish.
const projectEnd = (Math.floor(unleveled.projectFinish / MINUTES_PER_DAY) + 5 * 366) * MINUTES_PER_DAY;
const jsonFile = join(dir, 'plan.json');
const tjpFile = join(dir, 'plan.tjp');
const tjpReportFile = join(dir, 'plan-report.tjp');
writeFileSync(jsonFile, writeJsonPlan(plan, resources));
const tjResources = {
  resources: resources.resources.map((r) => ({ id: r.id, name: r.name, maxUnits: 1 })),
  assignments: resources.assignments,
};
writeFileSync(tjpFile, writeTjp(plan, projectEnd, undefined, tjResources).text);
writeFileSync(tjpReportFile, writeTjp(plan, projectEnd, 'dates', tjResources).text);

const gantry = join(root, 'bin', 'gantry.cjs');
const levelArgs = [gantry, 'level', jsonFile, '--json', ...(flags.schedules ? ['--schedules', flags.schedules] : [])];
const scheduleArgs = [gantry, 'schedule', jsonFile, '--json'];
// The first run of each is untimed (file cache, CPU frequency) and gives the finish dates.
const ours = JSON.parse(timed(process.execPath, levelArgs, true).stdout) as {
  projectFinish: string;
  schedulesGenerated: number;
  conflicts: unknown[];
  tasks: { levelingDelayMinutes: number }[];
};
timed(process.execPath, scheduleArgs);
timed(tj3, ['--silent', '-o', dir, tjpReportFile]);
const csv = readFileSync(join(dir, 'dates.csv'), 'utf8').trim().split('\n').slice(1);
const tjFinish = csv
  .map((line) => line.split(';').map((c) => c.replaceAll('"', ''))[2] ?? '')
  .filter((d) => /^\d{4}-/.test(d))
  .sort()
  .at(-1) as string;

const loadBefore = loadavg()[0] ?? 0;
const levelRuns: Run[] = [];
const scheduleRuns: Run[] = [];
const tjRuns: Run[] = [];
for (let r = 0; r < runs; r++) {
  levelRuns.push(timed(process.execPath, levelArgs));
  scheduleRuns.push(timed(process.execPath, scheduleArgs));
  tjRuns.push(timed(tj3, ['--silent', '--no-reports', tjpFile]));
}
const line = (name: string, xs: readonly Run[]) =>
  `${name.padEnd(16)}${median(xs.map((x) => x.wall)).toFixed(3)} s wall  ${median(xs.map((x) => x.cpu)).toFixed(3)} s CPU   (wall: ${xs.map((x) => x.wall.toFixed(2)).join(' ')})`;
const delayed = ours.tasks.filter((x) => x.levelingDelayMinutes > 0).length;
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${platform()} ${release()}, node ${process.version}, load ${loadBefore.toFixed(2)} -> ${loadavg()[0]?.toFixed(2)}`,
);
console.log(`${spawnSync(tj3, ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0]}`);
console.log(
  `plan: ${plan.tasks.length} tasks, ${plan.links.length} links (FS), ${resourceCount} resources, ${resources.assignments.length} assignments; ${ours.schedulesGenerated} schedules; ${runs} runs each, alternating, median shown`,
);
console.log(line('gantry level', levelRuns));
console.log(line('tj3', tjRuns));
console.log(line('gantry schedule', scheduleRuns));
const ratio = (pick: (x: Run) => number) => median(tjRuns.map(pick)) / median(levelRuns.map(pick));
console.log(
  `ratio: Gantry is ${ratio((x) => x.wall).toFixed(1)}x faster in wall time, ${ratio((x) => x.cpu).toFixed(1)}x in CPU time (target >= 50x)`,
);
console.log(
  `finish: unleveled ${new Date(unleveled.projectFinish * 60000).toISOString().slice(0, 16)}, Gantry ${ours.projectFinish.slice(0, 16)} (${delayed} tasks delayed, ${ours.conflicts.length} conflicts), TaskJuggler ${tjFinish.slice(0, 16)} (target: Gantry no later)`,
);
if (!flags.keep) rmSync(dir, { recursive: true, force: true });
