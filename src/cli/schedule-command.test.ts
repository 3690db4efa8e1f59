import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORACLE_TAG, oraclePath } from '../test-support/oracle.js';
import { runGantry } from '../test-support/spawn.js';

const SAMPLE = oraclePath('mspdi', 'legacy', 'sample.xml');

describe('gantry schedule', () => {
  describe.skipIf(!existsSync(SAMPLE))(`on an MS Project file from the oracle ${ORACLE_TAG}`, () => {
    it('prints every task with dates, floats and criticality, then the project finish, as a table', async () => {
      const r = await runGantry(['schedule', SAMPLE]);
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(
        /^id\s+name\s+early start\s+early finish\s+late start\s+late finish\s+total float min\s+free float min\s+critical/,
      );
      expect(r.stdout).toMatch(/^1\s+First Task\s+2003-01-07T08:00/m);
      expect(lines.at(-1)).toMatch(/^project finish 2003-\d\d-\d\dT\d\d:\d\d/);
      // What the reader could not carry over is reported on stderr, keeping stdout clean.
      expect(r.stderr).toMatch(/not carried over/);
    });

    it('prints the documented JSON shape with --json', async () => {
      const r = await runGantry(['schedule', SAMPLE, '--format', 'mspdi', '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.projectFinish).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      expect(doc.tasks.length).toBeGreaterThan(10);
      const first = doc.tasks.find((t: { id: string }) => t.id === '1');
      expect(Object.keys(first).sort()).toEqual(
        [
          'critical',
          'earlyFinish',
          'earlyStart',
          'freeFloatMinutes',
          'id',
          'lateFinish',
          'lateStart',
          'milestone',
          'name',
          'summary',
          'totalFloatMinutes',
        ].sort(),
      );
      expect(first.earlyStart).toBe('2003-01-07T08:00:00');
    });
  });

  it('fails with exit code 2 and a clear message on a missing or unreadable file', async () => {
    const missing = await runGantry(['schedule', '/nonexistent/plan.xml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/plan\.xml: ENOENT/);
    const dir = mkdtempSync(join(tmpdir(), 'gantry-schedule-'));
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'hello, not a plan');
    const bad = await runGantry(['schedule', junk]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not MS Project XML, Primavera XER or a Gantry JSON plan/);
    const wrongFormat = await runGantry(['schedule', junk, '--format', 'pdf']);
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toMatch(/mspdi, xer, json/);
  });
});
