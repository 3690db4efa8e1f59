import { describe, expect, it } from 'vitest';
import type { PortfolioBudget } from '../../../src/contracts/index.js';
import { gridAxes, portfolioBodyOf, portfolioDraftOf } from './portfolio-budget-draft.js';

const budget = {
  currency: 'EUR',
  version: 3,
  lines: [{ year: 2030, category: 'labour', amountMinor: 200_000 }],
  cells: [{ year: 2031, category: 'travel', budgetMinor: 0, projectsMinor: 5, over: true }],
  years: [{ year: 2029 }],
} as unknown as PortfolioBudget;

describe('the portfolio budget grid draft', () => {
  it("shows the budget's, the projects' and the added years and categories, in order", () => {
    const draft: Record<string, string> = { ...portfolioDraftOf(budget), '2033|material': '' };
    expect(draft['2030|labour']).toBe('2000.00');
    expect(gridAxes(budget, draft, ['labour', 'material', 'travel'])).toEqual({
      years: [2029, 2030, 2031, 2033],
      categories: ['labour', 'material', 'travel'],
    });
  });

  it('saves the amounts that are not empty or zero, and names the cells that do not read', () => {
    const draft = { '2031|travel': '12.5', '2030|labour': '0', '2032|labour': '' };
    expect(portfolioBodyOf(draft, 'EUR', 3)).toEqual({
      ok: true,
      body: { lines: [{ year: 2031, category: 'travel', amountMinor: 1_250 }], currency: 'EUR', version: 3 },
    });
    expect(portfolioBodyOf({ '2031|travel': 'abc' }, 'EUR', 3)).toEqual({
      ok: false,
      errors: { '2031|travel': 'Must be an amount like 1250.00' },
    });
  });
});
