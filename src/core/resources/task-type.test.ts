import { describe, expect, it } from 'vitest';
import type { TaskType } from './model.js';
import { durationOf, onAdd, onAssignmentChange, onDurationChange, onRemove, progressOf } from './task-type.js';

/** MS Project's task type table, one row per change, on a 5-day task (2400 min) with one resource at 100 %. */
const task = (taskType: TaskType, effortDriven = false) => ({ durationMinutes: 2400, taskType, effortDriven });
const one = [{ units: 1, workMinutes: 2400 }];

describe('task type rules', () => {
  it('changing duration: fixed units and fixed duration move work, fixed work moves units', () => {
    expect(onDurationChange(task('fixedUnits'), one, 4800).assignments).toEqual([{ units: 1, workMinutes: 4800 }]);
    expect(onDurationChange(task('fixedDuration'), one, 4800).assignments).toEqual([{ units: 1, workMinutes: 4800 }]);
    expect(onDurationChange(task('fixedWork'), one, 4800).assignments).toEqual([{ units: 0.5, workMinutes: 2400 }]);
    expect(() => onDurationChange(task('fixedWork'), one, 0)).toThrow(/zero duration/);
  });

  it('changing units: fixed units and fixed work move duration, fixed duration moves work', () => {
    for (const type of ['fixedUnits', 'fixedWork'] as const) {
      expect(onAssignmentChange(task(type), one, 0, { units: 0.5 })).toEqual({
        durationMinutes: 4800,
        assignments: [{ units: 0.5, workMinutes: 2400 }],
      });
    }
    expect(onAssignmentChange(task('fixedDuration'), one, 0, { units: 0.5 })).toEqual({
      durationMinutes: 2400,
      assignments: [{ units: 0.5, workMinutes: 1200 }],
    });
  });

  it('changing work: fixed units and fixed work move duration, fixed duration moves units', () => {
    expect(onAssignmentChange(task('fixedUnits'), one, 0, { workMinutes: 1200 }).durationMinutes).toBe(1200);
    expect(onAssignmentChange(task('fixedWork'), one, 0, { workMinutes: 4800 }).durationMinutes).toBe(4800);
    expect(onAssignmentChange(task('fixedDuration'), one, 0, { workMinutes: 1200 })).toEqual({
      durationMinutes: 2400,
      assignments: [{ units: 0.5, workMinutes: 1200 }],
    });
  });

  it('a task lasts as long as its longest assignment', () => {
    expect(
      durationOf(
        [
          { units: 1, workMinutes: 480 },
          { units: 0.5, workMinutes: 480 },
        ],
        0,
      ),
    ).toBe(960);
    expect(durationOf([{ units: 0, workMinutes: 0 }], 123)).toBe(123);
  });

  it('effort-driven: adding a resource keeps the total work; duration shrinks (fixed units) or units do (fixed duration)', () => {
    const asked = { units: 1 };
    const added = [{ units: 1, workMinutes: 0, asked }];
    expect(onAdd(task('fixedUnits', true), one, added)).toEqual({
      durationMinutes: 1200,
      assignments: [
        { units: 1, workMinutes: 1200 },
        { units: 1, workMinutes: 1200 },
      ],
    });
    expect(onAdd(task('fixedDuration', true), one, added)).toEqual({
      durationMinutes: 2400,
      assignments: [
        { units: 0.5, workMinutes: 1200 },
        { units: 0.5, workMinutes: 1200 },
      ],
    });
    // Not effort-driven: the new resource brings its own work, the duration stays.
    expect(onAdd(task('fixedUnits'), one, added)).toEqual({
      durationMinutes: 2400,
      assignments: [
        { units: 1, workMinutes: 2400 },
        { units: 1, workMinutes: 2400 },
      ],
    });
    // Work in proportion to units: 100 % and 50 % share 2400 min as 1600 and 800, over 1600 min.
    const half = onAdd(task('fixedWork', true), one, [{ units: 0.5, workMinutes: 0, asked: { units: 0.5 } }]);
    expect(half.assignments.map((a) => a.workMinutes)).toEqual([1600, 800]);
    expect(half.durationMinutes).toBe(1600);
  });

  it('effort-driven: removing a resource gives its work to those left', () => {
    const two = [
      { units: 1, workMinutes: 1200 },
      { units: 1, workMinutes: 1200 },
    ];
    expect(onRemove(task('fixedUnits', true), two.slice(0, 1), 1200)).toEqual({
      durationMinutes: 2400,
      assignments: [{ units: 1, workMinutes: 2400 }],
    });
    expect(onRemove(task('fixedUnits'), two.slice(0, 1), 1200)).toEqual({
      durationMinutes: 1200,
      assignments: [{ units: 1, workMinutes: 1200 }],
    });
  });

  it('progress turns work into actual and remaining work', () => {
    expect(progressOf(2400, 25)).toEqual({ actual: 600, remaining: 1800 });
    expect(progressOf(2400, 100)).toEqual({ actual: 2400, remaining: 0 });
  });
});
