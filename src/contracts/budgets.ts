import { z } from 'zod';
import { BUDGET_ACTIONS } from '../core/resource-policies.js';
import { Id, MoneyMinor, Timestamp, Version } from './common.js';
import { Currency } from './projects.js';
import { resourceActions } from './resource-actions.js';

/*
 * Budgets (issue 12, "Budget"): a project's working budget by cost category and optionally by WBS
 * element, with its contingency reserve (the manager's) and management reserve (the PMO's), its
 * approved versions, and a portfolio's budget by year and category against its projects'. Amounts
 * are whole minor units of the project's (or the portfolio budget's) currency.
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const Person = z.object({ id: Id, name: z.string() });
/** A cost category's id, as GET /cost-categories lists it. */
const CategoryRef = z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters');
/** At most this many lines in a project budget (a category per WBS element of a large plan fits). */
export const MAX_BUDGET_LINES = 2000;

/** A line of a working budget as written: a category, optionally a WBS element, an amount, a note. */
export const BudgetLineInput = z
  .object({
    category: CategoryRef,
    taskId: Id.nullable()
      .default(null)
      .meta({ description: 'A task of the plan (summary or work package); null: the project as a whole' }),
    amountMinor: MoneyMinor,
    note: text(1000).default(''),
  })
  .meta({ id: 'BudgetLineInput' });

/** PUT /projects/{id}/budget: the working budget's lines and reserves. */
export const UpdateBudgetBody = z
  .object({
    lines: z.array(BudgetLineInput).max(MAX_BUDGET_LINES, `must have at most ${MAX_BUDGET_LINES} lines`),
    contingencyMinor: MoneyMinor.meta({ description: "The contingency reserve, held by the project's manager" }),
    managementReserveMinor: MoneyMinor.optional().meta({
      description: 'The management reserve, held by the PMO: anyone else leaves it out or sends it unchanged',
    }),
    version: Version.optional(),
  })
  .meta({ id: 'UpdateBudgetBody' });
/** A working budget as written. */
export type UpdateBudgetBody = z.infer<typeof UpdateBudgetBody>;

/** POST /projects/{id}/budget/submit: why this budget (or this change to it). */
export const SubmitBudgetBody = z
  .object({ reason: required(2000), version: Version.optional() })
  .meta({ id: 'SubmitBudgetBody' });
/** A submission for approval. */
export type SubmitBudgetBody = z.infer<typeof SubmitBudgetBody>;

/** POST /projects/{id}/budget/approve. */
export const ApproveBudgetBody = z
  .object({ note: text(2000).default(''), version: Version.optional() })
  .meta({ id: 'ApproveBudgetBody' });
/** An approval. */
export type ApproveBudgetBody = z.infer<typeof ApproveBudgetBody>;

/** POST /projects/{id}/budget/return: what the manager should change. */
export const ReturnBudgetBody = z
  .object({ comment: required(2000), version: Version.optional() })
  .meta({ id: 'ReturnBudgetBody' });
/** A return to the manager. */
export type ReturnBudgetBody = z.infer<typeof ReturnBudgetBody>;

/** A budget line as read, with its category's name and its WBS element (null wbs and name: gone from the plan). */
export const BudgetLine = z
  .object({
    category: z.string(),
    categoryName: z.string(),
    taskId: Id.nullable(),
    wbs: z.string().nullable(),
    taskName: z.string().nullable(),
    amountMinor: z.number().int(),
    note: z.string(),
  })
  .meta({ id: 'BudgetLine' });
/** A budget line. */
export type BudgetLine = z.infer<typeof BudgetLine>;

/** A budget's totals, minor units: lines, reserves, the approved total, by category and by WBS element. */
const totals = {
  linesMinor: z.number().int(),
  contingencyMinor: z.number().int(),
  managementReserveMinor: z.number().int(),
  totalMinor: z.number().int().meta({ description: 'Lines + contingency reserve + management reserve' }),
  projectLevelMinor: z.number().int().meta({ description: 'Lines on the project as a whole (no WBS element)' }),
  byCategory: z.array(z.object({ category: z.string(), name: z.string(), amountMinor: z.number().int() })),
  byWbs: z
    .array(
      z.object({
        taskId: Id,
        wbs: z.string().nullable(),
        name: z.string().nullable(),
        ownMinor: z.number().int(),
        totalMinor: z.number().int().meta({ description: 'With the lines on every element below it' }),
      }),
    )
    .meta({ description: 'The WBS elements that carry lines, in WBS order' }),
};

/** The kinds of approved budget version. */
export const BudgetVersionKind = z.enum(['original', 'revision', 'change']).meta({
  id: 'BudgetVersionKind',
  description: 'original: the first approved; revision: approved later; change: by change control',
});

/** An approved version of a project's budget, without its lines. */
export const BudgetVersionSummary = z
  .object({
    number: z.number().int(),
    kind: BudgetVersionKind,
    changeRequestId: z.string().nullable(),
    reason: z.string(),
    submittedBy: Person.nullable(),
    submittedAt: Timestamp.nullable(),
    approvedBy: Person,
    approvedAt: Timestamp,
    approvalNote: z.string(),
    currency: z.string(),
    linesMinor: z.number().int(),
    contingencyMinor: z.number().int(),
    managementReserveMinor: z.number().int(),
    totalMinor: z.number().int(),
  })
  .meta({ id: 'BudgetVersionSummary' });
/** An approved version, summed up. */
export type BudgetVersionSummary = z.infer<typeof BudgetVersionSummary>;

/** GET /projects/{id}/budget/versions/{n}: one approved version with its lines as they were approved. */
export const BudgetVersion = BudgetVersionSummary.extend({ lines: z.array(BudgetLine), ...totals }).meta({
  id: 'BudgetVersion',
});
/** An approved version. */
export type BudgetVersion = z.infer<typeof BudgetVersion>;

/** GET /projects/{id}/budget: the working budget, its totals, and the approved versions. */
export const ProjectBudget = z
  .object({
    projectId: Id,
    currency: z.string(),
    status: z
      .enum(['draft', 'submitted'])
      .meta({ description: 'submitted: waiting for the PMO to approve or return it' }),
    lines: z.array(BudgetLine),
    ...totals,
    submission: z.object({ by: Person, at: Timestamp, reason: z.string() }).nullable(),
    returned: z
      .object({ by: Person, at: Timestamp, comment: z.string() })
      .nullable()
      .meta({ description: "The PMO's last return, until the budget is approved" }),
    updatedBy: Person.nullable(),
    updatedAt: Timestamp.nullable(),
    charterBudgetMinor: z.number().int().meta({ description: "The charter's budget: the latest approved total" }),
    approved: BudgetVersionSummary.nullable().meta({ description: 'The latest approved version' }),
    changedSinceApproval: z
      .boolean()
      .meta({ description: 'The working budget differs from the latest approved version (or none is approved)' }),
    versions: z.array(BudgetVersionSummary).meta({ description: 'Approved versions, the original first' }),
    version: Version,
    ...resourceActions('Budget', BUDGET_ACTIONS),
  })
  .meta({ id: 'ProjectBudget' });
/** A project's budget. */
export type ProjectBudget = z.infer<typeof ProjectBudget>;

/** A year of a portfolio budget. */
const Year = z.number().int('must be a whole year').min(1900, 'must be 1900..2200').max(2200, 'must be 1900..2200');

/** PUT /portfolios/{id}/budget: the amounts by year and category (one per pair), and the currency. */
export const UpdatePortfolioBudgetBody = z
  .object({
    lines: z
      .array(
        z
          .object({ year: Year, category: CategoryRef, amountMinor: MoneyMinor })
          .meta({ id: 'PortfolioBudgetLineInput' }),
      )
      .max(5000, 'must have at most 5000 lines'),
    currency: Currency.optional().meta({
      description: "Default: the budget's, else the currency most of the portfolio's projects use",
    }),
    version: Version.optional(),
  })
  .meta({ id: 'UpdatePortfolioBudgetBody' });
/** A portfolio budget as written. */
export type UpdatePortfolioBudgetBody = z.infer<typeof UpdatePortfolioBudgetBody>;

const money = z.number().int();

/** GET /portfolios/{id}/budget: the budget by year and category against the projects' approved budgets. */
export const PortfolioBudget = z
  .object({
    portfolioId: Id,
    currency: z.string(),
    lines: z.array(z.object({ year: z.number().int(), category: z.string(), amountMinor: money })),
    cells: z
      .array(
        z.object({
          year: z.number().int(),
          category: z.string(),
          budgetMinor: money,
          projectsMinor: money.meta({
            description: "The projects' approved lines of this category spread into this year",
          }),
          over: z.boolean(),
        }),
      )
      .meta({ description: "Every year × category with a budget or projects' amounts" }),
    years: z.array(
      z.object({
        year: z.number().int(),
        budgetMinor: money,
        contingencyMinor: money,
        managementReserveMinor: money,
        projectsMinor: money.meta({ description: 'Lines + reserves of the counted projects in this year' }),
        over: z.boolean(),
      }),
    ),
    budgetMinor: money,
    projectsMinor: money,
    projects: z
      .array(
        z.object({
          id: Id,
          code: z.string(),
          name: z.string(),
          currency: z.string(),
          approvedTotalMinor: money.nullable(),
          approvedVersion: z.number().int().nullable(),
          counted: z
            .enum(['counted', 'no_approved_budget', 'cancelled', 'other_currency'])
            .meta({ description: 'Whether its approved budget is in the sums, and why not' }),
        }),
      )
      .meta({ description: "The portfolio's projects" }),
    unsummed: z
      .array(z.object({ currency: z.string(), projectIds: z.array(Id), approvedTotalMinor: money }))
      .meta({ description: 'Approved budgets in other currencies, which are never converted' }),
    updatedBy: Person.nullable(),
    updatedAt: Timestamp.nullable(),
    version: Version,
  })
  .meta({ id: 'PortfolioBudget' });
/** A portfolio's budget. */
export type PortfolioBudget = z.infer<typeof PortfolioBudget>;
