import type { ProjectBudget, UpdateBudgetBody } from '../../../src/contracts/index.js';
import { minorToAmountText, parseAmount } from '../lib/money.js';

/*
 * The working budget as the editor holds it: amounts as typed, turned into minor units only when
 * saved, so a half-typed "12." is not rounded away. Each line has a key of its own (React rows),
 * not its index, so removing a line does not move another's text.
 */

/** One line as typed. */
export interface DraftLine {
  readonly key: string;
  readonly category: string;
  readonly taskId: string | null;
  readonly amount: string;
  readonly note: string;
}

/** The working budget as typed. */
export interface BudgetDraft {
  readonly lines: readonly DraftLine[];
  readonly contingency: string;
  readonly managementReserve: string;
}

let nextKey = 0;
/** A fresh key for a new line. */
export const lineKey = () => `line-${++nextKey}`;

/** The draft of a budget as read. */
export function draftOf(b: ProjectBudget): BudgetDraft {
  return {
    lines: b.lines.map((l) => ({
      key: lineKey(),
      category: l.category,
      taskId: l.taskId,
      amount: minorToAmountText(l.amountMinor, b.currency),
      note: l.note,
    })),
    contingency: minorToAmountText(b.contingencyMinor, b.currency),
    managementReserve: minorToAmountText(b.managementReserveMinor, b.currency),
  };
}

/** Error messages keyed by field: `lines.<key>.amount`, `lines.<key>.cell`, `contingency`, `managementReserve`. */
export type DraftErrors = Record<string, string>;

/**
 * The body to save, or the errors to show: every amount must read as money of `currency`, and a
 * category may appear once per WBS element. The management reserve is sent only by those who may
 * change it (the server refuses anyone else's change).
 */
export function bodyOf(
  d: BudgetDraft,
  currency: string,
  version: number,
  sendsManagementReserve: boolean,
): { ok: true; body: UpdateBudgetBody } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const seen = new Set<string>();
  const lines: UpdateBudgetBody['lines'] = [];
  for (const l of d.lines) {
    const amount = parseAmount(l.amount, currency);
    if (!amount.ok) errors[`lines.${l.key}.amount`] = amount.message;
    const cell = `${l.category}|${l.taskId ?? ''}`;
    if (seen.has(cell)) errors[`lines.${l.key}.cell`] = 'This category is already on this element';
    seen.add(cell);
    lines.push({
      category: l.category,
      taskId: l.taskId,
      amountMinor: amount.ok ? amount.minor : 0,
      note: l.note.trim(),
    });
  }
  const contingency = parseAmount(d.contingency, currency);
  if (!contingency.ok) errors.contingency = contingency.message;
  const reserve = parseAmount(d.managementReserve, currency);
  if (sendsManagementReserve && !reserve.ok) errors.managementReserve = reserve.message;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      lines,
      contingencyMinor: contingency.ok ? contingency.minor : 0,
      ...(sendsManagementReserve && reserve.ok ? { managementReserveMinor: reserve.minor } : {}),
      version,
    },
  };
}

/** The draft's totals in minor units while it is typed (an amount that does not read yet counts 0). */
export function draftTotals(d: BudgetDraft, currency: string): { linesMinor: number; totalMinor: number } {
  const minor = (text: string) => {
    const a = parseAmount(text, currency);
    return a.ok ? a.minor : 0;
  };
  const linesMinor = d.lines.reduce((s, l) => s + minor(l.amount), 0);
  return { linesMinor, totalMinor: linesMinor + minor(d.contingency) + minor(d.managementReserve) };
}

/** Whether the draft differs from the budget it was made from. */
export function draftChanged(d: BudgetDraft, b: ProjectBudget): boolean {
  const base = draftOf(b);
  const strip = (x: BudgetDraft) =>
    JSON.stringify([x.lines.map((l) => [l.category, l.taskId, l.amount, l.note]), x.contingency, x.managementReserve]);
  return strip(d) !== strip(base);
}
