import { describe, expect, it } from 'vitest';
import type { ProjectBudget } from '../../../src/contracts/index.js';
import { bodyOf, draftChanged, draftOf, draftTotals } from './budget-draft.js';

const budget = {
  currency: 'EUR',
  version: 4,
  contingencyMinor: 5_000,
  managementReserveMinor: 2_500,
  lines: [
    {
      category: 'labour',
      categoryName: 'Labour',
      taskId: 't1',
      wbs: '1',
      taskName: 'Build',
      amountMinor: 123_456,
      note: 'x',
    },
  ],
} as unknown as ProjectBudget;

describe('the budget editor draft', () => {
  it('shows amounts as decimal text and saves them as minor units, with the version', () => {
    const d = draftOf(budget);
    expect(d.lines[0]).toMatchObject({ amount: '1234.56', note: 'x' });
    expect(d.contingency).toBe('50.00');
    expect(draftChanged(d, budget)).toBe(false);
    const edited = {
      ...d,
      lines: [...d.lines, { key: 'new', category: 'travel', taskId: null, amount: '1,000.5', note: ' ' }],
    };
    expect(draftChanged(edited, budget)).toBe(true);
    expect(draftTotals(edited, 'EUR')).toEqual({ linesMinor: 223_506, totalMinor: 231_006 });
    expect(bodyOf(edited, 'EUR', 4, false)).toEqual({
      ok: true,
      body: {
        lines: [
          { category: 'labour', taskId: 't1', amountMinor: 123_456, note: 'x' },
          { category: 'travel', taskId: null, amountMinor: 100_050, note: '' },
        ],
        contingencyMinor: 5_000,
        version: 4,
      },
    });
    // Only those who may change the management reserve send it.
    const pmo = bodyOf(edited, 'EUR', 4, true);
    expect(pmo.ok && pmo.body.managementReserveMinor).toBe(2_500);
  });

  it('names the line whose amount does not read, and a category repeated on one element', () => {
    const d = draftOf(budget);
    const key = d.lines[0]?.key as string;
    const bad = {
      ...d,
      lines: [...d.lines, { key: 'dup', category: 'labour', taskId: 't1', amount: '1.234', note: '' }],
      contingency: '-3',
    };
    expect(bodyOf(bad, 'EUR', 4, false)).toEqual({
      ok: false,
      errors: {
        'lines.dup.amount': 'Must have at most 2 decimals for EUR',
        'lines.dup.cell': 'This category is already on this element',
        contingency: 'Must not be negative',
      },
    });
    expect(key).toMatch(/^line-/);
  });
});
