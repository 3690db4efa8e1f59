import type { DraftAssignment, PlanDraft } from '../../core/plan/plan-draft.js';
import type { Scheduler } from '../../core/schedule/incremental.js';
import type { Store } from '../../store/db.js';
import type { LinkRow, TaskRow } from '../../store/schema.js';
import type { LoadedPlan, PlanDiff } from './plan-diff.js';
import { draftOf } from './plan-draft-rows.js';
import { MIN_TASKS } from './plan-rows-cache.js';

/*
 * The engine state of a plan's latest version, kept in this process for its next edit: the
 * compiled network (an incremental scheduler), the draft and the outline. With it, an edit that
 * changes no structure reschedules only the cone of what changed (plan-incremental.ts) instead of
 * recompiling the plan. An entry is taken out when an edit starts and put back, for the next
 * version, only after that edit commits: the scheduler is updated in place, so a rolled-back edit
 * simply leaves no entry and the next one starts cold. Like the rows cache, entries are keyed by
 * plan version, so another app node's write (a version this process did not make) is never
 * answered from a stale state.
 */

/** What an edit of the plan at `version` starts from when warm. */
export interface WarmPlan {
  readonly version: number;
  /** The rows the state was built for; an edit uses it only when it loaded exactly these rows. */
  readonly rows: readonly TaskRow[];
  readonly links: readonly LinkRow[];
  readonly scheduler: Scheduler;
  readonly outline: PlanDiff['outline'];
  readonly indexOf: PlanDiff['indexOf'];
  /** The draft of `rows` (made from them on first use when the last edit took the full path). */
  draft: PlanDraft | null;
  /** The plan's assignments at `version`, when the write that left this state knew them (null: read them). */
  readonly assignments: readonly DraftAssignment[] | null;
}

/** Plans kept per store, as the rows cache keeps them. */
const CAPACITY = 8;

const states = new WeakMap<Store, Map<string, WarmPlan>>();

function statesOf(store: Store) {
  let map = states.get(store);
  if (!map) {
    map = new Map();
    states.set(store, map);
  }
  return map;
}

/**
 * Takes the warm state for an edit of `loaded` (rows at `version`), or undefined. Taking removes
 * it: whatever happens to the edit, nobody else sees a scheduler it may have changed.
 */
export function takeWarmPlan(store: Store, loaded: LoadedPlan, version: number): WarmPlan | undefined {
  const map = statesOf(store);
  const projectId = loaded.plan.project_id;
  const warm = map.get(projectId);
  map.delete(projectId);
  if (!warm || warm.version !== version || warm.rows !== loaded.tasks || warm.links !== loaded.links) return undefined;
  return withDraft(warm, loaded);
}

/** The warm state with its draft, made from the rows it was built for when the full path left none. */
export function withDraft(warm: WarmPlan, loaded: LoadedPlan): WarmPlan {
  warm.draft ??= draftOf(loaded.plan, loaded.tasks, loaded.links);
  return warm;
}

/** The state a diff leaves for the next edit of the plan it wrote (with its assignments when known). */
export function warmPlanOf(diff: PlanDiff, assignments: readonly DraftAssignment[] | null = null): WarmPlan {
  return {
    version: diff.plan.version,
    rows: diff.tasks,
    links: diff.links,
    scheduler: diff.scheduler,
    outline: diff.outline,
    indexOf: diff.indexOf,
    draft: diff.draft ?? null,
    assignments,
  };
}

/** Keeps the state a committed diff left (its rows, scheduler and, when known, its draft) for the next edit. */
export function keepWarmPlan(
  store: Store,
  diff: PlanDiff,
  assignments: readonly DraftAssignment[] | null = null,
): void {
  const map = statesOf(store);
  const projectId = diff.plan.project_id;
  map.delete(projectId);
  // Smaller plans' rows are not cached, so no edit could start from their state.
  if (diff.tasks.length < MIN_TASKS) return;
  map.set(projectId, warmPlanOf(diff, assignments));
  while (map.size > CAPACITY) map.delete(map.keys().next().value as string);
}

/** The plan version whose warm state this store keeps for a project, if any (diagnostics and tests). */
export function warmVersionOf(store: Store, projectId: string): number | undefined {
  return statesOf(store).get(projectId)?.version;
}
