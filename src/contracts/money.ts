import { z } from 'zod';
import { EV_METHODS } from '../core/money/percent-complete.js';
import { EXPENSE_ACTIONS } from '../core/resource-policies.js';
import { DateOnly, Id, MoneyMinor, Timestamp, Version } from './common.js';
import { LocalDateTime } from './plan.js';
import { resourceActions } from './resource-actions.js';

/*
 * Money (issue 12): cost categories, expenses, and earned value. Amounts are whole minor units of
 * the project's currency; ratios are plain numbers, null where undefined (nothing planned or spent).
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const Person = z.object({ id: Id, name: z.string() });

/** A cost category of the PMO's list. */
export const CostCategory = z
  .object({ id: z.string(), name: z.string(), position: z.number().int(), active: z.boolean(), version: Version })
  .meta({ id: 'CostCategory' });
/** A cost category. */
export type CostCategory = z.infer<typeof CostCategory>;

/** GET /cost-categories. */
export const CostCategoryList = z.object({ items: z.array(CostCategory) }).meta({ id: 'CostCategoryList' });
/** The cost categories. */
export type CostCategoryList = z.infer<typeof CostCategoryList>;

const categoryName = z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters');

/** A cost category's id in a path: a slug of its name (labour, site-visits) or a UUID. */
export const CostCategoryId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a cost category id like labour')
  .max(64, 'must be at most 64 characters');

/** POST /cost-categories: a new category, last in the list; its id is a slug of its name. */
export const CreateCostCategoryBody = z.object({ name: categoryName }).meta({ id: 'CreateCostCategoryBody' });
/** A new cost category. */
export type CreateCostCategoryBody = z.infer<typeof CreateCostCategoryBody>;

/** PATCH /cost-categories/{id}: rename, move to a place in the list (0 = first), deactivate or reactivate. */
export const UpdateCostCategoryBody = z
  .object({
    name: categoryName.optional(),
    position: z.number().int('must be a whole number').min(0, 'must not be negative').max(10_000).optional(),
    active: z.boolean().optional(),
    version: Version.optional(),
  })
  .meta({ id: 'UpdateCostCategoryBody' });
/** A change to a cost category. */
export type UpdateCostCategoryBody = z.infer<typeof UpdateCostCategoryBody>;

/** An expense's status: approved ones count as actual cost. */
export const ExpenseStatus = z.enum(['submitted', 'approved', 'rejected']).meta({ id: 'ExpenseStatus' });

/** Money spent on a project, on a day, in a category, optionally on a task. */
export const Expense = z
  .object({
    id: Id,
    projectId: Id,
    taskId: Id.nullable(),
    taskName: z.string().nullable(),
    date: DateOnly,
    amountMinor: MoneyMinor,
    category: z.string(),
    note: z.string(),
    status: ExpenseStatus,
    enteredBy: Person,
    decidedBy: Person.nullable(),
    decidedAt: Timestamp.nullable(),
    decisionNote: z.string(),
    createdAt: Timestamp,
    version: Version,
    ...resourceActions('Expense', EXPENSE_ACTIONS),
  })
  .meta({ id: 'Expense' });
/** An expense. */
export type Expense = z.infer<typeof Expense>;

/** GET /projects/{id}/expenses: newest first, with the approved and waiting totals. */
export const ExpenseList = z
  .object({
    items: z.array(Expense),
    currency: z.string(),
    approvedMinor: z.number().int(),
    submittedMinor: z.number().int(),
  })
  .meta({ id: 'ExpenseList' });
/** A project's expenses. */
export type ExpenseList = z.infer<typeof ExpenseList>;

/** POST /projects/{id}/expenses. */
export const CreateExpenseBody = z
  .object({
    taskId: Id.nullable().default(null),
    date: DateOnly,
    amountMinor: MoneyMinor.refine((v) => v > 0, 'must be more than 0'),
    category: z.string().trim().min(1, 'is required').max(64),
    note: text(1000).default(''),
  })
  .meta({ id: 'CreateExpenseBody' });
/** A new expense. */
export type CreateExpenseBody = z.infer<typeof CreateExpenseBody>;

/** POST /projects/{id}/expenses/{expenseId}/approve or /reject. */
export const DecideExpenseBody = z
  .object({ version: Version, note: text(1000).default('') })
  .meta({ id: 'DecideExpenseBody' });
/** An approval or rejection. */
export type DecideExpenseBody = z.infer<typeof DecideExpenseBody>;

/** How the project's tasks earn value unless a task says otherwise. */
export const EvMethodSchema = z.enum(EV_METHODS).meta({ id: 'EvMethod' });

/** GET /projects/{id}/earned-value. */
export const EarnedValueQuery = z.object({
  statusDate: LocalDateTime.optional().meta({
    description: "Status date (YYYY-MM-DDTHH:mm); default: the plan's status date, else now",
  }),
  baseline: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0..10')
    .max(10, 'must be 0..10')
    .optional()
    .meta({
      description: 'Baseline number; default: the lowest-numbered baseline with costs, else the lowest-numbered',
    }),
});
/** The earned value query. */
export type EarnedValueQuery = z.infer<typeof EarnedValueQuery>;

const Ratio = z.number().nullable();

/** The four estimates at completion. */
const Eac = z.object({
  cpi: z.number().int().nullable().meta({ description: 'BAC / CPI' }),
  spiCpi: z.number().int().nullable().meta({ description: 'AC + (BAC − EV) / (CPI × SPI)' }),
  bottomUp: z.number().int().meta({ description: "AC + the current plan's remaining cost" }),
  remainingAtBudget: z.number().int().meta({ description: 'AC + (BAC − EV)' }),
});

/** Earned value of one task or WBS summary (summaries include their subtree). */
export const EarnedValueTask = z
  .object({
    taskId: Id,
    wbs: z.string(),
    name: z.string(),
    summary: z.boolean(),
    bac: z.number().int(),
    pv: z.number().int(),
    ev: z.number().int(),
    ac: z.number().int(),
    sv: z.number().int(),
    cv: z.number().int(),
    spi: Ratio,
    cpi: Ratio,
    etc: z.number().int(),
    eac: z.number().int(),
  })
  .meta({ id: 'EarnedValueTask' });

/** One point of the S-curve: cumulative values at the end of a period (EV only where it is known). */
export const EarnedValuePeriod = z
  .object({
    end: LocalDateTime,
    pv: z.number().int(),
    ev: z.number().int().nullable().meta({ description: 'Known at the status date (closed status periods add more)' }),
    ac: z.number().int().nullable().meta({ description: 'Null after the status date' }),
  })
  .meta({ id: 'EarnedValuePeriod' });

/** The project's earned value and earned schedule at a status date. */
export const EarnedValueReport = z
  .object({
    statusDate: LocalDateTime,
    currency: z.string(),
    baseline: z.object({ id: Id, number: z.number().int(), name: z.string(), savedAt: Timestamp }).nullable().meta({
      description:
        'The baseline measured against (its BAC is 0 when it was saved before the tasks had costs); null when the project has none',
    }),
    evMethod: EvMethodSchema,
    bac: z.number().int(),
    pv: z.number().int(),
    ev: z.number().int(),
    ac: z.number().int(),
    sv: z.number().int(),
    cv: z.number().int(),
    spi: Ratio,
    cpi: Ratio,
    eac: Eac,
    etc: z.number().int().meta({ description: 'EAC (CPI) − AC; bottom-up where CPI is undefined' }),
    vac: z.number().int().meta({ description: 'BAC − EAC (CPI); bottom-up where CPI is undefined' }),
    tcpi: z.object({ bac: Ratio, eac: Ratio }),
    earnedSchedule: z.object({
      es: z.number(),
      at: z.number(),
      pd: z.number(),
      sv: z.number(),
      spi: Ratio,
      ieac: Ratio,
      tspi: Ratio,
      unit: z.literal('workingDays'),
    }),
    periods: z.array(EarnedValuePeriod),
    tasks: z.array(EarnedValueTask),
  })
  .meta({ id: 'EarnedValueReport' });
/** An earned value report. */
export type EarnedValueReport = z.infer<typeof EarnedValueReport>;
