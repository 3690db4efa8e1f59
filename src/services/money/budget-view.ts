import type { BudgetLine, BudgetVersion, BudgetVersionSummary } from '../../contracts/index.js';
import { budgetTotal, linesTotal, projectLevelTotal, totalsByCategory, totalsByWbs } from '../../core/money/budget.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import type { BudgetVersionView } from '../../store/repos/budgets-repo.js';
import type { BudgetVersionLineRow, CostCategoryRow } from '../../store/schema.js';

/** Where a task sits in the plan now: its WBS code and name. */
export type WbsIndex = ReadonlyMap<string, { readonly wbs: string; readonly name: string }>;

/** The plan's tasks by id with their WBS codes (tasks in WBS order). */
export function wbsIndex(tasks: readonly { id: string; parent_id: string | null; name: string }[]): WbsIndex {
  const outline = wbsOutline(tasks.map((t) => ({ id: t.id, parentId: t.parent_id })));
  return new Map(tasks.map((t, i) => [t.id, { wbs: outline.wbs[i] as string, name: t.name }]));
}

/** A working line as read: its category's name and its element's place in the plan now. */
export function workingLine(
  r: { category_id: string; task_id: string | null; amount_minor: number; note: string },
  categories: ReadonlyMap<string, CostCategoryRow>,
  wbs: WbsIndex,
): BudgetLine {
  const element = r.task_id === null ? undefined : wbs.get(r.task_id);
  return {
    category: r.category_id,
    categoryName: categories.get(r.category_id)?.name ?? r.category_id,
    taskId: r.task_id,
    wbs: element?.wbs ?? null,
    taskName: element?.name ?? null,
    amountMinor: Number(r.amount_minor),
    note: r.note,
  };
}

/** An approved line as read: its element as it was at approval. */
export function versionLine(r: BudgetVersionLineRow, categories: ReadonlyMap<string, CostCategoryRow>): BudgetLine {
  return {
    category: r.category_id,
    categoryName: categories.get(r.category_id)?.name ?? r.category_id,
    taskId: r.task_id,
    wbs: r.wbs,
    taskName: r.task_name,
    amountMinor: Number(r.amount_minor),
    note: r.note,
  };
}

/** A budget's totals (minor units) from its lines as read and its reserves. */
export function budgetTotals(
  lines: readonly BudgetLine[],
  contingencyMinor: number,
  managementReserveMinor: number,
  categories: readonly CostCategoryRow[],
) {
  const names = new Map(lines.map((l) => [l.category, l.categoryName]));
  const elements = new Map(lines.map((l) => [l.taskId, l.taskName]));
  return {
    linesMinor: linesTotal(lines),
    contingencyMinor,
    managementReserveMinor,
    totalMinor: budgetTotal(lines, { contingencyMinor, managementReserveMinor }),
    projectLevelMinor: projectLevelTotal(lines),
    byCategory: totalsByCategory(
      lines,
      categories.map((c) => c.id),
    ).map((t) => ({ ...t, name: names.get(t.category) ?? t.category })),
    byWbs: totalsByWbs(lines).map((t) => ({ ...t, name: elements.get(t.taskId) ?? null })),
  };
}

/** An approved version without its lines. */
export function versionSummary(v: BudgetVersionView): BudgetVersionSummary {
  return {
    number: v.number,
    kind: v.kind as BudgetVersionSummary['kind'],
    changeRequestId: v.change_request_id,
    reason: v.reason,
    submittedBy: v.submitted_by ? { id: v.submitted_by, name: v.submitted_by_name ?? '' } : null,
    submittedAt: v.submitted_at,
    approvedBy: { id: v.approved_by, name: v.approved_by_name },
    approvedAt: v.approved_at,
    approvalNote: v.approval_note,
    currency: v.currency,
    linesMinor: Number(v.lines_minor),
    contingencyMinor: Number(v.contingency_minor),
    managementReserveMinor: Number(v.management_reserve_minor),
    totalMinor: Number(v.total_minor),
  };
}

/** An approved version with its lines and totals. */
export function versionView(
  v: BudgetVersionView,
  rows: readonly BudgetVersionLineRow[],
  categories: readonly CostCategoryRow[],
): BudgetVersion {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const lines = rows.map((r) => versionLine(r, byId));
  const summary = versionSummary(v);
  return {
    ...summary,
    lines,
    ...budgetTotals(lines, summary.contingencyMinor, summary.managementReserveMinor, categories),
  };
}

/** Whether two budgets differ in a line (category, element, amount, note; in any order) or a reserve. */
export function budgetsDiffer(
  a: { lines: readonly BudgetLine[]; contingencyMinor: number; managementReserveMinor: number },
  b: { lines: readonly BudgetLine[]; contingencyMinor: number; managementReserveMinor: number },
): boolean {
  const keys = (lines: readonly BudgetLine[]) =>
    JSON.stringify(lines.map((l) => JSON.stringify([l.category, l.taskId, l.amountMinor, l.note])).sort());
  return (
    a.contingencyMinor !== b.contingencyMinor ||
    a.managementReserveMinor !== b.managementReserveMinor ||
    keys(a.lines) !== keys(b.lines)
  );
}
