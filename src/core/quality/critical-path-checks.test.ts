import { describe, expect, it } from 'vitest';
import { createScheduler } from '../schedule/incremental.js';
import { schedulePlan } from '../schedule/schedule.js';
import { at, days, link, plan, task } from '../schedule/test-fixtures.js';
import { assessScheduleQuality } from './index.js';
import { checkOf } from './test-support.js';

describe('check 12, critical path test', () => {
  it('passes when delaying the first critical task moves the finish by the same 600 working days', () => {
    const p = plan([task('A', { durationMinutes: days(3) }), task('B'), task('C')], [link('A', 'B'), link('B', 'C')]);
    expect(checkOf(p, 'criticalPathTest')).toMatchObject({
      id: 12,
      count: 0,
      total: 1,
      value: 100,
      pass: true,
      taskIds: ['A'],
    });
  });

  it('fails when the critical flag comes from a constraint rather than from the path to the finish', () => {
    // A is critical only because of its impossible date; B is the real path. A's 600 days move the finish 500.
    const p = plan(
      [
        task('A', { constraint: { type: 'finishNoLaterThan', date: at('2024-01-01T17:00') } }),
        task('B', { durationMinutes: days(101) }),
      ],
      [],
      { flavour: 'p6' },
    );
    const c = checkOf(p, 'criticalPathTest');
    expect(c).toMatchObject({ count: 1, total: 1, pass: false, taskIds: ['A'] });
    expect(c.value).toBeCloseTo((100 * 500) / 600, 1);
  });

  it('answers the same through the incremental scheduler, and leaves the other checks undisturbed', () => {
    for (const p of [
      plan([task('A', { durationMinutes: days(3) }), task('B'), task('C')], [link('A', 'B'), link('B', 'C')]),
      plan(
        [
          task('A', { constraint: { type: 'finishNoLaterThan', date: at('2024-01-01T17:00') } }),
          task('B', { durationMinutes: days(101) }),
        ],
        [],
        { flavour: 'p6' },
      ),
    ]) {
      const full = assessScheduleQuality({ plan: p, result: schedulePlan(p) });
      const scheduler = createScheduler(p);
      expect(assessScheduleQuality({ plan: p, result: scheduler.result, scheduler })).toEqual(full);
    }
  });

  it('does not apply when no incomplete task is critical', () => {
    expect(checkOf(plan([]), 'criticalPathTest')).toMatchObject({ count: 0, total: 0, pass: null });
  });
});

describe('check 13, CPLI', () => {
  it('is 1 when the finish has no float, and passes', () => {
    const p = plan(
      [task('A', { durationMinutes: days(10) }), task('F', { milestone: true, durationMinutes: 0 })],
      [link('A', 'F')],
    );
    expect(checkOf(p, 'cpli')).toMatchObject({ id: 13, value: 1, pass: true, count: 2, total: 2, taskIds: ['A', 'F'] });
  });

  it('fails with negative float at the finish: 10 days long, 5 days late is (10 - 5) / 10 = 0.5', () => {
    const p = plan(
      [
        task('A', { durationMinutes: days(10) }),
        task('F', {
          milestone: true,
          durationMinutes: 0,
          constraint: { type: 'finishNoLaterThan', date: at('2024-01-12T17:00') },
        }),
      ],
      [link('A', 'F')],
    );
    expect(checkOf(p, 'cpli')).toMatchObject({ value: 0.5, pass: false });
  });
});
