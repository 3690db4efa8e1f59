import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGantry } from '../test-support/spawn.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Jobs 2 and 3 need 2 of the 3 units of R 1 each, so they cannot overlap: makespan 3 + 2 = 5. */
const INSTANCE = `jobs (incl. supersource/sink ):  4
  - renewable                 :  1   R
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           4
   4        1          0
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     3       2
  3      1     2       2
  4      1     0       0
RESOURCEAVAILABILITIES:
  R 1
    3
`;

describe('gantry level', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-level-'));
  const good = join(dir, 'tiny.sm');
  const bad = join(dir, 'bad.sm');
  const other = join(dir, 'plan.txt');
  beforeAll(() => {
    writeFileSync(good, INSTANCE);
    writeFileSync(bad, INSTANCE.replace('  3      1     2       2', '  3      1     2       x'));
    writeFileSync(other, 'not a plan');
  });

  it('prints the makespan and each job’s start day, keyed by the file’s job numbers', async () => {
    const r = await runGantry(['level', good, '--schedules', '50', '--seed', '3', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.makespan).toBe(5);
    expect(Object.keys(doc.starts)).toEqual(['1', '2', '3', '4']);
    expect(doc.starts['1']).toBe(0);
    expect([doc.starts['2'], doc.starts['3']].sort()).toEqual(doc.starts['2'] === 0 ? [0, 3] : [0, 2]);
    expect(doc.starts['4']).toBe(5);
  });

  it('prints a one-line summary without --json', async () => {
    const r = await runGantry(['level', good, '--schedules', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${good}: makespan 5 days (lower bound 4); 4 jobs, 1 resource; 10 schedules generated, seed 1\n`,
    );
  });

  it('exits 2 with one line naming the problem on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['level', bad], /^gantry: .*bad\.sm: PSPLIB file line 14: expected whole numbers, got "x"\n$/],
      // Anything but .sm is a plan file for the plan leveler: this one is none.
      [['level', other], /^gantry: .*plan\.txt: .+\n$/],
      [
        ['level', good, '--schedules', '0'],
        /^gantry: --schedules: expected a whole number from 1 to 10,000,000, got "0"\n$/,
      ],
    ];
    // In parallel: each is a whole process start, and the cases are independent.
    const runs = await Promise.all(cases.map(([args]) => runGantry(args)));
    runs.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    });
  });
});

/** Two 2-day tasks and a 1-day task on one person; C follows A. */
const PLAN = {
  format: 'gantry-plan',
  version: 1,
  projectStart: '2024-01-08T08:00',
  defaultCalendar: 'std',
  calendars: [
    {
      id: 'std',
      week: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, ['08:00-12:00', '13:00-17:00']]),
      ),
    },
  ],
  tasks: [
    { id: 'A', name: 'Design', duration: '2d' },
    { id: 'B', name: 'Review', duration: '2d', priority: 100 },
    { id: 'C', name: 'Build', duration: '1d' },
  ],
  links: [{ from: 'A', to: 'C' }],
  resources: [{ id: 'ann', name: 'Ann' }],
  assignments: [
    { task: 'A', resource: 'ann' },
    { task: 'B', resource: 'ann' },
  ],
};

function planFile(content: unknown, name = 'plan.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gantry-level-')), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('gantry level PLAN', () => {
  it('levels a Gantry JSON plan with resources and prints the schedule with each delay', async () => {
    const r = await runGantry(['level', planFile(PLAN), '--schedules', '5', '--seed', '3', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const byId = new Map(doc.tasks.map((t: { id: string }) => [t.id, t]));
    // B has the lower priority: it waits for Design.
    expect(byId.get('B')).toMatchObject({ levelingDelayMinutes: 960, earlyStart: '2024-01-10T08:00:00' });
    expect(byId.get('A')).toMatchObject({ levelingDelayMinutes: 0 });
    expect(doc.projectFinish).toBe('2024-01-11T17:00:00');
    expect(doc.finishBefore).toBe('2024-01-10T17:00:00');
    expect(doc.schedulesGenerated).toBe(5);
  });

  it('searches 30 schedules by default', async () => {
    const r = await runGantry(['level', planFile(PLAN), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).schedulesGenerated).toBe(30);
  });

  it('stops searching at --time-limit with the best schedule so far', async () => {
    const r = await runGantry(['level', planFile(PLAN), '--schedules', '100000', '--time-limit', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schedulesGenerated).toBeGreaterThanOrEqual(1);
    expect(doc.schedulesGenerated).toBeLessThan(100000);
    expect(doc.projectFinish).toBe('2024-01-11T17:00:00');
    const bad = await runGantry(['level', planFile(PLAN), '--time-limit', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--time-limit/);
  });

  it('refuses a plan without resources, and bad options, naming them (exit 2)', async () => {
    const { resources: _, assignments: __, ...bare } = PLAN;
    const none = await runGantry(['level', planFile(bare)]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/resources/);
    const unknown = await runGantry(['level', planFile({ ...PLAN, assignments: [{ task: 'Z', resource: 'ann' }] })]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/assignments\[0\]\.task/);
    const bad = await runGantry(['level', planFile(PLAN), '--schedules', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--schedules/);
  });

  it('the bundle bin/gantry.cjs loads for `level` answers exactly as the CLI from source', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gantry-level-bundle-')), 'bundle');
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle-cli.mjs'), out], { cwd: ROOT });
    const plan = planFile(PLAN);
    const { resources: _, assignments: __, ...bare } = PLAN;
    const sm = planFile(INSTANCE, 'tiny.sm');
    const cases = [
      [plan, '--json'],
      [plan, '--schedules', '3'],
      [planFile(bare)],
      [planFile('{"format": "gantry-plan", "tasks": 3}')],
      [sm, '--seed', '2', '--json'],
      [plan, '--schedules', 'many'],
    ];
    for (const args of cases) {
      const b = spawnSync(process.execPath, [join(out, 'level.js'), 'level', ...args], { encoding: 'utf8' });
      expect({ code: b.status, stdout: b.stdout, stderr: b.stderr }, args.join(' ')).toEqual(
        await runGantry(['level', ...args]),
      );
    }
  }, 60_000);
});
