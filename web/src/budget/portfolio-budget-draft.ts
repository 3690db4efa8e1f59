import type { PortfolioBudget, UpdatePortfolioBudgetBody } from '../../../src/contracts/index.js';
import { minorToAmountText, parseAmount } from '../lib/money.js';

/*
 * A portfolio budget as its grid holds it while edited: one typed amount per year and category
 * (key "2030|labour"), turned into minor units when saved; empty and zero cells are left out.
 */

/** Typed amounts by "year|category". */
export type PortfolioDraft = Readonly<Record<string, string>>;

/** The key of a grid cell. */
export const cellKey = (year: number, category: string) => `${year}|${category}`;

/** The draft of a budget as read. */
export function portfolioDraftOf(b: PortfolioBudget): PortfolioDraft {
  return Object.fromEntries(
    b.lines.map((l) => [cellKey(l.year, l.category), minorToAmountText(l.amountMinor, b.currency)]),
  );
}

/** The years and categories the grid shows: the budget's, the projects', and any added while editing. */
export function gridAxes(b: PortfolioBudget, draft: PortfolioDraft, order: readonly string[]) {
  const years = new Set<number>([...b.years.map((y) => y.year), ...b.cells.map((c) => c.year)]);
  const categories = new Set<string>(b.cells.map((c) => c.category));
  for (const key of Object.keys(draft)) {
    const [year, category] = key.split('|') as [string, string];
    years.add(Number(year));
    categories.add(category);
  }
  const rank = new Map(order.map((c, i) => [c, i]));
  return {
    years: [...years].sort((a, z) => a - z),
    categories: [...categories].sort((a, z) => (rank.get(a) ?? order.length) - (rank.get(z) ?? order.length)),
  };
}

/** The body to save, or the cells whose amounts do not read (by key). */
export function portfolioBodyOf(
  draft: PortfolioDraft,
  currency: string,
  version: number,
): { ok: true; body: UpdatePortfolioBudgetBody } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const lines: UpdatePortfolioBudgetBody['lines'] = [];
  for (const [key, text] of Object.entries(draft)) {
    const amount = parseAmount(text, currency);
    if (!amount.ok) {
      errors[key] = amount.message;
      continue;
    }
    if (amount.minor === 0) continue;
    const [year, category] = key.split('|') as [string, string];
    lines.push({ year: Number(year), category, amountMinor: amount.minor });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  lines.sort((a, z) => a.year - z.year || a.category.localeCompare(z.category));
  return { ok: true, body: { lines, currency, version } };
}
