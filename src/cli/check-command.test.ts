import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGantry } from '../test-support/spawn.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A Gantry JSON plan: Start -> A -> B -> Finish, plus whatever `extra` tasks (unlinked). */
function planText(extra: { id: string; duration: string }[] = []): string {
  return JSON.stringify({
    format: 'gantry-plan',
    version: 1,
    name: 'Check',
    projectStart: '2024-01-08T08:00',
    defaultCalendar: 'office',
    calendars: [
      {
        id: 'office',
        name: 'Office',
        hoursPerDay: 8,
        week: Object.fromEntries(
          ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, ['08:00-17:00']]),
        ),
      },
    ],
    tasks: [
      { id: 'S', name: 'Start', duration: 0, milestone: true },
      { id: 'A', name: 'Dig', duration: '3d' },
      { id: 'B', name: 'Pour', duration: '2d' },
      { id: 'F', name: 'Finish', duration: 0, milestone: true },
      ...extra.map((t) => ({ ...t, name: `Loose ${t.id}` })),
    ],
    links: [
      { from: 'S', to: 'A' },
      { from: 'A', to: 'B' },
      { from: 'B', to: 'F' },
    ],
  });
}

describe('gantry check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-check-'));
  const good = join(dir, 'good.json');
  const bad = join(dir, 'bad.json');
  const junk = join(dir, 'junk.txt');
  beforeAll(() => {
    writeFileSync(good, planText());
    writeFileSync(bad, planText([{ id: 'X', duration: '1d' }]));
    writeFileSync(junk, 'not a plan');
  });

  it('prints the 14 checks as a table and exits 0 when none fails', async () => {
    const r = await runGantry(['check', good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+check\s+count\/total\s+value\s+threshold\s+result$/);
    expect(r.stdout).toMatch(/^ 1\s+Logic\s+0\/2\s+0\.0 %\s+≤ 5 %\s+PASS$/m);
    expect(r.stdout).toMatch(/^12\s+Critical path test\s+0\/1\s+100\.0 %\s+≥ 100 %\s+PASS$/m);
    expect(r.stdout).toMatch(/^14\s+Baseline execution index\s+0\/0\s+-\s+≥ 0\.95\s+n\.a\.$/m);
    expect(lines.at(-1)).toBe('passed: 0 of 10 applicable checks failed');
  });

  it('exits 1 when a check fails and prints the documented JSON with --json', async () => {
    const r = await runGantry(['check', bad, '--format', 'json', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.checks).toHaveLength(14);
    expect(doc.checks[0]).toEqual({
      id: 1,
      key: 'logic',
      name: 'Logic',
      count: 1,
      total: 3,
      value: 33.33,
      threshold: { operator: '<=', value: 5 },
      pass: false,
      taskIds: ['X'],
    });
  });

  it('exits 2 with one line on a missing or unreadable file', async () => {
    const missing = await runGantry(['check', join(dir, 'missing.xml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^gantry: cannot read .*missing\.xml: ENOENT\n$/);
    const notPlan = await runGantry(['check', junk]);
    expect(notPlan.code).toBe(2);
    expect(notPlan.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the bundle bin/gantry.cjs loads for `check` answers exactly as the CLI from source', async () => {
    const out = join(dir, 'bundle');
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle-cli.mjs'), out], { cwd: ROOT });
    for (const args of [[good], [bad, '--json'], [junk]]) {
      const b = spawnSync(process.execPath, [join(out, 'check.js'), 'check', ...args], { encoding: 'utf8' });
      expect({ code: b.status, stdout: b.stdout, stderr: b.stderr }).toEqual(await runGantry(['check', ...args]));
    }
  }, 60_000);
});
