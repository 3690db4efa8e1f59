import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGantry } from '../test-support/spawn.js';

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

function file(content: unknown, name = 'plan.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gantry-level-')), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('gantry level PLAN', () => {
  it('levels a Gantry JSON plan with resources and prints the schedule with each delay', async () => {
    const r = await runGantry(['level', file(PLAN), '--schedules', '5', '--seed', '3', '--json']);
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

  it('refuses a plan without resources, and bad options, naming them (exit 2)', async () => {
    const { resources: _, assignments: __, ...bare } = PLAN;
    const none = await runGantry(['level', file(bare)]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/resources/);
    const unknown = await runGantry(['level', file({ ...PLAN, assignments: [{ task: 'Z', resource: 'ann' }] })]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/assignments\[0\]\.task/);
    const bad = await runGantry(['level', file(PLAN), '--schedules', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--schedules/);
  });
});
