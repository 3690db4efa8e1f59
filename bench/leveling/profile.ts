/**
 * Where the time of `gantry level PLAN` goes, whole process: the TaskJuggler comparison's plan
 * (bench/leveling/problem.ts), `node --cpu-prof bin/gantry.cjs level plan.json --json` run
 * `--runs` times, each sample of V8's profiler given to the innermost part its stack is in, and
 * the mean milliseconds per part printed. The profiler samples the main thread's wall time (its
 * own overhead included), so the total is near the process's wall time on a quiet machine and
 * the shares are what to read on a busy one.
 *
 *   npx tsx bench/leveling/profile.ts [--tasks 5000] [--resources 100] [--runs 5] [--schedules S] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeJsonPlan } from '../../src/interop/json-plan-writer.js';
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
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'cli', 'bundle', 'level.js'))) {
  process.stderr.write('`gantry level` is not built: run `npm run build:server` first\n');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'gantry-level-profile-'));
const { plan, resources } = levelingProblem(Number(flags.tasks), Number(flags.resources));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, writeJsonPlan(plan, resources));

/**
 * Parts, innermost first: a sample belongs to the first part (in this order) any frame of its
 * stack names. Names are the functions' own (the bundle keeps them).
 */
const PARTS: readonly (readonly [part: string, functions: readonly string[]])[] = [
  ['garbage collection', ['(garbage collector)']],
  ['read the plan file (parse, check, convert)', ['readPlanFile']],
  ['compile + unleveled schedule', ['LevelingNetwork']],
  ['forward passes (serial decoder)', ['decode']],
  ['backward passes (right justification)', ['backwardOrder']],
  ['final schedule (engine, late dates, floats)', ['scheduleWith']],
  ['decoder set-up (day tables, keys, orders)', ['PlanDecoder']],
  ['search: lists, samples, genetic operators', ['levelPlan']],
  ['output (render, JSON, write)', ['renderScheduleJson', 'printOutput', 'levelPlanFile']],
];

const rest = 'start-up, module loading, the rest';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Milliseconds per part of one profile. */
function parts(profile: Profile): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    // The CLI's own `levelPlan` (level-command.ts) is the core's caller: only the core's counts as search.
    const frames: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f && !(f.functionName === 'levelPlan' && /level-command|\/level\.js/.test(f.url)))
        frames.push(f.functionName);
    }
    const part = PARTS.find(([, names]) => names.some((n) => frames.includes(n)))?.[0] ?? rest;
    out.set(part, (out.get(part) ?? 0) + ms);
  });

  return out;
}

const runs = Number(flags.runs);
const totals = new Map<string, number>();
const args = ['level', planFile, '--json', ...(flags.schedules ? ['--schedules', flags.schedules] : [])];
for (let r = 0; r < runs; r++) {
  const profDir = join(dir, `run${r}`);
  const child = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profDir, join(root, 'bin', 'gantry.cjs'), ...args],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`gantry level exited ${child.status}: ${child.stderr}`);
  for (const file of readdirSync(profDir)) {
    for (const [part, ms] of parts(JSON.parse(readFileSync(join(profDir, file), 'utf8')) as Profile))
      totals.set(part, (totals.get(part) ?? 0) + ms);
  }
}
const order = [...PARTS.map(([p]) => p), rest];
const sum = [...totals.values()].reduce((a, b) => a + b, 0) / runs;
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, node ${process.version}, load ${loadavg()[0]?.toFixed(2)}`,
);
console.log(
  `gantry ${args.join(' ').replace(planFile, 'plan.json')}: ${plan.tasks.length} tasks, mean of ${runs} profiled runs`,
);
for (const part of order) {
  const ms = (totals.get(part) ?? 0) / runs;
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / sum).toFixed(1).padStart(5)} %  ${part}`);
}
console.log(`${sum.toFixed(1).padStart(8)} ms          total (profiled main thread)`);
if (!flags.keep) rmSync(dir, { recursive: true, force: true });
