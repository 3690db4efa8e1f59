import { describe, expect, it } from 'vitest';
import { addWorkingDays, lastWorkingDayBefore, startForDay, workingDaysThrough } from './demo-dates.js';

describe('demo dates', () => {
  it('counts Monday to Friday, both ways across weekends', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07'); // Friday -> Monday
    expect(addWorkingDays('2026-12-07', -1)).toBe('2026-12-04');
    expect(addWorkingDays('2026-12-07', 0)).toBe('2026-12-07');
    expect(workingDaysThrough('2026-11-30', '2026-12-06')).toBe(5);
  });

  it('puts the status date on the last working day before today, even on a Sunday or a Monday', () => {
    expect(lastWorkingDayBefore('2026-12-06')).toBe('2026-12-04'); // Sunday
    expect(lastWorkingDayBefore('2026-12-07')).toBe('2026-12-04'); // Monday
    expect(lastWorkingDayBefore('2026-12-09')).toBe('2026-12-08');
  });

  it('starts a plan so that its given working day is the status date', () => {
    const start = startForDay('2026-12-07', 23);
    expect(workingDaysThrough(start, '2026-12-04')).toBe(23);
    expect(startForDay('2026-12-07', -9)).toBe('2026-12-18');
  });
});
