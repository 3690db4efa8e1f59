import { describe, expect, it } from 'vitest';
import { addDays, hours, loadBand, utilisation } from './capacity-format.js';

describe('capacity colours and figures', () => {
  it('bands utilisation: green under 80 %, amber to 100 %, red above, grey without capacity', () => {
    expect(loadBand(2400, 1800, false)).toBe('ok');
    expect(loadBand(2400, 1920, false)).toBe('busy');
    expect(loadBand(2400, 2400, false)).toBe('busy');
    expect(loadBand(2400, 4800, true)).toBe('over');
    expect(loadBand(0, 0, false)).toBe('none');
    // Work planned where there is no capacity at all is over-allocation, whatever the row says.
    expect(loadBand(0, 60, false)).toBe('over');
    expect(loadBand(2400, 0, false)).toBe('idle');
  });

  it('reads minutes as hours and utilisation as a percentage', () => {
    expect(hours(450)).toBe('7.5 h');
    expect(hours(4800)).toBe('80 h');
    expect(utilisation(1920, 4800)).toBe('250 %');
    expect(utilisation(0, 60)).toBe('–');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});
