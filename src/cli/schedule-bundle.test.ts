import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGantry } from '../test-support/spawn.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/plan-format.md'), 'utf8');
const EXAMPLE = /```json\n([\s\S]*?)\n```/.exec(DOC)?.[1] as string;

// bin/gantry.cjs runs `gantry schedule` from one bundled file: it must behave exactly as the CLI built from source.
describe('the bundled `gantry schedule`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-bundle-'));
  const bundle = join(dir, 'schedule.js');
  const plan = join(dir, 'plan.json');
  const bad = join(dir, 'bad.json');
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle-cli.mjs'), dir], { cwd: ROOT });
    writeFileSync(plan, EXAMPLE);
    writeFileSync(bad, EXAMPLE.replace('"duration": "3d"', '"duration": "soon"'));
  }, 60_000);
  const runBundle = (args: string[]) => {
    const r = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.each([
    ['a plan as a table', [plan]],
    ['a plan as JSON', [plan, '--json']],
    ['an invalid plan', [bad]],
    ['a wrong --format', [plan, '--format', 'pdf']],
    ['a missing file', [join(dir, 'missing.json')]],
  ])('prints what the source CLI prints, with its exit code, for %s', async (_, args) => {
    const fromSource = await runGantry(['schedule', ...args]);
    const bundled = runBundle(['schedule', ...args]);
    expect(bundled).toEqual(fromSource);
  });

  it('the bad plan really is rejected (exit 2, the field named)', () => {
    const r = runBundle(['schedule', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tasks\.\d+\.duration/);
  });
});

describe('gantry --version', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it("prints package.json's version without loading the CLI (bin/gantry.cjs)", () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gantry.cjs'), '--version'], {
      encoding: 'utf8',
      // A missing dist/ would stop any path that loads the CLI: --version must not need it.
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('answers from the shell launcher npm links (bin/gantry), through a symlink, without starting Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gantry-bin-'));
    try {
      symlinkSync(join(ROOT, 'bin/gantry'), join(dir, 'gantry'));
      // Node would fail to start with this preload: the answer cannot have come from Node.
      const noNode = { PATH: `${dir}:${process.env.PATH}`, NODE_OPTIONS: '--require /nonexistent/preload.js' };
      const r = spawnSync('gantry', ['--version'], { encoding: 'utf8', env: noNode });
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.status).toBe(0);
      const help = spawnSync(join(dir, 'gantry'), ['--help'], { encoding: 'utf8' });
      expect(help.stdout).toMatch(/^Usage: gantry/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
