import { afterAll, describe, expect, it } from 'vitest';
import { formatDate, formatWeekday, formatWeekdayDate, setDateStyle } from './dates.js';

describe('the one date format', () => {
  afterAll(() => setDateStyle('browser'));

  it('writes a date in the order the user chose, numeric as the browser date inputs show it', () => {
    setDateStyle('mdy');
    expect(formatDate('2030-01-25')).toBe('01/25/2030');
    expect(formatWeekdayDate('2030-01-25')).toBe('Fri 01/25/2030');
    expect(formatWeekday('2030-01-25')).toBe('Fri');
    setDateStyle('dmy');
    expect(formatDate('2030-01-25')).toBe('25/01/2030');
    setDateStyle('iso');
    expect(formatDate('2030-01-25')).toBe('2030-01-25');
  });

  it('never moves a calendar date by the time zone, and reads the date part of a plan date-time', () => {
    setDateStyle('dmy');
    expect(formatDate('2024-02-29T23:30')).toBe('29/02/2024');
    expect(formatDate(null)).toBe('—');
  });
});
