/**
 * Whole-process comparison with TaskJuggler 3 (issue 3, point 11): the same generated network
 * (bench/schedule/generate.ts: ~2 links per task of all four types, leads and lags, a 5-day
 * calendar with holidays) written as a Gantry JSON plan and as a .tjp file, then
 *
 *   node bin/gantry.cjs schedule plan.json --format json --json > /dev/null
 *   tj3 --silent --no-reports plan.tjp
 *
 * each run `--runs` times, alternating, under /usr/bin/time for peak RSS; the medians are printed.
 * Process start-up, parsing and output are all inside the figures, on both sides. Gantry does
 * more work than TaskJuggler here (a backward pass, floats and the critical path, and all dates
 * printed as JSON; TaskJuggler computes no late dates and, with --no-reports, writes nothing).
 *
 *   npm run build:server && npx tsx bench/schedule/taskjuggler.ts [--tasks 5000] [--runs 5] [--keep]
 *
 * Link types TaskJuggler lacks are translated as bench/schedule/tjp-writer.ts explains; the
 * benchmark counts the links it had to approximate and checks the finish dates agree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { workCalendar } from '../../src/core/schedule/index.js';
import type { Calendar, Link, Plan } from '../../src/core/schedule/model.js';
import { schedulePlan } from '../../src/core/schedule/schedule.js';
import { formatLocalDateTime, MINUTES_PER_DAY, requireLocalDateTime } from '../../src/core/schedule/time.js';
import { writeJsonPlan } from '../../src/interop/json-plan-writer.js';
import { generatePlan } from './generate.js';
import { type TjDependency, writeTjp } from './tjp-writer.js';

interface Run {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

const { values: flags } = parseArgs({
  options: {
    tasks: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const taskCount = Number(flags.tasks);
const runs = Number(flags.runs);
if (!Number.isInteger(taskCount) || taskCount < 100 || !Number.isInteger(runs) || runs < 1) {
  throw new Error('usage: taskjuggler.ts [--tasks N (>= 100)] [--runs R (>= 1)] [--keep]');
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gantryBin = join(root, 'bin', 'gantry.cjs');
const tj3 = '/usr/bin/tj3';
const dir = mkdtempSync(join(tmpdir(), 'gantry-tj3-'));

function fail(message: string): never {
  process.stderr.write(`taskjuggler bench: ${message}\n(files kept in ${dir})\n`);
  process.exit(1);
}

/** Runs a command to completion under /usr/bin/time; stdout is discarded unless `capture`. */
function timed(command: string, args: readonly string[], capture = false): Run & { stdout: string } {
  const stats = join(dir, 'time.txt');
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', stats, command, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = child.stderr?.trim() ?? '';
  if (child.status !== 0 || stderr !== '') {
    fail(`\`${command} ${args.join(' ')}\` exited ${child.status ?? child.signal}:\n${stderr.slice(0, 2000)}`);
  }
  const [rssKB, user, system] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return {
    wallSeconds,
    cpuSeconds: (user ?? Number.NaN) + (system ?? Number.NaN),
    peakRssMB: (rssKB ?? Number.NaN) / 1024,
    stdout: child.stdout ?? '',
  };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const int = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const minute = (iso: string) => iso.slice(0, 16);

// 1. The network, written both ways.
const plan = generatePlan(taskCount);
const reference = schedulePlan(plan);
// TaskJuggler needs a project end; a year past Gantry's finish leaves room for any difference.
const projectEnd = (Math.floor(reference.projectFinish / MINUTES_PER_DAY) + 366) * MINUTES_PER_DAY;
const jsonFile = join(dir, 'plan.json');
const tjpFile = join(dir, 'plan.tjp');
const tjpReportFile = join(dir, 'plan-report.tjp');
writeFileSync(jsonFile, writeJsonPlan(plan));
const tjp = writeTjp(plan, projectEnd);
writeFileSync(tjpFile, tjp.text);
writeFileSync(tjpReportFile, writeTjp(plan, projectEnd, 'dates').text);

// 2. Once each with output, to check both really schedule and agree.
if (!existsSync(join(root, 'dist', 'cli', 'schedule-command.js'))) {
  fail('`gantry schedule` is not built: run `npm run build:server` first');
}
const gantryArgs = [gantryBin, 'schedule', jsonFile, '--format', 'json', '--json'];
const gantryOut = JSON.parse(timed(process.execPath, gantryArgs, true).stdout) as {
  projectFinish: string;
  tasks: { id: string; earlyFinish: string | null }[];
};
timed(tj3, ['--silent', '-o', dir, tjpReportFile]);
const tjEnd = new Map<string, string>();
for (const line of readFileSync(join(dir, 'dates.csv'), 'utf8').trim().split('\n').slice(1)) {
  const [id, , end] = line.split(';').map((cell) => cell.replaceAll('"', ''));
  if (id && end) tjEnd.set(id.slice(id.lastIndexOf('.') + 1), end); // ids are full paths
}
if (tjEnd.size !== plan.tasks.length) fail(`TaskJuggler reported ${tjEnd.size} of ${plan.tasks.length} tasks`);
const tjFinish = [...tjEnd.values()].sort().at(-1) as string; // ISO strings sort as dates
// Gantry on the very network TaskJuggler received (clamped links included): it must agree task by task.
const translated: Plan = {
  ...plan,
  links: tjp.dependencies.map(
    (d: TjDependency): Link => ({
      predecessorId: d.predecessorId,
      successorId: d.successorId,
      type: d.onStart ? 'SS' : 'FS',
      ...(d.gapMinutes > 0 ? { lag: { kind: 'working', minutes: d.gapMinutes } } : {}),
    }),
  ),
};
const onTranslated = schedulePlan(translated);
// A milestone may sit at 17:00 in one tool and 08:00 the next working day in the other: same working
// instant. So dates agree when no working time lies between them.
const calendar = workCalendar(plan.calendars.find((c) => c.id === plan.defaultCalendarId) as Calendar);
let sameFinish = 0;
let sameInstant = 0;
const differing: string[] = [];
plan.tasks.forEach((t, i) => {
  const ours = onTranslated.earlyFinish[i] as number;
  const theirs = requireLocalDateTime(tjEnd.get(t.id) ?? '', `TaskJuggler end of ${t.id}`);
  if (theirs === ours) sameFinish++;
  else if (calendar.workBetween(ours, theirs) === 0) sameInstant++;
  else differing.push(`${t.id} ${minute(formatLocalDateTime(ours))} vs ${tjEnd.get(t.id)}`);
});

// 3. The timed runs, alternating so that load from other work on the machine hits both alike.
const tjArgs = ['--silent', '--no-reports', tjpFile];
const loadBefore = loadavg();
const gantryRuns: Run[] = [];
const tjRuns: Run[] = [];
for (let r = 0; r < runs; r++) {
  gantryRuns.push(timed(process.execPath, gantryArgs));
  tjRuns.push(timed(tj3, tjArgs));
}

// 4. Report.
const cpu = cpus()[0]?.model ?? 'unknown cpu';
const tjVersion = spawnSync(tj3, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log('Gantry vs TaskJuggler: whole process, same network');
console.log(`machine: ${cpu} × ${cpus().length} cores, ${platform()} ${release()}`);
console.log(`software: Node ${process.version}, ${tjVersion}`);
const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' ');
console.log(`load average: ${load(loadBefore)} before the timed runs, ${load(loadavg())} after`);
console.log(
  `network: ${int(plan.tasks.length)} tasks, ${int(plan.links.length)} links (${(plan.links.length / plan.tasks.length).toFixed(2)} per task)`,
);
console.log(
  `  in TaskJuggler: ${int(tjp.exact)} FS/SS as is, ${int(tjp.rewritten)} FF/SF/leads rewritten exactly, ${int(tjp.clamped)} clamped to SS+0 (no negative gap in TaskJuggler); ${int(tjp.merged)} duplicate pairs merged into one depends (exact)`,
);
console.log(`runs: ${runs} each, alternating, median shown${flags.keep ? `; files kept in ${dir}` : ''}`);
console.log('');
const row = (name: string, rs: readonly Run[]) => {
  const wall = median(rs.map((r) => r.wallSeconds));
  console.log(
    `${name.padEnd(12)} ${wall.toFixed(3).padStart(7)} s wall  ${median(rs.map((r) => r.cpuSeconds))
      .toFixed(2)
      .padStart(6)} s cpu  ${int(plan.tasks.length / wall).padStart(8)} tasks/s  ${median(rs.map((r) => r.peakRssMB))
      .toFixed(0)
      .padStart(5)} MB peak RSS   (walls: ${rs.map((r) => r.wallSeconds.toFixed(2)).join(' ')})`,
  );
  return wall;
};
const gantryWall = row('gantry', gantryRuns);
const tjWall = row('taskjuggler', tjRuns);
const ratio = tjWall / gantryWall;
console.log(`ratio TaskJuggler/Gantry: ${ratio.toFixed(1)}× (target ≥ 15×: ${ratio >= 15 ? 'met' : 'NOT met'})`);
console.log('');
console.log(`project finish: Gantry ${minute(gantryOut.projectFinish)}, TaskJuggler ${tjFinish}`);
console.log(
  gantryOut.projectFinish.startsWith(tjFinish)
    ? '  identical.'
    : `  they differ because ${int(tjp.clamped)} links could not be written exactly and were clamped (later); Gantry on the network as written for TaskJuggler finishes ${minute(formatLocalDateTime(onTranslated.projectFinish))}.`,
);
console.log(
  `  task by task on the network as written for TaskJuggler: ${int(sameFinish)} finish dates identical, ${int(sameInstant)} at the same working instant (e.g. 17:00 vs 08:00 next working day), ${int(differing.length)} different${differing.length ? `: ${differing.slice(0, 5).join(', ')}` : ''}`,
);
console.log('');
console.log(`commands: node bin/gantry.cjs ${gantryArgs.slice(1).join(' ')} > /dev/null`);
console.log(`          tj3 ${tjArgs.join(' ')}`);
if (!flags.keep) rmSync(dir, { recursive: true, force: true });
