import { describe, expect, it } from 'vitest';
import { ghostBarsOf } from './ghost-bars.js';
import { planTask } from './test-fixtures.js';

describe('ghost bars of a scenario', () => {
  it('holds the live dates of exactly the tasks whose start or finish moved', () => {
    const live = [
      planTask('a'),
      planTask('b', { start: '2024-01-09T08:00', finish: '2024-01-10T17:00' }),
      planTask('c', { start: '2024-01-11T08:00', finish: '2024-01-11T17:00' }),
    ];
    const scenario = [
      planTask('a'),
      planTask('b', { start: '2024-01-09T08:00', finish: '2024-01-12T17:00' }),
      planTask('c', { start: '2024-01-15T08:00', finish: '2024-01-15T17:00' }),
      planTask('new', { start: '2024-01-16T08:00', finish: '2024-01-16T17:00' }),
    ];
    expect([...ghostBarsOf(live, scenario)]).toEqual([
      ['b', { start: '2024-01-09T08:00', finish: '2024-01-10T17:00' }],
      ['c', { start: '2024-01-11T08:00', finish: '2024-01-11T17:00' }],
    ]);
  });

  it('draws none for an unscheduled live task or an unchanged plan', () => {
    const live = [planTask('a', { start: null, finish: null })];
    expect(ghostBarsOf(live, [planTask('a')]).size).toBe(0);
    expect(ghostBarsOf([planTask('x')], [planTask('x')]).size).toBe(0);
  });
});
