/*
 * A project budget's arithmetic (issue 12, "Budget"): lines by cost category and optionally by WBS
 * element, a contingency reserve (the manager's) and a management reserve (the PMO's). The
 * approved total, which becomes the charter's budget, is lines + contingency + management reserve.
 * Amounts are whole minor units of the project's currency.
 */

/** The largest total a budget may reach, in minor units: MoneyMinor's bound, far inside 2^53. */
export const MAX_BUDGET_MINOR = 1_000_000_000_000_000;

/** A budget line as its totals see it: a category, the WBS element it is on (null: the project), an amount in minor units. */
export interface BudgetLineAmount {
  readonly category: string;
  readonly taskId: string | null;
  /** The element's WBS code ("1.2.3"); null on the project, or when the element has left the plan. */
  readonly wbs: string | null;
  readonly amountMinor: number;
}

/** A budget's reserves in minor units. */
export interface BudgetReserves {
  readonly contingencyMinor: number;
  readonly managementReserveMinor: number;
}

/** One category's share of a budget's lines, in minor units. */
export interface CategoryTotal {
  readonly category: string;
  readonly amountMinor: number;
}

/** One WBS element's lines in minor units: its own, and with every line on the elements below it. */
export interface WbsTotal {
  readonly taskId: string;
  readonly wbs: string | null;
  readonly ownMinor: number;
  readonly totalMinor: number;
}

/** The sum of a budget's lines, in minor units. */
export function linesTotal(lines: readonly Pick<BudgetLineAmount, 'amountMinor'>[]): number {
  let sum = 0;
  for (const l of lines) sum += l.amountMinor;
  return sum;
}

/** The approved total in minor units: lines + contingency reserve + management reserve. */
export function budgetTotal(lines: readonly Pick<BudgetLineAmount, 'amountMinor'>[], r: BudgetReserves): number {
  return linesTotal(lines) + r.contingencyMinor + r.managementReserveMinor;
}

/** The lines' sum per category, in `order` (the PMO's), then any category `order` does not list; empty ones left out. */
export function totalsByCategory(lines: readonly BudgetLineAmount[], order: readonly string[]): CategoryTotal[] {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(l.category, (sums.get(l.category) ?? 0) + l.amountMinor);
  const rank = new Map(order.map((c, i) => [c, i]));
  return [...sums.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length) || a.localeCompare(b))
    .map(([category, amountMinor]) => ({ category, amountMinor }));
}

/** The lines on the project itself (no WBS element), in minor units. */
export function projectLevelTotal(lines: readonly BudgetLineAmount[]): number {
  return linesTotal(lines.filter((l) => l.taskId === null));
}

/**
 * The WBS elements that carry lines, in WBS order (elements no longer in the plan last), each with
 * its own lines and its total including the lines on every element below it (found by WBS code,
 * so a version's snapshot rolls up the same way as the live plan).
 */
export function totalsByWbs(lines: readonly BudgetLineAmount[]): WbsTotal[] {
  const own = new Map<string, { wbs: string | null; amount: number }>();
  for (const l of lines) {
    if (l.taskId === null) continue;
    const e = own.get(l.taskId);
    if (e) e.amount += l.amountMinor;
    else own.set(l.taskId, { wbs: l.wbs, amount: l.amountMinor });
  }
  const elements = [...own.entries()].sort(([, a], [, b]) => compareWbs(a.wbs, b.wbs));
  return elements.map(([taskId, e]) => {
    let total = e.amount;
    if (e.wbs !== null) {
      const prefix = `${e.wbs}.`;
      for (const [, other] of elements) if (other.wbs?.startsWith(prefix)) total += other.amount;
    }
    return { taskId, wbs: e.wbs, ownMinor: e.amount, totalMinor: total };
  });
}

/** Orders WBS codes as an outline does ("1.2" < "1.10" < "2"); null (an element gone from the plan) last. */
export function compareWbs(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
