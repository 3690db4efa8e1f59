import { AUDIT_ACTION_LABELS, type AuditAction, type AuditEntry } from '../../../src/contracts/index.js';
import { PROJECT_STATE_LABELS, type ProjectState } from '../../../src/core/lifecycle.js';
import { formatDurationText } from '../../../src/core/schedule/predecessor-text.js';
import { formatDate, formatDateTime } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';
import { formatPlanDate } from '../plan/plan-dates.js';

/*
 * The audit log records raw field values (minor units, minutes, ids, plan date-times) so that it
 * stays exact; this turns them into what the rest of the UI shows for the same fields.
 */

/** Names of users and portfolios by id, so that "managerId" changes read as people rather than UUIDs. */
export type NameLookup = ReadonlyMap<string, string>;

/** One changed field, with the task it belongs to when a plan write touched several. */
export interface ChangeRow {
  readonly key: string;
  readonly task: string | null;
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** The field had no value before: a creation, not a change. */
  readonly added: boolean;
}

/** "Tasks updated" for "plan.tasks.update"; an action this version does not know shows as recorded. */
export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  code: 'Code',
  budgetMinor: 'Budget',
  managerId: 'Manager',
  portfolioId: 'Portfolio',
  ownerId: 'Owner',
  responsibleId: 'Responsible',
  calendarId: 'Calendar',
  defaultCalendarId: 'Default calendar',
  parentId: 'Parent',
  percentComplete: '% complete',
  durationMinutes: 'Duration',
  remainingDurationMinutes: 'Remaining',
  inScope: 'In scope',
  outOfScope: 'Out of scope',
  approvalRequested: 'Approval requested',
  count: 'Count',
  ip: 'IP address',
  userAgent: 'Browser',
};

/** "plannedStart" -> "Planned start". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const TASK_FIELD_KEY = /^(.*) \[[0-9a-f-]{36}\] (\w+)$/i;
const TASK_ITEM = /^(.*) \[[0-9a-f-]{36}\]$/i;
const PLAN_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const CONSTRAINT = /^([a-zA-Z]+) (\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/;

function list(items: readonly string[], shown = 3): string {
  if (items.length === 0) return '—';
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}

/** One value as the UI shows that field elsewhere: money, durations, plan dates, people's names. */
export function formatValue(field: string, value: unknown, currency: string, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (field.endsWith('Minor')) return formatMoney(value, currency);
    if (field.endsWith('Minutes')) return formatDurationText(value);
    if (field === 'percentComplete') return `${value}%`;
    return String(value);
  }
  if (typeof value === 'string') {
    if (field === 'state' && value in PROJECT_STATE_LABELS) return PROJECT_STATE_LABELS[value as ProjectState];
    if (field === 'constraint') {
      const m = CONSTRAINT.exec(value);
      if (value === 'asap') return 'As soon as possible';
      if (value === 'alap') return 'As late as possible';
      return m ? `${fieldLabel(m[1] as string)} ${formatPlanDate(m[2])}` : value;
    }
    if (PLAN_DATE.test(value)) return formatPlanDate(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) return formatDateTime(value);
    return names.get(value) ?? TASK_ITEM.exec(value)?.[1] ?? value;
  }
  if (Array.isArray(value)) return list(value.map((v) => formatValue(field, v, currency, names)));
  return JSON.stringify(value);
}

/**
 * An entry's changes as rows people read: task fields split into task and field, values
 * formatted, and the bookkeeping "count" dropped when the rows already name each task.
 */
export function changeRows(changes: AuditEntry['changes'], names: NameLookup): ChangeRow[] {
  const currencyChange = changes.currency;
  const currency = String(currencyChange?.after ?? currencyChange?.before ?? 'EUR');
  const rows = Object.entries(changes).map(([key, { before, after }]): ChangeRow => {
    const m = TASK_FIELD_KEY.exec(key);
    const field = m ? (m[2] as string) : key;
    return {
      key,
      task: m ? (m[1] as string) : null,
      field,
      label: fieldLabel(field),
      before: formatValue(field, before, currency, names),
      after: formatValue(field, after, currency, names),
      added: before === null || before === undefined,
    };
  });
  const perTask = rows.some((r) => r.task !== null);
  return perTask ? rows.filter((r) => r.field !== 'count' || r.task !== null) : rows;
}
