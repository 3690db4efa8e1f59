import { describe, expect, it } from 'vitest';
import { at, days, link, plan, task } from '../schedule/test-fixtures.js';
import { baselineOf, checkOf } from './test-support.js';

const status = at('2024-01-15T08:00');
// P6 rules schedule remaining work from the status (data) date; MS Project's leave it where it was.
const p6 = { statusDate: status, flavour: 'p6' as const };
const doneBy = (finish: string) => ({
  actualStart: at('2024-01-08T08:00'),
  actualFinish: at(finish),
  percentComplete: 100,
});

describe('check 9, invalid dates', () => {
  it('fails an actual date after the status date', () => {
    const p = plan([task('A', doneBy('2024-01-16T17:00')), task('B')], [], p6);
    expect(checkOf(p, 'invalidDates')).toMatchObject({ id: 9, count: 1, total: 2, pass: false, taskIds: ['A'] });
  });

  it('fails unfinished work forecast before the status date (MS Project leaves it there)', () => {
    const msp = plan([task('A', doneBy('2024-01-09T17:00')), task('B')], [link('A', 'B')], { statusDate: status });
    expect(checkOf(msp, 'invalidDates')).toMatchObject({ count: 1, total: 2, value: 50, pass: false, taskIds: ['B'] });
    // The engine schedules from the plan's own (absent) status date; the assessment is as of a later one.
    const p = plan([task('A'), task('B', { durationMinutes: days(10) })]);
    const c = checkOf(p, 'invalidDates', { statusDate: status });
    expect(c).toMatchObject({ count: 2, total: 2, value: 100, pass: false });
  });

  it('passes actuals before and forecasts after the status date; n.a. without a status date', () => {
    const p = plan([task('A', doneBy('2024-01-09T17:00')), task('B')], [link('A', 'B')], p6);
    expect(checkOf(p, 'invalidDates')).toMatchObject({ count: 0, total: 2, pass: true });
    expect(checkOf(plan([task('A')]), 'invalidDates')).toMatchObject({ value: null, pass: null });
  });
});

describe('check 11, missed tasks', () => {
  it('fails tasks due by their baseline finish that finished late or not at all', () => {
    const p = plan(
      [
        task('OnTime', doneBy('2024-01-09T17:00')),
        task('Late', doneBy('2024-01-12T17:00')),
        task('Open'),
        task('Later'),
      ],
      [],
      { statusDate: status },
    );
    const baseline = baselineOf([
      ['OnTime', at('2024-01-10T17:00'), days(3)],
      ['Late', at('2024-01-10T17:00'), days(3)],
      ['Open', at('2024-01-12T17:00'), days(5)],
      ['Later', at('2024-02-12T17:00'), days(5)],
    ]);
    const c = checkOf(p, 'missedTasks', { baseline });
    expect(c).toMatchObject({ id: 11, count: 2, total: 3, pass: false, taskIds: ['Late', 'Open'] });
  });

  it('passes when every due task finished by its baseline finish; n.a. without a baseline', () => {
    const p = plan([task('A', doneBy('2024-01-09T17:00')), task('B')], [], { statusDate: status });
    const baseline = baselineOf([
      ['A', at('2024-01-10T17:00'), days(2)],
      ['B', at('2024-02-10T17:00'), days(1)],
    ]);
    expect(checkOf(p, 'missedTasks', { baseline })).toMatchObject({ count: 0, total: 1, value: 0, pass: true });
    expect(checkOf(p, 'missedTasks')).toMatchObject({ value: null, pass: null });
  });
});

describe('check 14, BEI', () => {
  const tasks = [task('A', doneBy('2024-01-09T17:00')), task('B'), task('C')];
  const baseline = baselineOf([
    ['A', at('2024-01-09T17:00'), days(2)],
    ['B', at('2024-01-12T17:00'), days(2)],
    ['C', at('2024-03-01T17:00'), days(2)],
  ]);

  it('fails when fewer tasks finished than were due: 1 of 2 is 0.5', () => {
    const c = checkOf(plan(tasks, [], { statusDate: status }), 'bei', { baseline });
    expect(c).toMatchObject({ id: 14, count: 1, total: 2, value: 0.5, pass: false, taskIds: ['B'] });
  });

  it('passes when the due tasks are done (a task done early counts too)', () => {
    const all = [
      task('A', doneBy('2024-01-09T17:00')),
      task('B', doneBy('2024-01-11T17:00')),
      task('C', doneBy('2024-01-12T17:00')),
    ];
    const c = checkOf(plan(all, [], { statusDate: status }), 'bei', { baseline });
    expect(c).toMatchObject({ count: 3, total: 2, value: 1.5, pass: true, taskIds: [] });
  });

  it('does not apply without a baseline or a status date', () => {
    expect(checkOf(plan(tasks, [], { statusDate: status }), 'bei')).toMatchObject({ pass: null });
    expect(checkOf(plan(tasks), 'bei', { baseline })).toMatchObject({ pass: null });
  });
});
