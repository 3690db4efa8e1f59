import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GANTT_ZOOMS,
  localOf,
  minuteAtX,
  minuteOf,
  pxPerMinute,
  snapDelta,
  ticksBetween,
  unitNext,
  unitStart,
  weekendSpans,
  xOfMinute,
} from './time-scale.js';

const DAY = 1440;

describe('minuteOf / localOf', () => {
  it('reads wall-clock digits, so a DST night in any zone is still 24 hours long', () => {
    // 2024-03-31 is the EU spring-forward day; 02:30 does not exist in Europe, but plans have no zone.
    expect(minuteOf('2024-03-31T12:00') - minuteOf('2024-03-30T12:00')).toBe(DAY);
    expect(localOf(minuteOf('2024-03-31T02:30'))).toBe('2024-03-31T02:30');
    expect(minuteOf('1970-01-01T00:00')).toBe(0);
    expect(minuteOf('2024-01-08')).toBe(minuteOf('2024-01-08T00:00'));
  });

  it('gives NaN for missing or malformed dates instead of a wrong bar', () => {
    for (const text of [null, undefined, '', '2024-13-01T00:00', '2024-1-08T08:00', 'tomorrow', '2024-01-08T08:75']) {
      expect(minuteOf(text)).toBeNaN();
    }
  });

  it('round-trips every minute it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 * DAY }), (m) => {
        expect(minuteOf(localOf(m))).toBe(m);
      }),
    );
  });
});

describe('axis', () => {
  it('gets more pixels per minute the more detailed the zoom', () => {
    const scales = GANTT_ZOOMS.map(pxPerMinute);
    for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeLessThan(scales[i - 1]!);
  });

  it('maps x back to the same minute', () => {
    const origin = minuteOf('2024-01-01T00:00');
    const ppm = pxPerMinute('week');
    const m = minuteOf('2024-02-15T13:00');
    expect(minuteAtX(xOfMinute(m, origin, ppm), origin, ppm)).toBeCloseTo(m, 6);
    expect(xOfMinute(origin + DAY, origin, ppm)).toBeCloseTo(14, 6);
  });

  it('snaps a drag to whole hours in day zoom and whole days otherwise', () => {
    expect(snapDelta(89, 'day')).toBe(60);
    expect(snapDelta(91, 'day')).toBe(120);
    expect(snapDelta(-31, 'day')).toBe(-60);
    expect(snapDelta(0.4 * DAY, 'week')).toBe(0);
    expect(snapDelta(1.6 * DAY, 'month')).toBe(2 * DAY);
  });
});

describe('units and ticks', () => {
  const wed = minuteOf('2024-01-10T15:00');

  it('starts weeks on Monday and months, quarters, halves and years on the 1st', () => {
    expect(localOf(unitStart(wed, 'day'))).toBe('2024-01-10T00:00');
    expect(localOf(unitStart(wed, 'week'))).toBe('2024-01-08T00:00');
    expect(localOf(unitStart(minuteOf('2024-01-07T23:59'), 'week'))).toBe('2024-01-01T00:00');
    expect(localOf(unitStart(minuteOf('2024-08-20T00:00'), 'month'))).toBe('2024-08-01T00:00');
    expect(localOf(unitStart(minuteOf('2024-08-20T00:00'), 'quarter'))).toBe('2024-07-01T00:00');
    expect(localOf(unitStart(minuteOf('2024-05-20T00:00'), 'half'))).toBe('2024-01-01T00:00');
    expect(localOf(unitStart(minuteOf('2024-08-20T00:00'), 'year'))).toBe('2024-01-01T00:00');
  });

  it('steps over month lengths, leap days and year ends', () => {
    expect(localOf(unitNext(minuteOf('2024-01-31T10:00'), 'month'))).toBe('2024-02-01T00:00');
    expect(localOf(unitNext(minuteOf('2024-02-29T10:00'), 'day'))).toBe('2024-03-01T00:00');
    expect(localOf(unitNext(minuteOf('2024-11-15T00:00'), 'quarter'))).toBe('2025-01-01T00:00');
    expect(localOf(unitNext(minuteOf('2024-12-31T00:00'), 'week'))).toBe('2025-01-06T00:00');
    expect(localOf(unitNext(minuteOf('2024-07-01T00:00'), 'half'))).toBe('2025-01-01T00:00');
  });

  it('makes contiguous ticks that cover the range', () => {
    const from = minuteOf('2024-01-10T12:00');
    const to = minuteOf('2024-04-02T00:00');
    const months = ticksBetween('month', from, to);
    expect(months.map((t) => localOf(t.start).slice(0, 7))).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    for (let i = 1; i < months.length; i++) expect(months[i]!.start).toBe(months[i - 1]!.end);
    expect(months[0]!.start).toBeLessThanOrEqual(from);
    expect(months.at(-1)!.end).toBeGreaterThanOrEqual(to);
  });

  it('generates only the ticks of the visible stretch, however long the plan', () => {
    // One screen of a day-zoom plan that runs for years: a few dozen days, not 1,800.
    const from = minuteOf('2027-06-01T00:00');
    const to = from + 1500 / pxPerMinute('day');
    const days = ticksBetween('day', from, to);
    expect(days.length).toBeGreaterThan(40);
    expect(days.length).toBeLessThan(45);
    expect(ticksBetween('day', 0, 1e9, 500)).toHaveLength(500);
  });

  it('shades Saturday and Sunday as one span per weekend', () => {
    expect(
      weekendSpans(minuteOf('2024-01-07T12:00'), minuteOf('2024-01-08T00:00')).map((s) => localOf(s.start)),
    ).toEqual(['2024-01-06T00:00']);
    const spans = weekendSpans(minuteOf('2024-01-08T00:00'), minuteOf('2024-01-22T00:00'));
    expect(spans.map((s) => [localOf(s.start), localOf(s.end)])).toEqual([
      ['2024-01-13T00:00', '2024-01-15T00:00'],
      ['2024-01-20T00:00', '2024-01-22T00:00'],
    ]);
  });
});
