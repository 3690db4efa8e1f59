import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { Plan, ScheduleResult } from './model.js';
import { calendarId, taskId } from './model.js';
import { schedulePlan } from './schedule.js';
import { at, days, hours, link, plan, task } from './test-fixtures.js';
import { formatLocalDateTime } from './time.js';

/** Dates of one task as short strings, for readable expectations. */
function row(r: ScheduleResult, id: string) {
  const i = r.taskIds.indexOf(taskId(id));
  const f = (v: number | undefined) => formatLocalDateTime(v as number).slice(0, 16);
  return {
    es: f(r.earlyStart[i]),
    ef: f(r.earlyFinish[i]),
    ls: f(r.lateStart[i]),
    lf: f(r.lateFinish[i]),
    tf: r.totalFloatMinutes[i],
    ff: r.freeFloatMinutes[i],
    critical: r.critical[i] === 1,
  };
}

function fails(p: Plan): DomainError {
  try {
    schedulePlan(p);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('forward and backward pass', () => {
  it('chains finish-to-start links over weekends and gives float to the short branch', () => {
    const r = schedulePlan(
      plan(
        [task('A', { durationMinutes: days(3) }), task('B'), task('C', { durationMinutes: days(2) })],
        [link('A', 'C'), link('B', 'C')],
      ),
    );
    expect(row(r, 'A')).toMatchObject({ es: '2024-01-08T08:00', ef: '2024-01-10T17:00', tf: 0, critical: true });
    expect(row(r, 'B')).toMatchObject({ ls: '2024-01-10T08:00', lf: '2024-01-10T17:00', tf: days(2), ff: days(2) });
    expect(row(r, 'C')).toMatchObject({ es: '2024-01-11T08:00', ef: '2024-01-12T17:00', critical: true });
    expect(formatLocalDateTime(r.projectFinish)).toBe('2024-01-12T17:00:00');
  });

  it('applies all four link types with positive and negative lags', () => {
    const r = schedulePlan(
      plan(
        [
          task('P', { durationMinutes: days(2) }),
          task('SS', { durationMinutes: days(2) }),
          task('FF', { durationMinutes: days(1) }),
          task('SF', { durationMinutes: days(1) }),
          task('LEAD', { durationMinutes: days(1) }),
        ],
        [
          link('P', 'SS', 'SS', hours(4)),
          link('P', 'FF', 'FF', days(1)),
          link('P', 'SF', 'SF', days(3)),
          link('P', 'LEAD', 'FS', -days(1)),
        ],
      ),
    );
    expect(row(r, 'SS')).toMatchObject({ es: '2024-01-08T13:00', ef: '2024-01-10T12:00' });
    expect(row(r, 'FF')).toMatchObject({ es: '2024-01-10T08:00', ef: '2024-01-10T17:00' });
    expect(row(r, 'SF')).toMatchObject({ es: '2024-01-10T08:00', ef: '2024-01-10T17:00' });
    expect(row(r, 'LEAD')).toMatchObject({ es: '2024-01-09T08:00', ef: '2024-01-09T17:00' });
  });

  it('counts elapsed lags and elapsed durations in wall-clock time', () => {
    const p = plan(
      [task('A'), task('B', { durationMinutes: hours(24), elapsed: true })],
      [{ ...link('A', 'B'), lag: { kind: 'elapsed', minutes: hours(24) } }],
    );
    const r = schedulePlan({ ...p, tasks: [p.tasks[0] as Plan['tasks'][number], ...p.tasks.slice(1)] });
    // MS Project snaps the start to working time, then runs the elapsed duration round the clock.
    expect(row(r, 'B')).toMatchObject({ es: '2024-01-10T08:00', ef: '2024-01-11T08:00' });
  });

  it('takes percentage lags from the predecessor duration', () => {
    const r = schedulePlan(
      plan(
        [task('A', { durationMinutes: days(4) }), task('B')],
        [{ ...link('A', 'B', 'SS'), lag: { kind: 'percent', percent: 50 } }],
      ),
    );
    expect(row(r, 'B').es).toBe('2024-01-10T08:00');
  });

  it('counts lag on the chosen calendar', () => {
    const base = plan([task('A'), task('B', { calendarId: calendarId('24h') })], [link('A', 'B', 'FS', hours(2))]);
    const twentyFour = {
      id: calendarId('24h'),
      name: '24h',
      week: Array.from({ length: 7 }, () => [{ startMinute: 0, endMinute: 1440 }]),
      exceptions: [],
    };
    const withCal = { ...base, calendars: [...base.calendars, twentyFour] };
    expect(row(schedulePlan(withCal), 'B').es).toBe('2024-01-08T19:00');
    const onPredecessor = {
      ...withCal,
      links: [{ ...(withCal.links[0] as Plan['links'][number]), lagCalendar: 'predecessor' as const }],
    };
    expect(row(schedulePlan(onPredecessor), 'B').es).toBe('2024-01-09T10:00');
  });

  it('keeps a milestone at the end of the day its predecessor finishes', () => {
    const r = schedulePlan(
      plan(
        [task('A'), task('M', { durationMinutes: 0, milestone: true }), task('B')],
        [link('A', 'M'), link('M', 'B')],
      ),
    );
    expect(row(r, 'M')).toMatchObject({ es: '2024-01-08T17:00', ef: '2024-01-08T17:00' });
    expect(row(r, 'B').es).toBe('2024-01-09T08:00');
  });
});

describe('constraints and deadlines', () => {
  it('start-no-earlier-than delays a task; must-start-on before its logic gives negative float and a warning', () => {
    const r = schedulePlan(
      plan(
        [
          task('A', { durationMinutes: days(3) }),
          task('B', { constraint: { type: 'startNoEarlierThan', date: at('2024-01-15T08:00') } }),
          task('C', { constraint: { type: 'mustStartOn', date: at('2024-01-09T08:00') } }),
        ],
        [link('A', 'C')],
      ),
    );
    expect(row(r, 'B').es).toBe('2024-01-15T08:00');
    expect(row(r, 'C')).toMatchObject({ es: '2024-01-09T08:00', lf: '2024-01-09T17:00' });
    expect(row(r, 'A').tf).toBe(-days(2));
    expect(r.warnings.map((w) => [w.code, w.taskId])).toContainEqual(['constraint_unmet', 'C']);
  });

  it('finish-no-later-than and deadlines pull late dates in', () => {
    const r = schedulePlan(
      plan([
        task('A', {
          durationMinutes: days(2),
          constraint: { type: 'finishNoLaterThan', date: at('2024-01-10T17:00') },
        }),
        task('B', { durationMinutes: days(5), deadline: at('2024-01-11T17:00') }),
      ]),
    );
    expect(row(r, 'A')).toMatchObject({ lf: '2024-01-10T17:00', tf: days(1) });
    expect(row(r, 'B')).toMatchObject({ lf: '2024-01-11T17:00', tf: -days(1) });
    expect(r.warnings.some((w) => w.code === 'deadline_missed' && w.taskId === 'B')).toBe(true);
  });

  it('schedules ALAP tasks at their late dates for their successors and gives them no float', () => {
    const r = schedulePlan(
      plan(
        [task('A', { durationMinutes: days(3) }), task('L', { constraint: { type: 'alap', date: null } }), task('Z')],
        [link('A', 'Z'), link('L', 'Z')],
      ),
    );
    expect(row(r, 'L')).toMatchObject({ ls: '2024-01-10T08:00', tf: 0 });
    expect(row(r, 'Z').es).toBe('2024-01-11T08:00');
  });
});

describe('progress', () => {
  it('fixes started and finished tasks at their actual dates', () => {
    const r = schedulePlan(
      plan(
        [
          task('Done', {
            actualStart: at('2024-01-08T08:00'),
            actualFinish: at('2024-01-09T12:00'),
            percentComplete: 100,
          }),
          task('Going', { durationMinutes: days(2), actualStart: at('2024-01-09T13:00'), percentComplete: 50 }),
          task('Next'),
        ],
        [link('Done', 'Going'), link('Going', 'Next')],
      ),
    );
    expect(row(r, 'Done')).toMatchObject({ es: '2024-01-08T08:00', ef: '2024-01-09T12:00', ff: 0 });
    expect(row(r, 'Going')).toMatchObject({ es: '2024-01-09T13:00', ef: '2024-01-11T12:00', ls: '2024-01-09T13:00' });
    expect(row(r, 'Next').es).toBe('2024-01-11T13:00');
  });
});

describe('WBS', () => {
  it('rolls dates up to summaries and lets summary links act on their leaf tasks', () => {
    const r = schedulePlan(
      plan(
        [
          task('S1', { durationMinutes: 0 }),
          task('a', { parentId: taskId('S1'), durationMinutes: days(2) }),
          task('b', { parentId: taskId('S1'), durationMinutes: days(1) }),
          task('S2', { durationMinutes: 0 }),
          task('c', { parentId: taskId('S2') }),
        ],
        [link('S1', 'S2')],
      ),
    );
    expect(row(r, 'S1')).toMatchObject({ es: '2024-01-08T08:00', ef: '2024-01-09T17:00', critical: true });
    expect(row(r, 'c').es).toBe('2024-01-10T08:00');
    expect(r.summary[r.taskIds.indexOf(taskId('S1'))]).toBe(1);
  });

  it('schedules backward from a fixed finish', () => {
    const r = schedulePlan(
      plan([task('A', { durationMinutes: days(2) }), task('B')], [link('A', 'B')], {
        direction: 'backward',
        projectFinish: at('2024-01-19T17:00'),
      }),
    );
    expect(row(r, 'B')).toMatchObject({ ls: '2024-01-19T08:00' });
    expect(row(r, 'A')).toMatchObject({ es: '2024-01-17T08:00', ls: '2024-01-17T08:00', tf: 0 });
  });
});

describe('bad input', () => {
  it('reports a cycle with the tasks that form it', () => {
    const e = fails(
      plan(
        [task('A'), task('B'), task('C'), task('D')],
        [link('A', 'B'), link('B', 'C'), link('C', 'A'), link('C', 'D')],
      ),
    );
    expect(e.code).toBe('validation_failed');
    expect(e.message).toMatch(/cycle/);
    expect([...(e.details.cycle as string[])].sort()).toEqual(['A', 'B', 'C']);
  });

  it('names the task and field of bad values', () => {
    expect(fails(plan([task('7', { durationMinutes: -5 })])).details).toMatchObject({
      taskId: '7',
      field: 'durationMinutes',
    });
    expect(fails(plan([task('7', { durationMinutes: 1e12 })])).message).toMatch(
      /task 7 durationMinutes: must be less than a hundred years/,
    );
    expect(fails(plan([task('8', { calendarId: calendarId('nope') })])).details).toMatchObject({
      taskId: '8',
      field: 'calendarId',
    });
    expect(fails(plan([task('9', { parentId: taskId('x') })])).details).toMatchObject({
      taskId: '9',
      field: 'parentId',
    });
    expect(fails(plan([task('1')], [link('1', 'ghost')])).message).toMatch(
      /links\[0\] successorId: unknown task ghost/,
    );
    expect(fails(plan([task('1', { constraint: { type: 'mustStartOn', date: null } })])).details).toMatchObject({
      field: 'constraint.date',
    });
    expect(fails(plan([task('A', { parentId: taskId('B') }), task('B', { parentId: taskId('A') })])).message).toMatch(
      /parents form a cycle/,
    );
    expect(fails({ ...plan([task('A')]), calendars: [] }).message).toMatch(/defaultCalendarId/);
  });
});
