import { describe, expect, it } from 'vitest';
import { addWeeks, dayOfWeek, localDate, mondayOf, weekDays } from './week.js';

describe('timesheet weeks', () => {
  it('names a week by its Monday', () => {
    expect(mondayOf('2030-01-07')).toBe('2030-01-07');
    expect(mondayOf('2030-01-13')).toBe('2030-01-07');
    expect(mondayOf('2030-01-14')).toBe('2030-01-14');
    expect(mondayOf('1969-12-31')).toBe('1969-12-29');
    expect(mondayOf('2030-02-30')).toBeNull();
    expect(mondayOf('soon')).toBeNull();
  });

  it('steps across months and years', () => {
    expect(addWeeks('2029-12-31', 1)).toBe('2030-01-07');
    expect(addWeeks('2030-01-07', -1)).toBe('2029-12-31');
    expect(addWeeks('2024-02-26', 1)).toBe('2024-03-04');
  });

  it('lists the days of a week across a month end', () => {
    expect(weekDays('2030-01-28')).toEqual([
      '2030-01-28',
      '2030-01-29',
      '2030-01-30',
      '2030-01-31',
      '2030-02-01',
      '2030-02-02',
      '2030-02-03',
    ]);
  });

  it('finds a date in its week', () => {
    expect(dayOfWeek('2030-01-07', '2030-01-07')).toBe(0);
    expect(dayOfWeek('2030-01-07', '2030-01-13')).toBe(6);
    expect(dayOfWeek('2030-01-07', '2030-01-14')).toBe(-1);
    expect(dayOfWeek('2030-01-07', '2030-01-06')).toBe(-1);
  });

  it("reads today in the viewer's own calendar", () => {
    expect(localDate(new Date(2030, 0, 9, 23, 30))).toBe('2030-01-09');
  });
});
