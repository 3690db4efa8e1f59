import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../schedule/schedule.js';
import { at, days, link, plan, task } from '../schedule/test-fixtures.js';
import { assessScheduleQuality, failedChecks } from './index.js';
import { baselineOf, checkOf } from './test-support.js';

describe('check 6, high float', () => {
  it('fails a task with more than 44 working days of total float', () => {
    const p = plan([task('Long', { durationMinutes: days(50) }), task('Short')]);
    expect(checkOf(p, 'highFloat')).toMatchObject({
      id: 6,
      count: 1,
      total: 2,
      value: 50,
      pass: false,
      taskIds: ['Short'],
    });
  });

  it('passes at 44 days of float (the limit is "more than 44")', () => {
    const p = plan([task('Long', { durationMinutes: days(45) }), task('Short')]);
    expect(checkOf(p, 'highFloat')).toMatchObject({ count: 0, pass: true });
  });
});

describe('check 7, negative float', () => {
  it('fails when a finish-no-later-than date cannot be met', () => {
    const p = plan(
      [
        task('A', { durationMinutes: days(5) }),
        task('B', { constraint: { type: 'finishNoLaterThan', date: at('2024-01-10T17:00') } }),
      ],
      [link('A', 'B')],
      { flavour: 'p6' },
    );
    const c = checkOf(p, 'negativeFloat');
    expect(c).toMatchObject({ id: 7, count: 2, total: 2, pass: false, taskIds: ['A', 'B'] });
  });

  it('passes a plan that meets its dates', () => {
    const p = plan(
      [
        task('A', { durationMinutes: days(5) }),
        task('B', { constraint: { type: 'finishNoLaterThan', date: at('2024-01-31T17:00') } }),
      ],
      [link('A', 'B')],
    );
    expect(checkOf(p, 'negativeFloat')).toMatchObject({ count: 0, total: 2, pass: true });
  });
});

describe('check 8, high duration', () => {
  it('fails a task longer than 44 working days and passes one of 44', () => {
    expect(checkOf(plan([task('A', { durationMinutes: days(45) })]), 'highDuration')).toMatchObject({
      id: 8,
      count: 1,
      total: 1,
      pass: false,
      taskIds: ['A'],
    });
    expect(checkOf(plan([task('A', { durationMinutes: days(44) })]), 'highDuration')).toMatchObject({
      count: 0,
      pass: true,
    });
  });

  it('measures the baseline duration when the task has one', () => {
    const p = plan([task('A', { durationMinutes: days(10) })]);
    const baseline = baselineOf([['A', null, days(60)]]);
    expect(checkOf(p, 'highDuration', { baseline })).toMatchObject({ count: 1, pass: false });
  });

  it('counts working days on the task calendar: 45 ten-hour days are more than 44', () => {
    const p = plan([task('A', { durationMinutes: 45 * 600 })]);
    const tenHours = { ...p, calendars: [{ ...(p.calendars[0] as (typeof p.calendars)[number]), hoursPerDay: 10 }] };
    expect(checkOf(tenHours, 'highDuration')).toMatchObject({ count: 1 });
    expect(checkOf(plan([task('A', { durationMinutes: 45 * 600 })]), 'highDuration')).toMatchObject({ count: 1 });
    expect(checkOf({ ...tenHours, tasks: [task('A', { durationMinutes: 44 * 600 })] }, 'highDuration')).toMatchObject({
      count: 0,
    });
  });
});

describe('check 10, resources', () => {
  it('does not apply without resource data', () => {
    expect(checkOf(plan([task('A'), task('B')]), 'resources')).toMatchObject({
      id: 10,
      count: 0,
      total: 2,
      value: null,
      pass: null,
    });
  });

  it('reports tasks with a duration but no resource, never pass or fail', () => {
    const p = plan([task('A'), task('B'), task('M', { milestone: true, durationMinutes: 0 })]);
    const c = checkOf(p, 'resources', { resourcedTaskIds: new Set(['A' as never]) });
    expect(c).toMatchObject({ count: 1, total: 2, value: 50, pass: null, taskIds: ['B'] });
  });
});

describe('the assessment', () => {
  it('answers the 14 checks in DCMA order, and failedChecks lists those that apply and fail', () => {
    const p = plan([task('A', { durationMinutes: days(50) }), task('B')]);
    const q = assessScheduleQuality({ plan: p, result: schedulePlan(p) });
    expect(q.checks.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(Object.keys(q.checks[0] as object).sort()).toEqual(
      ['count', 'id', 'key', 'name', 'pass', 'taskIds', 'threshold', 'total', 'value'].sort(),
    );
    expect(failedChecks(q).map((c) => c.key)).toEqual(['logic', 'highFloat', 'highDuration']);
  });
});
