import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDurationDays,
  formatDurationText,
  formatPredecessorText,
  type PredecessorRef,
  parseDurationText,
  parsePredecessorText,
} from './predecessor-text.js';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('parsePredecessorText', () => {
  it('reads every link type, lag unit and the bare row', () => {
    expect(ok(parsePredecessorText('3FS+2d;5SS-10%;7;4FF-1w;2SF+3ed'))).toEqual([
      { row: 3, type: 'FS', lagKind: 'working', lag: 960 },
      { row: 5, type: 'SS', lagKind: 'percent', lag: -10 },
      { row: 7, type: 'FS', lagKind: 'working', lag: 0 },
      { row: 4, type: 'FF', lagKind: 'working', lag: -2400 },
      { row: 2, type: 'SF', lagKind: 'elapsed', lag: 3 * 1440 },
    ]);
  });

  it('converts days and weeks with the calendar’s hours', () => {
    expect(ok(parsePredecessorText('3FS+1d;4ss+1w', { hoursPerDay: 7.5, hoursPerWeek: 37.5 }))).toEqual([
      { row: 3, type: 'FS', lagKind: 'working', lag: 450 },
      { row: 4, type: 'SS', lagKind: 'working', lag: 2250 },
    ]);
  });

  it('accepts spaces, commas, hours, minutes and a bare lag number as days', () => {
    expect(ok(parsePredecessorText(' 3 fs + 4h , 5FS+30m, 6FS+2 '))).toEqual([
      { row: 3, type: 'FS', lagKind: 'working', lag: 240 },
      { row: 5, type: 'FS', lagKind: 'working', lag: 30 },
      { row: 6, type: 'FS', lagKind: 'working', lag: 960 },
    ]);
  });

  it('is empty for empty text', () => {
    expect(ok(parsePredecessorText('  '))).toEqual([]);
    expect(ok(parsePredecessorText(';'))).toEqual([]);
  });

  it('names the bad part', () => {
    expect(parsePredecessorText('3FS;3XX')).toEqual({ ok: false, error: "predecessors: '3XX' is not a link type" });
    expect(parsePredecessorText('abc')).toMatchObject({ error: expect.stringContaining("'abc'") });
    expect(parsePredecessorText('3FS+2q')).toMatchObject({ error: expect.stringContaining("'q' is not a lag unit") });
    expect(parsePredecessorText('3FS2d')).toMatchObject({ error: expect.stringContaining('starts with + or -') });
    expect(parsePredecessorText('0FS')).toMatchObject({ error: expect.stringContaining('rows start at 1') });
    expect(parsePredecessorText('3;3SS')).toEqual({ ok: false, error: 'predecessors: row 3 is listed twice' });
  });
});

describe('formatPredecessorText', () => {
  it('writes MS Project’s short form', () => {
    const refs: PredecessorRef[] = [
      { row: 3, type: 'FS', lagKind: 'working', lag: 960 },
      { row: 5, type: 'SS', lagKind: 'percent', lag: -10 },
      { row: 7, type: 'FS', lagKind: 'working', lag: 0 },
      { row: 4, type: 'FF', lagKind: 'working', lag: -2400 },
      { row: 2, type: 'SF', lagKind: 'elapsed', lag: 4320 },
      { row: 8, type: 'SS', lagKind: 'working', lag: 0 },
    ];
    expect(formatPredecessorText(refs)).toBe('3FS+2d;5SS-10%;7;4FF-5d;2SF+3ed;8SS');
  });

  it('round-trips any list of links', () => {
    const ref = fc.record({
      row: fc.integer({ min: 1, max: 100_000 }),
      type: fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const, 'SF' as const),
      lagKind: fc.constantFrom('working' as const, 'elapsed' as const, 'percent' as const),
      lag: fc.integer({ min: -100_000, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(ref, { selector: (r) => r.row, maxLength: 8 }), (refs) => {
        // A zero lag has no unit to show, so it reads back as a working lag.
        const expected = refs.map((r) => (r.lag === 0 ? { ...r, lagKind: 'working' } : r));
        expect(ok(parsePredecessorText(formatPredecessorText(refs)))).toEqual(expected);
      }),
    );
  });
});

describe('durations', () => {
  it('parses the units MS Project accepts', () => {
    expect(ok(parseDurationText('5d'))).toEqual({ minutes: 2400, elapsed: false });
    expect(ok(parseDurationText('3h'))).toEqual({ minutes: 180, elapsed: false });
    expect(ok(parseDurationText('2w'))).toEqual({ minutes: 4800, elapsed: false });
    expect(ok(parseDurationText('1.5d'))).toEqual({ minutes: 720, elapsed: false });
    expect(ok(parseDurationText('4ed'))).toEqual({ minutes: 5760, elapsed: true });
    expect(ok(parseDurationText('0d'))).toEqual({ minutes: 0, elapsed: false });
    expect(ok(parseDurationText('2.5h'))).toEqual({ minutes: 150, elapsed: false });
    expect(ok(parseDurationText('1mo'))).toEqual({ minutes: 9600, elapsed: false });
    expect(ok(parseDurationText('45m'))).toEqual({ minutes: 45, elapsed: false });
    expect(ok(parseDurationText('3 days'))).toEqual({ minutes: 1440, elapsed: false });
    expect(ok(parseDurationText('7'))).toEqual({ minutes: 3360, elapsed: false });
  });

  it('uses the calendar’s hours per day', () => {
    expect(ok(parseDurationText('2d', { hoursPerDay: 10, hoursPerWeek: 40 }))).toEqual({
      minutes: 1200,
      elapsed: false,
    });
  });

  it('rejects what is not a duration', () => {
    expect(parseDurationText('-2d')).toEqual({ ok: false, error: 'duration: must not be negative' });
    expect(parseDurationText('')).toMatchObject({ ok: false });
    expect(parseDurationText('five')).toMatchObject({ error: expect.stringContaining("'five' is not a duration") });
    expect(parseDurationText('5x')).toMatchObject({ error: expect.stringContaining("'x' is not a unit") });
    expect(parseDurationText('50%')).toMatchObject({ ok: false });
  });

  it('formats days, and hours or minutes when days would round', () => {
    expect(formatDurationText(2400)).toBe('5d');
    expect(formatDurationText(0)).toBe('0d');
    expect(formatDurationText(720)).toBe('1.5d');
    expect(formatDurationText(5760, true)).toBe('4ed');
    expect(formatDurationText(150)).toBe('2.5h');
    expect(formatDurationText(7)).toBe('7m');
    expect(formatDurationText(450, false, { hoursPerDay: 7.5, hoursPerWeek: 37.5 })).toBe('1d');
  });

  it('reads long durations in days however they round, as a summary spanning partial days', () => {
    // An XER root summary spans 11,967 working hours: hours in one row and days in the next read as noise.
    expect(formatDurationDays(11967 * 60)).toBe('1495.88d');
    expect(formatDurationDays(2400)).toBe('5d');
    expect(formatDurationDays(13 * 60)).toBe('1.63d');
    expect(formatDurationDays(150)).toBe('2.5h');
    expect(formatDurationDays(3 * 1440 + 60, true)).toBe('3.04ed');
  });

  it('round-trips any whole number of minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (minutes, elapsed) => {
        expect(ok(parseDurationText(formatDurationText(minutes, elapsed)))).toEqual({ minutes, elapsed });
      }),
    );
  });
});
