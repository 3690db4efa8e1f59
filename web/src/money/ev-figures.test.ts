import { describe, expect, it } from 'vitest';
import type { EarnedValueReport } from '../../../src/contracts/index.js';
import { evFigures, formatIndex, formatWorkingDays } from './ev-figures.js';

// The textbook case at the end of week 3 (issue 12), in euro cents.
const textbook: EarnedValueReport = {
  statusDate: '2030-01-25T17:00',
  currency: 'EUR',
  baseline: { id: 'b', number: 0, name: 'Approved', savedAt: '2030-01-01T00:00:00Z' },
  evMethod: 'duration',
  bac: 10_000_000,
  pv: 4_000_000,
  ev: 3_500_000,
  ac: 3_600_000,
  sv: -500_000,
  cv: -100_000,
  spi: 0.875,
  cpi: 35 / 36,
  eac: { cpi: 10_285_714, spiCpi: 10_417_687, bottomUp: 10_100_000, remainingAtBudget: 10_100_000 },
  etc: 6_685_714,
  vac: -285_714,
  tcpi: { bac: 6_500_000 / 6_400_000, eac: 1 },
  earnedSchedule: {
    es: 13.75,
    at: 15,
    pd: 25,
    sv: -1.25,
    spi: 13.75 / 15,
    ieac: 25 / (13.75 / 15),
    tspi: 11.25 / 10,
    unit: 'workingDays',
  },
  periods: [],
  tasks: [],
};

const byKey = (r: EarnedValueReport) => new Map(evFigures(r).flatMap((g) => g.figures.map((f) => [f.key, f])));

describe('earned value cards', () => {
  it('shows the textbook figures as a reader expects them', () => {
    const f = byKey(textbook);
    expect(f.get('bac')?.value).toBe('€100,000.00');
    expect(f.get('sv')).toMatchObject({ value: '-€5,000.00', tone: 'bad' });
    expect(f.get('spi')).toMatchObject({ value: '0.88', tone: 'bad' });
    expect(f.get('cpi')).toMatchObject({ value: '0.97', tone: 'bad' });
    expect(f.get('es')?.value).toBe('13.75 d');
    expect(f.get('spit')?.value).toBe('0.92');
    expect(f.get('ieact')?.value).toBe('27.27 d');
    // Above 1: the rest must go better than planned.
    expect(f.get('tspi')).toMatchObject({ value: '1.13', tone: 'bad' });
  });

  it('names all four estimates at completion', () => {
    const labels = evFigures(textbook)
      .flatMap((g) => g.figures)
      .filter((f) => f.key.startsWith('eac'))
      .map((f) => f.label);
    expect(labels).toEqual(['EAC (CPI)', 'EAC (at budget)', 'EAC (CPI × SPI)', 'EAC (bottom-up)']);
  });

  it('shows a dash for what is undefined, in good or bad tone for neither', () => {
    const f = byKey({ ...textbook, cpi: null, eac: { ...textbook.eac, cpi: null } });
    expect(f.get('cpi')).toMatchObject({ value: '—', tone: null });
    expect(f.get('eac-cpi')?.value).toBe('—');
    expect(formatIndex(Number.NaN)).toBe('—');
    expect(formatWorkingDays(null)).toBe('—');
  });
});
