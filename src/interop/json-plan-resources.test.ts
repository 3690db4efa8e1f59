import { describe, expect, it } from 'vitest';
import { readJsonPlan, writeJsonPlan } from './json-plan.js';

const base = {
  format: 'gantry-plan',
  version: 1,
  projectStart: '2024-01-08T08:00',
  defaultCalendar: 'std',
  calendars: [{ id: 'std', week: { monday: ['08:00-16:00'] } }],
  tasks: [{ id: 'A', duration: '2d', priority: 800, levelingDelay: '1d' }],
};

describe('Gantry JSON plan: resources, assignments, priority and leveling delay', () => {
  it('reads them and writes them back', () => {
    const text = JSON.stringify({
      ...base,
      resources: [
        { id: 'ann', name: 'Ann', maxUnits: 0.5 },
        { id: 'crane', kind: 'equipment', calendar: 'std' },
      ],
      assignments: [{ task: 'A', resource: 'ann', units: 0.5 }],
    });
    const read = readJsonPlan(text);
    expect(read.plan.tasks[0]).toMatchObject({ priority: 800, levelingDelayMinutes: 480 });
    expect(read.resources?.resources.map((r) => [r.id, r.kind, r.maxUnits[0]?.units ?? 1])).toEqual([
      ['ann', 'person', 0.5],
      ['crane', 'equipment', 1],
    ]);
    expect(read.resources?.assignments).toEqual([
      expect.objectContaining({ taskId: 'A', resourceId: 'ann', units: 0.5 }),
    ]);
    const again = readJsonPlan(writeJsonPlan(read.plan, read.resources));
    expect(again.plan.tasks[0]).toMatchObject({ priority: 800, levelingDelayMinutes: 480 });
    expect(again.resources?.assignments.map((a) => [a.taskId, a.resourceId, a.units])).toEqual([['A', 'ann', 0.5]]);
  });

  it('is optional, and names a bad field', () => {
    expect(readJsonPlan(JSON.stringify(base)).resources).toBeUndefined();
    expect(() => readJsonPlan(JSON.stringify({ ...base, resources: [{ id: 'x', kind: 'robot' }] }))).toThrow(
      /resources\.0\.kind/,
    );
    expect(() =>
      readJsonPlan(JSON.stringify({ ...base, resources: [{ id: 'x' }], assignments: [{ task: 'A', resource: 'y' }] })),
    ).toThrow(/assignments\[0\]\.resource/);
  });
});
