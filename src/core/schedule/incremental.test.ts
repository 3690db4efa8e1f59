import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler } from './incremental.js';
import type { LinkType, Plan, ScheduleResult, Task } from './model.js';
import { taskId } from './model.js';
import { schedulePlan } from './schedule.js';
import { at, days, link, plan, standardCalendar, task } from './test-fixtures.js';

/** Everything a user sees, as plain arrays (results from the scheduler are live views). */
function snapshot(r: ScheduleResult) {
  return {
    es: [...r.earlyStart],
    ef: [...r.earlyFinish],
    ls: [...r.lateStart],
    lf: [...r.lateFinish],
    tf: [...r.totalFloatMinutes],
    ff: [...r.freeFloatMinutes],
    critical: [...r.critical],
    projectFinish: r.projectFinish,
    warnings: r.warnings,
  };
}

const plans = fc
  .record({
    n: fc.integer({ min: 2, max: 25 }),
    durations: fc.array(fc.integer({ min: 0, max: days(5) }), { minLength: 25, maxLength: 25 }),
    links: fc.array(
      fc.record({
        a: fc.nat(24),
        b: fc.nat(24),
        type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
        lag: fc.integer({ min: -days(1), max: days(2) }),
      }),
      { maxLength: 40 },
    ),
    grouped: fc.boolean(),
    constrained: fc.boolean(),
  })
  .map(({ n, durations, links, grouped, constrained }): Plan => {
    const tasks: Task[] = [];
    if (grouped) tasks.push(task('G', { durationMinutes: 0 }));
    for (let i = 0; i < n; i++) {
      tasks.push(
        task(`t${i}`, {
          durationMinutes: durations[i] as number,
          ...(grouped && i % 2 === 0 ? { parentId: taskId('G') } : {}),
          ...(constrained && i === 1
            ? { constraint: { type: 'startNoEarlierThan' as const, date: at('2024-01-15T08:00') } }
            : {}),
        }),
      );
    }
    const ls = links
      .filter((l) => l.a < n && l.b < n && l.a !== l.b)
      .map((l) => link(`t${Math.min(l.a, l.b)}`, `t${Math.max(l.a, l.b)}`, l.type, l.lag));
    return { ...plan(tasks, ls), calendars: [standardCalendar('std', ['2024-01-10'])] };
  });

describe('incremental rescheduling', () => {
  it('gives the same result as scheduling the changed plan from scratch (property)', () => {
    fc.assert(
      fc.property(
        plans,
        fc.array(fc.tuple(fc.nat(24), fc.integer({ min: 0, max: days(8) })), { minLength: 1, maxLength: 5 }),
        (p, changes) => {
          const scheduler = createScheduler(p);
          let current = p;
          for (const [k, minutes] of changes) {
            const leaves = current.tasks.filter((x) => x.id !== 'G');
            const target = leaves[k % leaves.length] as Task;
            const result = scheduler.update([{ id: target.id, durationMinutes: minutes }]);
            current = {
              ...current,
              tasks: current.tasks.map((x) => (x.id === target.id ? { ...x, durationMinutes: minutes } : x)),
            };
            expect(snapshot(result)).toEqual(snapshot(schedulePlan(current)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('recompiles when a percentage lag depends on the changed duration', () => {
    const p = plan(
      [task('A', { durationMinutes: days(4) }), task('B')],
      [{ ...link('A', 'B', 'SS'), lag: { kind: 'percent', percent: 50 } }],
    );
    const scheduler = createScheduler(p);
    const r = scheduler.update([{ id: taskId('A'), durationMinutes: days(2) }]);
    expect(r.earlyStart[1]).toBe(at('2024-01-09T08:00'));
  });

  it('rejects unknown tasks, summaries and bad durations', () => {
    const scheduler = createScheduler(plan([task('S', { durationMinutes: 0 }), task('a', { parentId: taskId('S') })]));
    expect(() => scheduler.update([{ id: taskId('x'), durationMinutes: 1 }])).toThrow(/unknown task/);
    expect(() => scheduler.update([{ id: taskId('S'), durationMinutes: 1 }])).toThrow(/summary/);
    expect(() => scheduler.update([{ id: taskId('a'), durationMinutes: -1 }])).toThrow(/non-negative/);
  });
});
