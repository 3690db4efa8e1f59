import { describe, expect, it } from 'vitest';
import { setDateStyle } from '../../lib/dates.js';
import { formatDisplayDateTime, formatShortDate, formatWorkingDays, tickLabel } from './labels.js';
import { minuteOf } from './time-scale.js';

describe('tickLabel', () => {
  const jan8 = minuteOf('2024-01-08T00:00');

  it('uses the longest label that fits the cell', () => {
    expect(tickLabel('month', jan8, 200, 'top')).toBe('January 2024');
    expect(tickLabel('month', jan8, 60, 'top')).toBe("Jan '24");
    expect(tickLabel('month', jan8, 120, 'bottom')).toBe('January');
    expect(tickLabel('month', jan8, 30, 'bottom')).toBe('Jan');
    expect(tickLabel('day', jan8, 60, 'bottom')).toBe('Mon 8');
    expect(tickLabel('day', jan8, 36, 'bottom')).toBe('M 8');
    expect(tickLabel('week', jan8, 98, 'bottom')).toBe('8 Jan');
    expect(tickLabel('quarter', minuteOf('2024-08-01T00:00'), 300, 'top')).toBe('Q3 2024');
    expect(tickLabel('quarter', minuteOf('2024-08-01T00:00'), 100, 'bottom')).toBe('Q3');
    expect(tickLabel('half', minuteOf('2024-08-01T00:00'), 60, 'bottom')).toBe('H2');
    expect(tickLabel('year', jan8, 116, 'top')).toBe('2024');
  });

  it('leaves a cell too narrow for any label blank', () => {
    expect(tickLabel('day', jan8, 6, 'bottom')).toBe('');
    expect(tickLabel('year', jan8, 10, 'top')).toBe('');
  });
});

describe('tooltip formats', () => {
  it('spells dates from their digits with weekday and time', () => {
    setDateStyle('dmy');
    expect(formatDisplayDateTime(minuteOf('2024-01-08T08:00'))).toBe('Mon 08/01/2024 08:00');
    expect(formatDisplayDateTime(minuteOf('2024-02-29T17:30'))).toBe('Thu 29/02/2024 17:30');
    setDateStyle('browser');
    expect(formatDisplayDateTime(Number.NaN)).toBe('—');
    expect(formatShortDate(minuteOf('2024-12-25T08:00'))).toBe('25 Dec');
  });

  it('shows working minutes as 8-hour days', () => {
    expect(formatWorkingDays(480)).toBe('1 day');
    expect(formatWorkingDays(2400)).toBe('5 days');
    expect(formatWorkingDays(240)).toBe('0.5 days');
    expect(formatWorkingDays(-960)).toBe('-2 days');
    expect(formatWorkingDays(0)).toBe('0 days');
    expect(formatWorkingDays(null)).toBe('—');
  });
});
