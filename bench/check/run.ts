/**
 * `gantry check` on a real schedule, whole process: start-up, reading the XER, scheduling, the 14
 * DCMA checks (check 12 schedules a delayed copy once more) and printing the table. The file is
 * the 3,994-activity SP10 P6 export from the shared oracle (../shared/oracle/p6, never copied into
 * the repository; GANTRY_ORACLE_DIR points elsewhere). Prints the per-check figures, the median of `--runs` runs (>= 7) next to the
 * floor `node -e 0`, and the machine. Target (issue 10): <= 0.5 s on a quiet 2-core machine.
 *
 *   npm run bench:check -- [--runs 9] [--file path.xer]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { oraclePath } from '../../src/test-support/oracle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    file: { type: 'string', default: oraclePath('p6', 'sp10-cost-loaded.xer') },
  },
});
const runs = Number(flags.runs);
const file = flags.file as string;
if (!Number.isInteger(runs) || runs < 7) throw new Error('usage: run.ts [--runs R (>= 7)] [--file path]');
if (!existsSync(file)) throw new Error(`no ${file}: the shared oracle is not on this machine`);
if (!existsSync(join(root, 'dist', 'cli', 'bundle', 'check.js'))) throw new Error('not built: npm run build:server');

const gantry = join(root, 'bin', 'gantry');

/** Wall-clock seconds of one whole process; exit 0 (all pass) and 1 (a check fails) are both answers. */
function timed(command: string, args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return seconds;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// 1. The figures themselves.
const json = spawnSync(gantry, ['check', file, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const { checks } = JSON.parse(json.stdout) as {
  checks: { id: number; key: string; count: number; total: number; value: number | null; pass: boolean | null }[];
};
console.log(`gantry check ${file}\n`);
console.log('id  key                 count/total      value  pass');
for (const c of checks) {
  const pass = c.pass === null ? 'n.a.' : c.pass ? 'PASS' : 'FAIL';
  console.log(
    `${String(c.id).padStart(2)}  ${c.key.padEnd(18)}  ${`${c.count}/${c.total}`.padStart(11)}  ${String(c.value ?? '-').padStart(9)}  ${pass}`,
  );
}

// 2. Timed runs, in turn with the floor, after one untimed warm-up each.
const commands = [
  { name: 'gantry check SP10 (whole process)', command: gantry, args: ['check', file], targetSeconds: 0.5 },
  // The same file only scheduled: what the checks add on top of reading and scheduling.
  { name: 'reference: gantry schedule SP10', command: gantry, args: ['schedule', file, '--json'] },
  { name: 'floor: node -e 0', command: process.execPath, args: ['-e', '0'] },
];
for (const c of commands) timed(c.command, c.args);
const load = loadavg()[0];
const times = commands.map(() => [] as number[]);
for (let r = 0; r < runs; r++) {
  commands.forEach((c, i) => {
    times[i]?.push(timed(c.command, c.args));
  });
}

console.log(`\nmedian of ${runs} runs`);
commands.forEach((c, i) => {
  const m = median(times[i] as number[]);
  const verdict =
    c.targetSeconds === undefined
      ? ''
      : m <= c.targetSeconds
        ? `  (target <= ${c.targetSeconds} s: met)`
        : `  (target <= ${c.targetSeconds} s: MISSED)`;
  console.log(
    `${c.name.padEnd(36)} ${m.toFixed(3)} s  [min ${Math.min(...(times[i] as number[])).toFixed(3)}]${verdict}`,
  );
});
console.log(
  `\nmachine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${platform()} ${release()}, node ${process.version}, load ${load?.toFixed(2)} -> ${loadavg()[0]?.toFixed(2)}`,
);
