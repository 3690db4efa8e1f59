import {
  PLAN_EVENT_LIST_LIMIT,
  type PlanChange,
  type PlanChangedPayload,
  type TaskAssignment,
  type TaskMovement,
} from '../../contracts/index.js';
import type { TaskRow } from '../../store/schema.js';
import type { DomainEvent } from './outbox.js';

/** What a plan write left behind: its answer and the plan's rows as now written. */
export interface SavedPlan {
  readonly change: PlanChange;
  readonly rows: { readonly tasks: readonly TaskRow[] };
  /**
   * The rows the write inserted or changed, in WBS order, when known: only they can have moved or
   * changed hands, so a one-task edit of a big plan need not walk all of `rows`.
   */
  readonly touched?: readonly TaskRow[];
}

/**
 * The `plan.changed` event of one plan write: the tasks it changed or deleted, and, compactly,
 * every task whose scheduled dates moved (with how far, in calendar minutes) and every task whose
 * responsible person changed, so a consumer can tell "your task moved by more than a day" or
 * "you were made responsible" without reading the plan. Tasks that someone is responsible for are
 * listed first, so a capped list still carries every movement a notification needs.
 */
export function planChangedEvent(
  project: { readonly id: string; readonly portfolio_id: string | null },
  action: string,
  before: readonly TaskRow[] | ((taskId: string) => TaskRow | undefined),
  saved: SavedPlan,
): DomainEvent {
  const old = typeof before === 'function' ? before : lookup(before);
  const moved: TaskMovement[] = [];
  const assigned: TaskAssignment[] = [];
  for (const t of saved.touched ?? saved.rows.tasks) {
    const o = old(t.id);
    if ((o?.responsible_id ?? null) !== t.responsible_id) {
      assigned.push({ id: t.id, name: t.name, from: o?.responsible_id ?? null, to: t.responsible_id });
    }
    if (o && (o.early_start !== t.early_start || o.early_finish !== t.early_finish)) {
      moved.push({
        id: t.id,
        name: t.name,
        responsibleId: t.responsible_id,
        start: t.early_start,
        finish: t.early_finish,
        startShiftMinutes: shift(o.early_start, t.early_start),
        finishShiftMinutes: shift(o.early_finish, t.early_finish),
      });
    }
  }
  moved.sort((a, b) => Number(a.responsibleId === null) - Number(b.responsibleId === null));
  const changedTaskIds = saved.change.changed.map((t) => t.id);
  const lists = [changedTaskIds, saved.change.deletedTaskIds, moved, assigned];
  const payload: PlanChangedPayload = {
    v: 1,
    projectId: project.id,
    planVersion: saved.change.plan.version,
    action,
    changedTaskIds: changedTaskIds.slice(0, PLAN_EVENT_LIST_LIMIT),
    deletedTaskIds: saved.change.deletedTaskIds.slice(0, PLAN_EVENT_LIST_LIMIT),
    moved: moved.slice(0, PLAN_EVENT_LIST_LIMIT),
    assigned: assigned.slice(0, PLAN_EVENT_LIST_LIMIT),
    truncated: lists.some((l) => l.length > PLAN_EVENT_LIST_LIMIT),
  };
  return { type: 'plan.changed', projectId: project.id, portfolioId: project.portfolio_id, payload: { ...payload } };
}

function lookup(rows: readonly TaskRow[]): (taskId: string) => TaskRow | undefined {
  const byId = new Map(rows.map((t) => [t.id, t]));
  return (id) => byId.get(id);
}

/** Calendar minutes from `a` to `b`; 0 when either is unscheduled. */
function shift(a: number | null, b: number | null): number {
  return a === null || b === null ? 0 : b - a;
}
