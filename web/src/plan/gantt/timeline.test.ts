import { describe, expect, it } from 'vitest';
import { planTask } from './test-fixtures.js';
import { localOf, minuteOf, pxPerMinute } from './time-scale.js';
import { baselineExtent, computeTimeline, fitZoom, parsePlanDates, TaskKind, timelineOf } from './timeline.js';

const TODAY = minuteOf('2024-06-03T09:00');

describe('parsePlanDates', () => {
  it('tells bars, summaries, milestones and undated rows apart', () => {
    const dates = parsePlanDates([
      planTask('bar'),
      planTask('sum', { summary: true, durationMinutes: 0 }),
      planTask('flag', { milestone: true, durationMinutes: 480 }),
      planTask('zero', { durationMinutes: 0, finish: '2024-01-08T08:00' }),
      planTask('undated', { start: null, finish: null }),
    ]);
    expect([...dates.kind]).toEqual([
      TaskKind.task,
      TaskKind.summary,
      TaskKind.milestone,
      TaskKind.milestone,
      TaskKind.none,
    ]);
    expect(dates.indexOf.get('flag')).toBe(2);
    expect(dates.start[4]).toBeNaN();
    expect(dates.extent).toEqual({ min: minuteOf('2024-01-08T08:00'), max: minuteOf('2024-01-08T17:00') });
  });
});

describe('computeTimeline', () => {
  const tasks = [
    planTask('a', { start: '2024-01-08T08:00', finish: '2024-01-12T17:00' }),
    planTask('b', { start: '2024-03-01T08:00', finish: '2024-03-05T17:00' }),
    planTask('m', { milestone: true, durationMinutes: 0, start: '2024-03-05T17:00', finish: '2024-03-05T17:00' }),
  ];

  it('pads the axis around the plan and starts it on a header boundary', () => {
    const week = timelineOf(tasks, 'week', TODAY);
    expect(localOf(week.origin)).toBe('2024-01-01T00:00');
    expect(week.end).toBeGreaterThan(minuteOf('2024-03-12T00:00'));
    const quarter = timelineOf(tasks, 'quarter', TODAY);
    expect(localOf(quarter.origin)).toBe('2023-10-01T00:00');
  });

  it('places bars at (date - origin) * px per minute, milestones as a point', () => {
    const t = timelineOf(tasks, 'day', TODAY);
    const ppm = pxPerMinute('day');
    expect(t.x0[0]).toBeCloseTo((minuteOf('2024-01-08T08:00') - t.origin) * ppm, 6);
    expect(t.x1[0]! - t.x0[0]!).toBeCloseTo((4 * 1440 + 9 * 60) * ppm, 6);
    expect(t.x1[2]).toBe(t.x0[2]);
    expect(t.width).toBe(Math.ceil((t.end - t.origin) * ppm));
  });

  it('rescales without reparsing: the same dates give proportional positions at every zoom', () => {
    const dates = parsePlanDates(tasks);
    const day = computeTimeline(dates, 'day', TODAY);
    const year = computeTimeline(dates, 'year', TODAY);
    expect(year.start).toBe(day.start);
    const ratio = pxPerMinute('year') / pxPerMinute('day');
    expect(year.x1[1]! - year.x0[1]!).toBeCloseTo((day.x1[1]! - day.x0[1]!) * ratio, 6);
  });

  it('widens the axis for baseline dates outside the plan', () => {
    const baseline = new Map([['a', { start: '2023-11-01T08:00', finish: '2023-11-03T17:00' }]]);
    const t = computeTimeline(parsePlanDates(tasks), 'week', TODAY, baselineExtent(baseline));
    expect(t.origin).toBeLessThan(minuteOf('2023-11-01T08:00'));
  });

  it('centres an undated plan on today', () => {
    const t = timelineOf([planTask('x', { start: null, finish: null })], 'week', TODAY);
    expect(t.origin).toBeLessThan(TODAY);
    expect(t.end).toBeGreaterThan(TODAY);
    expect(t.kind[0]).toBe(TaskKind.none);
  });
});

describe('fitZoom', () => {
  const span = (start: string, finish: string) => [planTask('a', { start, finish })];

  it('picks the most detailed zoom that shows the whole plan', () => {
    expect(fitZoom(span('2024-01-08T08:00', '2024-01-19T17:00'), 1200)).toBe('day');
    expect(fitZoom(span('2024-01-08T08:00', '2024-02-09T17:00'), 1200)).toBe('week');
    expect(fitZoom(span('2024-01-08T08:00', '2024-06-28T17:00'), 1200)).toBe('month');
    expect(fitZoom(span('2024-01-08T08:00', '2025-09-15T17:00'), 1200)).toBe('quarter');
    expect(fitZoom(span('2024-01-08T08:00', '2033-12-31T17:00'), 1400)).toBe('year');
  });

  it('falls back to year for a plan too long for any zoom, and week for an undated one', () => {
    expect(fitZoom(span('2000-01-03T08:00', '2099-12-31T17:00'), 800)).toBe('year');
    expect(fitZoom([planTask('x', { start: null, finish: null })], 800)).toBe('week');
  });
});
