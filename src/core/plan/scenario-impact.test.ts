import { describe, expect, it } from 'vitest';
import { type ImpactTask, scenarioImpact } from './scenario-impact.js';

const task = (
  id: string,
  start: number,
  finish: number,
  float: number,
  extra: Partial<ImpactTask> = {},
): ImpactTask => ({
  id,
  name: id.toUpperCase(),
  earlyStart: start,
  earlyFinish: finish,
  totalFloatMinutes: float,
  critical: float <= 0,
  milestone: false,
  summary: false,
  ...extra,
});
// Every minute counts as working time here: deltas equal the difference of the dates.
const elapsed = (a: number, b: number) => b - a;

describe('scenarioImpact', () => {
  it('reports finish, moved tasks with their float, critical changes, milestones, added and removed', () => {
    const before = {
      finish: 100,
      tasks: [
        task('a', 0, 50, 0),
        task('b', 0, 20, 30),
        task('m', 100, 100, 0, { milestone: true }),
        task('gone', 0, 10, 90),
      ],
    };
    const after = {
      finish: 130,
      tasks: [
        task('a', 0, 50, 30),
        task('b', 0, 80, 0),
        task('m', 130, 130, 0, { milestone: true }),
        task('new', 0, 5, 10),
      ],
    };
    const impact = scenarioImpact(before, after, elapsed);
    expect(impact).toMatchObject({ finishBefore: 100, finishAfter: 130, finishDeltaMinutes: 30, movedCount: 2 });
    expect(impact.moved).toEqual([
      {
        taskId: 'b',
        name: 'B',
        startBefore: 0,
        startAfter: 0,
        finishBefore: 20,
        finishAfter: 80,
        floatBeforeMinutes: 30,
        floatAfterMinutes: 0,
      },
      {
        taskId: 'm',
        name: 'M',
        startBefore: 100,
        startAfter: 130,
        finishBefore: 100,
        finishAfter: 130,
        floatBeforeMinutes: 0,
        floatAfterMinutes: 0,
      },
    ]);
    expect(impact.floatConsumedMinutes).toBe(30);
    expect(impact.criticalAdded).toEqual([{ taskId: 'b', name: 'B' }]);
    expect(impact.criticalRemoved).toEqual([{ taskId: 'a', name: 'A' }]);
    expect(impact.milestones).toEqual([{ taskId: 'm', name: 'M', before: 100, after: 130, deltaMinutes: 30 }]);
    expect(impact.added).toEqual([{ taskId: 'new', name: 'NEW' }]);
    expect(impact.removed).toEqual([{ taskId: 'gone', name: 'GONE' }]);
  });

  it('caps the moved list but counts every moved task', () => {
    const tasks = (shift: number) => Array.from({ length: 5 }, (_, i) => task(`t${i}`, shift, shift + 10, 0));
    const impact = scenarioImpact({ finish: 10, tasks: tasks(0) }, { finish: 20, tasks: tasks(10) }, elapsed, 2);
    expect(impact.moved.map((m) => m.taskId)).toEqual(['t0', 't1']);
    expect(impact.movedCount).toBe(5);
    expect(impact.criticalAdded).toEqual([]);
  });
});
