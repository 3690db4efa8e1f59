import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatLocalDateTime, MINUTES_PER_DAY, parseLocalDateTime } from './time.js';

/** The same text from the platform's own calendar (UTC has no daylight saving, so it is wall-clock time). */
const viaDate = (minutes: number) => `${new Date(minutes * 60_000).toISOString().slice(0, 16)}:00`;

describe('formatting local date-times', () => {
  it('agrees with the platform calendar across 1900-2199, asked twice (remembered texts stay right)', () => {
    const from = parseLocalDateTime('1900-01-01') as number;
    const to = parseLocalDateTime('2199-12-31T23:59') as number;
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const samples = Array.from({ length: 5000 }, () => from + Math.floor(next() * (to - from)));
    for (const round of [1, 2]) {
      for (const m of samples) expect(formatLocalDateTime(m), `round ${round}, ${m}`).toBe(viaDate(m));
    }
    expect(formatLocalDateTime(-1)).toBe('1969-12-31T23:59:00');
    expect(formatLocalDate(Math.floor(to / MINUTES_PER_DAY))).toBe('2199-12-31');
  });
});
