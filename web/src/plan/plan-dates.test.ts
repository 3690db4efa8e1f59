import { describe, expect, it } from 'vitest';
import { setDateStyle } from '../lib/dates.js';
import { formatPlanDate, parsePlanDate } from './plan-dates.js';

describe('plan dates', () => {
  it('shows a plan date with its weekday, without any time-zone shift', () => {
    setDateStyle('mdy');
    expect(formatPlanDate('2024-01-08T08:00')).toBe('Mon 01/08/2024');
    expect(formatPlanDate('2024-02-29T17:00')).toBe('Thu 02/29/2024');
    setDateStyle('browser');
    expect(formatPlanDate(null)).toBe('');
  });

  it('reads ISO dates, with or without a time, and its own display format', () => {
    expect(parsePlanDate('2024-01-08')).toEqual({ date: '2024-01-08', time: null });
    expect(parsePlanDate('2024-1-8 9:30')).toEqual({ date: '2024-01-08', time: '09:30' });
    expect(parsePlanDate('2024-01-08T17:00')).toEqual({ date: '2024-01-08', time: '17:00' });
    expect(parsePlanDate('Mon 8 Jan 24')).toEqual({ date: '2024-01-08', time: null });
    expect(parsePlanDate('8 January 2024 13:00')).toEqual({ date: '2024-01-08', time: '13:00' });
  });

  it('rejects what is not a real date', () => {
    expect(parsePlanDate('2023-02-29')).toBeNull();
    expect(parsePlanDate('2024-13-01')).toBeNull();
    expect(parsePlanDate('8 Foo 24')).toBeNull();
    expect(parsePlanDate('2024-01-08 25:00')).toBeNull();
    expect(parsePlanDate('soon')).toBeNull();
  });
});
