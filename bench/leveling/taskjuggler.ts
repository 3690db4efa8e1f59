/**
 * Leveling against TaskJuggler 3 (issue 11, "Numbers"): one generated plan of 5,000 tasks and 100
 * resources, written as a Gantry JSON plan with resources and as a .tjp with `resource` and
 * `allocate`, then, whole-process, alternating,
 *
 *   node bin/gantry.cjs level plan.json --json --schedules S > /dev/null
 *   tj3 --silent --no-reports plan.tjp
 *
 * The same problem on both sides: the network of bench/schedule/generate.ts with its FS and SS
 * links (FF and SF links are dropped and leads become 0: with effort-driven tasks TaskJuggler's
 * rewriting of them through the successor's length, tjp-writer.ts, no longer holds), the same
 * 5-day calendar as global working hours, every non-milestone task worked by one resource at 100 %
 * (fixed work in Gantry = `effort` in TaskJuggler, efficiency 1, `limits { dailymax 8h }`).
 * Differences that remain: TaskJuggler books effort hour by hour and may interrupt a task when its
 * resource is taken (an effort task is split around other bookings; no TaskJuggler 3 attribute we
 * found keeps an effort task contiguous: `allocate` takes `mandatory`, `persistent`, `select`,
 * `alternative`, `shifts`, none of which forbids gaps), Gantry moves whole tasks (no splitting),
 * so TaskJuggler solves the easier problem; TaskJuggler computes no late dates. No modelling was
 * changed for this comparison: both sides get the same efforts, calendar and limits as before.
 *
 *   npm run bench:level-tj3 -- [--tasks 5000] [--resources 100] [--runs 5] [--schedules 300] [--keep]
 *
 * Gantry's search is the genetic algorithm over the plan decoder with justification: its finish
 * depends on --schedules (about 5 ms a forward pass at 5,000 tasks, 7 ms a backward one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PlanResources } from '../../src/core/resources/model.js';
import type { Plan } from '../../src/core/schedule/model.js';
import { schedulePlan } from '../../src/core/schedule/schedule.js';
import { MINUTES_PER_DAY } from '../../src/core/schedule/time.js';
import { writeJsonPlan } from '../../src/interop/json-plan-writer.js';
import { generatePlan, prng } from '../schedule/generate.js';
import { writeTjp } from '../schedule/tjp-writer.js';

const { values: flags } = parseArgs({
  options: {
    tasks: { type: 'string', default: '5000' },
    resources: { type: 'string', default: '100' },
    runs: { type: 'string', default: '5' },
    schedules: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});
const [taskCount, resourceCount, runs, schedules] = [flags.tasks, flags.resources, flags.runs, flags.schedules].map(
  Number,
) as [number, number, number, number];
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'gantry-level-tj3-'));
const tj3 = '/usr/bin/tj3';

function fail(message: string): never {
  process.stderr.write(`level-tj3 bench: ${message}\n(files kept in ${dir})\n`);
  process.exit(1);
}

/** The generated network with only FS/SS links and no leads, and one resource per working task. */
function problem(): { plan: Plan; resources: PlanResources } {
  const generated = generatePlan(taskCount);
  const plan: Plan = {
    ...generated,
    links: generated.links
      .filter((l) => l.type === 'FS')
      .map((l) => ({
        ...l,
        lag: { kind: 'working', minutes: Math.max(0, l.lag?.kind === 'working' ? l.lag.minutes : 0) },
      })),
  };
  const random = prng(7);
  const parents = new Set(plan.tasks.map((t) => t.parentId));
  const resources = Array.from({ length: resourceCount }, (_, k) => ({
    id: `r${k}`,
    code: `r${k}`,
    name: `Resource ${k}`,
    kind: 'person' as const,
    calendarId: null,
    maxUnits: [],
    rates: [],
  }));
  const assignments = plan.tasks
    .filter((t) => !parents.has(t.id) && !t.milestone && t.durationMinutes > 0)
    .map((t, i) => ({
      id: `a${i}`,
      taskId: t.id,
      resourceId: `r${Math.floor(random() * resourceCount)}`,
      units: 1,
      workMinutes: t.durationMinutes,
      actualWorkMinutes: 0,
      remainingWorkMinutes: null,
      levelingDelayMinutes: 0,
    }));
  return { plan, resources: { resources, assignments } };
}

function timed(command: string, args: readonly string[], capture = false): { wall: number; stdout: string } {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0)
    fail(`\`${command} ${args.join(' ')}\` exited ${child.status ?? child.signal}:\n${child.stderr?.slice(0, 2000)}`);
  return { wall, stdout: child.stdout ?? '' };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

if (!existsSync(join(root, 'dist', 'cli', 'level-plan.js')))
  fail('`gantry level` is not built: run `npm run build:server` first');
const { plan, resources } = problem();
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

const gantryArgs = [join(root, 'bin', 'gantry.cjs'), 'level', jsonFile, '--json', '--schedules', String(schedules)];
const ours = JSON.parse(timed(process.execPath, gantryArgs, true).stdout) as {
  projectFinish: string;
  conflicts: unknown[];
  tasks: { levelingDelayMinutes: number }[];
};
timed(tj3, ['--silent', '-o', dir, tjpReportFile]);
const csv = readFileSync(join(dir, 'dates.csv'), 'utf8').trim().split('\n').slice(1);
const tjFinish = csv
  .map((line) => line.split(';').map((c) => c.replaceAll('"', ''))[2] ?? '')
  .filter((d) => /^\d{4}-/.test(d))
  .sort()
  .at(-1) as string;

const gantryRuns: number[] = [];
const tjRuns: number[] = [];
for (let r = 0; r < runs; r++) {
  gantryRuns.push(timed(process.execPath, gantryArgs).wall);
  tjRuns.push(timed(tj3, ['--silent', '--no-reports', tjpFile]).wall);
}
const [g, t] = [median(gantryRuns), median(tjRuns)];
const delayed = ours.tasks.filter((x) => x.levelingDelayMinutes > 0).length;
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${platform()} ${release()}, node ${process.version}, load ${loadavg()[0]?.toFixed(2)}`,
);
console.log(`${spawnSync(tj3, ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0]}`);
console.log(
  `plan: ${plan.tasks.length} tasks, ${plan.links.length} links (FS), ${resourceCount} resources, ${resources.assignments.length} assignments; ${schedules} schedules; ${runs} runs each, alternating, median shown`,
);
console.log(`gantry level   ${g.toFixed(3)} s wall   (runs: ${gantryRuns.map((x) => x.toFixed(2)).join(' ')})`);
console.log(`tj3            ${t.toFixed(3)} s wall   (runs: ${tjRuns.map((x) => x.toFixed(2)).join(' ')})`);
console.log(`ratio: Gantry is ${(t / g).toFixed(1)}x faster (target >= 50x)`);
console.log(
  `finish: unleveled ${new Date(unleveled.projectFinish * 60000).toISOString().slice(0, 16)}, Gantry ${ours.projectFinish.slice(0, 16)} (${delayed} tasks delayed, ${ours.conflicts.length} conflicts), TaskJuggler ${tjFinish.slice(0, 16)} (target: Gantry no later)`,
);
if (!flags.keep) rmSync(dir, { recursive: true, force: true });
