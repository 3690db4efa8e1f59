import { describe, expect, it } from 'vitest';
import { setDateStyle } from '../lib/dates.js';
import {
  axisRange,
  axisTicks,
  axisUnit,
  formatMilestoneDate,
  inRange,
  localNow,
  minuteOf,
  monthStart,
  pxPerDay,
  type TimeAxis,
  xOf,
} from './timeline-scale.js';

const m = (text: string) => minuteOf(text) as number;

describe('minuteOf', () => {
  it('reads plan date-times and days without a time zone', () => {
    expect(m('1970-01-02T00:00')).toBe(1440);
    expect(m('2026-03-12T17:00') - m('2026-03-12')).toBe(17 * 60);
    expect(minuteOf(null)).toBeNull();
    expect(minuteOf('2026-02-30')).toBeNull();
  });
});

describe('axisRange', () => {
  const today = m('2026-05-15T10:00');

  it('spans the dates and today in whole months when no window is set', () => {
    const r = axisRange({ dates: [m('2026-07-03T17:00'), m('2026-02-20T08:00')], today });
    expect(r).toEqual({ start: m('2026-02-01'), end: m('2026-08-01') });
  });

  it('reaches back to today when every milestone is later', () => {
    const r = axisRange({ dates: [m('2026-09-10T17:00')], today });
    expect(r).toEqual({ start: m('2026-05-01'), end: m('2026-10-01') });
  });

  it('keeps a picked window exactly, the "to" day included', () => {
    const r = axisRange({ dates: [m('2025-01-01')], today, from: '2026-01-01', to: '2026-12-31' });
    expect(r).toEqual({ start: m('2026-01-01'), end: m('2027-01-01') });
  });

  it('fills the open side of a half-open window from the dates', () => {
    const r = axisRange({ dates: [m('2026-09-10T17:00')], today, from: '2026-06-15' });
    expect(r).toEqual({ start: m('2026-06-15'), end: m('2026-10-01') });
  });

  it('never yields an empty or inverted range', () => {
    expect(axisRange({ dates: [], today })).toEqual({ start: m('2026-05-01'), end: m('2026-06-01') });
    const r = axisRange({ dates: [], today, from: '2026-08-01', to: '2026-07-01' });
    expect(r.end).toBeGreaterThan(r.start);
  });
});

describe('x positions', () => {
  const axis: TimeAxis = { start: m('2026-01-01'), end: m('2026-01-11'), width: 120, pad: 10 };

  it('maps the range onto the width inside the padding', () => {
    expect(xOf(axis, axis.start)).toBe(10);
    expect(xOf(axis, axis.end)).toBe(110);
    expect(xOf(axis, m('2026-01-06'))).toBe(60);
    expect(pxPerDay(axis)).toBe(10);
  });

  it('knows which dates fall inside', () => {
    expect(inRange(axis, m('2026-01-10T23:59'))).toBe(true);
    expect(inRange(axis, m('2026-01-11'))).toBe(false);
  });
});

describe('ticks', () => {
  it('labels months while they are wide enough, then quarters, then years', () => {
    expect(axisUnit(2)).toBe('month');
    expect(axisUnit(0.5)).toBe('quarter');
    expect(axisUnit(0.2)).toBe('year');
  });

  it('cuts the axis into calendar months, clipping the first and last', () => {
    const axis: TimeAxis = { start: m('2026-01-15'), end: m('2026-03-10'), width: 500, pad: 0 };
    const ticks = axisTicks(axis, 'month');
    expect(ticks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(ticks[0]?.start).toBe(axis.start);
    expect(ticks[1]).toEqual({ start: m('2026-02-01'), end: m('2026-03-01'), label: 'Feb' });
    expect(ticks[2]?.end).toBe(axis.end);
  });

  it('starts quarters and years on their calendar boundaries', () => {
    const axis: TimeAxis = { start: m('2025-11-01'), end: m('2026-08-01'), width: 500, pad: 0 };
    expect(axisTicks(axis, 'quarter').map((t) => t.label)).toEqual(['Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026']);
    expect(axisTicks(axis, 'quarter')[1]?.start).toBe(m('2026-01-01'));
    expect(axisTicks(axis, 'year').map((t) => t.label)).toEqual(['2025', '2026']);
  });

  it('moves by calendar months across year ends', () => {
    expect(monthStart(m('2026-12-31T23:00'), 1)).toBe(m('2027-01-01'));
    expect(monthStart(m('2026-01-15'), -1)).toBe(m('2025-12-01'));
  });
});

describe('formatting', () => {
  it('shows a plan date as day, month and year, never shifted by a time zone', () => {
    setDateStyle('dmy');
    expect(formatMilestoneDate('2026-03-12T23:30')).toBe('12/03/2026');
    setDateStyle('browser');
    expect(formatMilestoneDate(null)).toBe('—');
  });

  it('reads the wall clock as a plan date-time', () => {
    expect(localNow(new Date(2026, 10, 27, 9, 5))).toBe('2026-11-27T09:05');
  });
});
