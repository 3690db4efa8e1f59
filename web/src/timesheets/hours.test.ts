import { describe, expect, it } from 'vitest';
import { formatHours, hoursText, parseHours } from './hours.js';

describe('typed hours', () => {
  it.each([
    ['', 0],
    ['8', 480],
    ['7.5', 450],
    ['7,5', 450],
    ['.25', 15],
    ['7:30', 450],
    ['7h30', 450],
    ['7h', 420],
    [':45', 45],
    [' 0:05 ', 5],
    ['0.33', 20],
    ['24', 1440],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseHours(text)).toEqual({ ok: true, minutes });
  });

  it.each([
    ['abc', 'Enter hours as 7.5 or 7:30'],
    ['7:75', 'Minutes must be below 60'],
    ['-1', 'Must not be negative'],
    ['24:01', 'Must be at most 24:00'],
    ['7.5.1', 'Enter hours as 7.5 or 7:30'],
    [':', 'Enter hours as 7.5 or 7:30'],
  ])('refuses %j: %s', (text, message) => {
    expect(parseHours(text)).toEqual({ ok: false, message });
  });

  it('takes a larger limit for remaining work', () => {
    expect(parseHours('120', 1000 * 60)).toEqual({ ok: true, minutes: 7200 });
  });

  it('shows minutes as h:mm, and an empty cell for none', () => {
    expect(formatHours(450)).toBe('7:30');
    expect(formatHours(7200)).toBe('120:00');
    expect(formatHours(5)).toBe('0:05');
    expect(hoursText(0)).toBe('');
    expect(hoursText(480)).toBe('8:00');
  });
});
