import { civilFromEpochDay, type EpochDay, epochDayFromCivil } from '../schedule/time.js';
import { apportion } from './apportion.js';
import type { CategoryTotal } from './budget.js';

/*
 * A portfolio's budget by year and cost category against its projects' approved budgets (issue
 * 12). A project's approved amounts are spread over the years of its planned start to finish in
 * proportion to the calendar days of each year it spans (both ends counted), each category and
 * each reserve on its own, in whole minor units that add up to the approved amount; a project with
 * no finish (or a finish before its start) counts wholly in its start year. Currencies are never
 * converted: projects in another currency than the portfolio budget's are listed, not summed.
 */

/** An amount in minor units falling in one calendar year. */
export interface YearAmount {
  readonly year: number;
  readonly amountMinor: number;
}

/**
 * `amountMinor` spread over the calendar years from `start` to `finish` (epoch days, both counted)
 * by days, in whole minor units that add up to it; all in the start year when `finish` is null or
 * before `start`. Years in the span that get nothing are still listed.
 */
export function spreadOverYears(amountMinor: number, start: EpochDay, finish: EpochDay | null): YearAmount[] {
  const first = civilFromEpochDay(start).year;
  if (finish === null || finish < start) return [{ year: first, amountMinor }];
  const last = civilFromEpochDay(finish).year;
  const years: number[] = [];
  const days: number[] = [];
  for (let year = first; year <= last; year++) {
    const from = Math.max(start, epochDayFromCivil(year, 1, 1));
    const to = Math.min(finish, epochDayFromCivil(year, 12, 31));
    years.push(year);
    days.push(to - from + 1);
  }
  const parts = apportion(amountMinor, days);
  return years.map((year, i) => ({ year, amountMinor: parts[i] as number }));
}

/** A project's latest approved budget, as the portfolio view counts it. */
export interface ApprovedProjectBudget {
  readonly projectId: string;
  readonly currency: string;
  /** Planned start and finish, epoch days (finish null: all in the start year). */
  readonly start: EpochDay;
  readonly finish: EpochDay | null;
  readonly byCategory: readonly CategoryTotal[];
  readonly contingencyMinor: number;
  readonly managementReserveMinor: number;
}

/** One amount of a portfolio's budget: a year, a cost category, minor units. */
export interface PortfolioBudgetAmount {
  readonly year: number;
  readonly category: string;
  readonly amountMinor: number;
}

/** One cell of the year × category grid, minor units: the budget, the projects' approved lines, and whether they exceed it. */
export interface PortfolioBudgetCell {
  readonly year: number;
  readonly category: string;
  readonly budgetMinor: number;
  readonly projectsMinor: number;
  readonly over: boolean;
}

/** One year, minor units: the budget, the projects' reserves, and the projects' approved total (lines + reserves). */
export interface PortfolioBudgetYear {
  readonly year: number;
  readonly budgetMinor: number;
  readonly contingencyMinor: number;
  readonly managementReserveMinor: number;
  readonly projectsMinor: number;
  readonly over: boolean;
}

/** The comparison: cells, years, and the projects left out because of their currency. */
export interface PortfolioBudgetComparison {
  readonly cells: PortfolioBudgetCell[];
  readonly years: PortfolioBudgetYear[];
  readonly unsummed: { readonly currency: string; readonly projectIds: string[] }[];
}

/**
 * The portfolio budget (in `currency`) against the approved budgets of `projects`, by year and
 * category: a cell for every year and category that has a budget or projects' amounts, in year
 * order then the PMO's category `order`.
 */
export function comparePortfolioBudget(
  currency: string,
  budget: readonly PortfolioBudgetAmount[],
  projects: readonly ApprovedProjectBudget[],
  order: readonly string[],
): PortfolioBudgetComparison {
  const cells = new Map<string, { year: number; category: string; budget: number; projects: number }>();
  const cell = (year: number, category: string) => {
    const key = `${year}\u0000${category}`;
    let c = cells.get(key);
    if (!c) {
      c = { year, category, budget: 0, projects: 0 };
      cells.set(key, c);
    }
    return c;
  };
  const years = new Map<number, { contingency: number; management: number }>();
  const year = (y: number) => {
    let e = years.get(y);
    if (!e) {
      e = { contingency: 0, management: 0 };
      years.set(y, e);
    }
    return e;
  };
  for (const b of budget) {
    cell(b.year, b.category).budget += b.amountMinor;
    year(b.year);
  }
  const unsummed = new Map<string, string[]>();
  for (const p of projects) {
    if (p.currency !== currency) {
      unsummed.set(p.currency, [...(unsummed.get(p.currency) ?? []), p.projectId]);
      continue;
    }
    for (const c of p.byCategory) {
      for (const y of spreadOverYears(c.amountMinor, p.start, p.finish))
        cell(y.year, c.category).projects += y.amountMinor;
    }
    for (const y of spreadOverYears(p.contingencyMinor, p.start, p.finish)) year(y.year).contingency += y.amountMinor;
    for (const y of spreadOverYears(p.managementReserveMinor, p.start, p.finish))
      year(y.year).management += y.amountMinor;
  }
  const rank = new Map(order.map((c, i) => [c, i]));
  const sorted = [...cells.values()]
    .filter((c) => c.budget !== 0 || c.projects !== 0)
    .sort(
      (a, b) =>
        a.year - b.year ||
        (rank.get(a.category) ?? order.length) - (rank.get(b.category) ?? order.length) ||
        a.category.localeCompare(b.category),
    );
  const yearRows = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, r]) => {
      let budgetMinor = 0;
      let linesMinor = 0;
      for (const c of sorted) {
        if (c.year !== y) continue;
        budgetMinor += c.budget;
        linesMinor += c.projects;
      }
      const projectsMinor = linesMinor + r.contingency + r.management;
      return {
        year: y,
        budgetMinor,
        contingencyMinor: r.contingency,
        managementReserveMinor: r.management,
        projectsMinor,
        over: projectsMinor > budgetMinor,
      };
    })
    .filter((y) => y.budgetMinor !== 0 || y.projectsMinor !== 0);
  return {
    cells: sorted.map((c) => ({
      year: c.year,
      category: c.category,
      budgetMinor: c.budget,
      projectsMinor: c.projects,
      over: c.projects > c.budget,
    })),
    years: yearRows,
    unsummed: [...unsummed.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([cur, projectIds]) => ({ currency: cur, projectIds })),
  };
}
