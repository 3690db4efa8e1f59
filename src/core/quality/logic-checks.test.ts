import { describe, expect, it } from 'vitest';
import { at, days, link, plan, task } from '../schedule/test-fixtures.js';
import { checkOf } from './test-support.js';

const start = task('S', { milestone: true, durationMinutes: 0 });
const finish = task('F', { milestone: true, durationMinutes: 0 });
const done = { actualStart: at('2024-01-08T08:00'), actualFinish: at('2024-01-08T17:00'), percentComplete: 100 };

describe('check 1, logic', () => {
  it('fails when incomplete tasks lack a predecessor or a successor, and names them', () => {
    const c = checkOf(plan([task('A'), task('B'), task('C'), task('D')], [link('A', 'B'), link('B', 'C')]), 'logic');
    expect(c).toMatchObject({ id: 1, count: 3, total: 4, value: 75, pass: false, taskIds: ['A', 'C', 'D'] });
  });

  it('passes a network opened and closed by milestones; complete tasks and milestones are not counted', () => {
    const p = plan(
      [start, task('A'), task('B'), finish, task('X', done)],
      [link('S', 'A'), link('A', 'B'), link('B', 'F')],
      { statusDate: at('2024-01-09T08:00') },
    );
    expect(checkOf(p, 'logic')).toMatchObject({ count: 0, total: 2, value: 0, pass: true, taskIds: [] });
  });

  it('does not take a link to a summary as logic', () => {
    const p = plan(
      [task('P', { durationMinutes: 0 }), task('A', { parentId: 'P' as never }), start, finish],
      [link('S', 'P'), link('A', 'F')],
    );
    expect(checkOf(p, 'logic')).toMatchObject({ count: 1, total: 1, pass: false, taskIds: ['A'] });
  });
});

describe('check 2, leads', () => {
  it('fails on one negative lag', () => {
    const c = checkOf(plan([task('A'), task('B'), task('C')], [link('A', 'B', 'FS', -240), link('B', 'C')]), 'leads');
    expect(c).toMatchObject({ id: 2, count: 1, total: 2, value: 50, pass: false, taskIds: ['B'] });
  });

  it('passes without negative lags; links into complete tasks are not counted', () => {
    const p = plan([task('X', done), task('A'), task('B')], [link('X', 'A', 'FS', 0), link('A', 'B', 'FS', 480)], {
      statusDate: at('2024-01-09T08:00'),
    });
    expect(checkOf(p, 'leads')).toMatchObject({ count: 0, total: 2, pass: true });
    const backwards = plan([task('X', done), task('A')], [link('A', 'X', 'FS', -480)], {
      statusDate: at('2024-01-09T08:00'),
    });
    expect(checkOf(backwards, 'leads')).toMatchObject({ count: 0, total: 0, value: null, pass: null });
  });
});

const chain = (n: number) => Array.from({ length: n }, (_, i) => task(`T${i}`));
const chainLinks = (n: number, lagged: number, type: 'FS' | 'SS' = 'FS') =>
  Array.from({ length: n - 1 }, (_, i) =>
    link(`T${i}`, `T${i + 1}`, i < lagged ? type : 'FS', type === 'FS' && i < lagged ? 60 : 0),
  );

describe('check 3, lags', () => {
  it('passes at exactly 5 % of links with a positive lag', () => {
    const c = checkOf(plan(chain(21), chainLinks(21, 1)), 'lags');
    expect(c).toMatchObject({ id: 3, count: 1, total: 20, value: 5, pass: true, taskIds: ['T1'] });
  });

  it('fails above 5 %', () => {
    const c = checkOf(plan(chain(21), chainLinks(21, 2)), 'lags');
    expect(c).toMatchObject({ count: 2, total: 20, value: 10, pass: false, taskIds: ['T1', 'T2'] });
  });
});

describe('check 4, relationship types', () => {
  it('passes at 90 % finish-to-start, counting the FS links and flagging the successors of the others', () => {
    const c = checkOf(plan(chain(11), chainLinks(11, 1, 'SS')), 'relationshipTypes');
    expect(c).toMatchObject({ id: 4, count: 9, total: 10, value: 90, pass: true, taskIds: ['T1'] });
  });

  it('fails below 90 %', () => {
    const c = checkOf(plan(chain(11), chainLinks(11, 2, 'SS')), 'relationshipTypes');
    expect(c).toMatchObject({ count: 8, total: 10, value: 80, pass: false, taskIds: ['T1', 'T2'] });
  });
});

describe('check 5, hard constraints', () => {
  const date = at('2024-01-31T17:00');
  it('fails on a must-finish-on or a no-later-than constraint', () => {
    const p = plan([
      task('A', { constraint: { type: 'mustFinishOn', date } }),
      task('B', { constraint: { type: 'startNoLaterThan', date } }),
      task('C'),
    ]);
    const c = checkOf(p, 'hardConstraints');
    expect(c).toMatchObject({ id: 5, count: 2, total: 3, pass: false, taskIds: ['A', 'B'] });
    expect(c.value).toBeCloseTo(66.67, 2);
  });

  it('passes soft constraints (start no earlier than, as late as possible)', () => {
    const p = plan([
      task('A', { constraint: { type: 'startNoEarlierThan', date } }),
      task('B', { constraint: { type: 'alap', date: null } }),
      task('C', { durationMinutes: days(2) }),
    ]);
    expect(checkOf(p, 'hardConstraints')).toMatchObject({ count: 0, total: 3, pass: true });
  });
});
