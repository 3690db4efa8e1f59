import type { AppliedOp } from './apply-op.js';
import { changedAssignments, type EditImage, type LinkImage, type TaskImage } from './edit-image.js';
import {
  type DraftAssignment,
  type DraftLink,
  type DraftTask,
  type PlanDraft,
  settingValues,
  taskFieldValues,
} from './plan-draft.js';

/*
 * A scenario is applied to the live plan long after its ops were written, and the live plan may
 * have moved on. What counts as a conflict is a live change to something the scenario changes:
 * the same field of the same task or link, or a task or link the scenario edits that is gone.
 * So each step of a scenario records the live values its ops were based on (its *base*), field by
 * field, and apply compares them with the live plan of the moment. Live changes elsewhere (another
 * task, another field of the same task, dates the engine moved) are not conflicts: the scenario
 * is rebased onto them, as it is on every read.
 */

/** One conflict: a task, link or the plan's settings, and which of its fields changed live ("deleted" when gone). */
export interface ScenarioConflict {
  readonly kind: 'task' | 'link' | 'settings' | 'assignment';
  /** The task's or link's id; the project's for settings. */
  readonly id: string;
  /** The task's name, the link as "predecessor → successor", or "plan settings". */
  readonly name: string;
  readonly changed: readonly string[];
}

/**
 * The live values a list of applied ops was based on: for each task, link and setting they
 * changed, the values those fields had before; every field of a task or link they delete. Tasks
 * and links the ops create are the scenario's own and have no base.
 */
export function scenarioBase(applied: readonly AppliedOp[], before: PlanDraft): EditImage {
  const firstTasks = new Map<string, DraftTask | undefined>();
  const lastTasks = new Map<string, DraftTask | undefined>();
  const firstLinks = new Map<string, DraftLink | undefined>();
  const lastLinks = new Map<string, DraftLink | undefined>();
  let settings = null as { before: PlanDraft['settings']; after: PlanDraft['settings'] } | null;
  for (const { changes } of applied) {
    for (const c of changes.tasks) {
      const id = (c.before ?? c.after)?.id as string;
      if (!firstTasks.has(id)) firstTasks.set(id, c.before);
      lastTasks.set(id, c.after);
    }
    for (const c of changes.links) {
      const id = (c.before ?? c.after)?.id as string;
      if (!firstLinks.has(id)) firstLinks.set(id, c.before);
      lastLinks.set(id, c.after);
    }
    if (changes.settings?.before && changes.settings.after) {
      settings = { before: settings?.before ?? changes.settings.before, after: changes.settings.after };
    }
  }
  const names: Record<string, string> = {};
  const taskName = new Map(before.tasks.map((t) => [t.id, t.name]));
  const tasks: Record<string, TaskImage> = {};
  for (const [id, first] of firstTasks) {
    if (!first) continue;
    names[id] = first.name;
    tasks[id] = basedOn(taskImage(first), lastTasks.get(id) && taskImage(lastTasks.get(id) as DraftTask));
  }
  const links: Record<string, LinkImage> = {};
  for (const [id, first] of firstLinks) {
    if (!first) continue;
    names[id] =
      `${taskName.get(first.predecessorId) ?? first.predecessorId} → ${taskName.get(first.successorId) ?? first.successorId}`;
    links[id] = basedOn(linkImage(first), lastLinks.get(id) && linkImage(lastLinks.get(id) as DraftLink));
  }
  // Assignments the ops changed, as the live plan had them (null: the scenario created it).
  const assignments: Record<string, DraftAssignment | null> = {};
  for (const { changes } of applied) {
    for (const c of changes.assignments ?? []) {
      const id = (c.before ?? c.after)?.id as string;
      if (!(id in assignments)) assignments[id] = c.before ?? null;
    }
  }
  const liveAssignments = Object.fromEntries(Object.entries(assignments).filter(([, a]) => a !== null));
  return {
    tasks,
    links,
    settings: settings ? basedOn(settingValues(settings.before), settingValues(settings.after)) : {},
    names,
    ...(Object.keys(liveAssignments).length > 0 ? { assignments: liveAssignments } : {}),
  };
}

/** Two bases in order: for a field both record, the older one's value is what the scenario first saw. */
export function mergedBase(older: EditImage, newer: EditImage): EditImage {
  const merge = <T extends object>(a: Readonly<Record<string, T | null>>, b: Readonly<Record<string, T | null>>) => {
    const out: Record<string, T> = {};
    for (const [id, v] of Object.entries(b)) if (v) out[id] = v;
    for (const [id, v] of Object.entries(a)) if (v) out[id] = { ...out[id], ...v };
    return out;
  };
  return {
    tasks: merge(older.tasks, newer.tasks),
    links: merge(older.links, newer.links),
    settings: { ...newer.settings, ...older.settings },
    names: { ...newer.names, ...older.names },
    ...(older.assignments || newer.assignments ? { assignments: { ...newer.assignments, ...older.assignments } } : {}),
  };
}

/** What the live plan changed of what the scenario's ops were based on (empty: it applies cleanly). */
export function scenarioConflicts(base: EditImage, live: PlanDraft, projectId: string): ScenarioConflict[] {
  const out: ScenarioConflict[] = [];
  const tasksNow = new Map(live.tasks.map((t) => [t.id, t]));
  const summaries = new Set(live.tasks.map((t) => t.parentId));
  for (const [id, want] of Object.entries(base.tasks)) {
    if (!want) continue;
    const now = tasksNow.get(id);
    const name = now?.name ?? base.names[id] ?? id;
    if (!now) {
      out.push({ kind: 'task', id, name, changed: ['deleted'] });
      continue;
    }
    const values = taskImage(now);
    const changed = differingKeys(want, values).filter((k) => k !== 'percentComplete' || !summaries.has(id));
    if (changed.length > 0) out.push({ kind: 'task', id, name, changed });
  }
  const linksNow = new Map(live.links.map((l) => [l.id, l]));
  for (const [id, want] of Object.entries(base.links)) {
    if (!want) continue;
    const now = linksNow.get(id);
    const name = base.names[id] ?? id;
    const changed = now ? differingKeys(want, linkImage(now)) : ['deleted'];
    if (changed.length > 0) out.push({ kind: 'link', id, name, changed });
  }
  for (const id of changedAssignments(base.assignments, live)) {
    const a = base.assignments?.[id];
    const task = a ? (tasksNow.get(a.taskId)?.name ?? base.names[a.taskId] ?? a.taskId) : id;
    out.push({ kind: 'assignment', id, name: `an assignment on ${task}`, changed: ['assignment'] });
  }
  const settings = differingKeys(base.settings, settingValues(live.settings));
  if (settings.length > 0) out.push({ kind: 'settings', id: projectId, name: 'plan settings', changed: settings });
  return out;
}

function taskImage(t: DraftTask): Required<TaskImage> {
  return { ...taskFieldValues(t), parentId: t.parentId };
}

function linkImage(l: DraftLink): Required<LinkImage> {
  return { predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, lagKind: l.lagKind, lag: l.lag };
}

/** The `before` values of the fields the ops changed; all of them when the thing was deleted (no `after`). */
function basedOn<T extends object>(before: T, after: T | undefined): Partial<T> {
  if (!after) return before;
  const out: Partial<T> = {};
  for (const key of Object.keys(before) as (keyof T)[]) if (before[key] !== after[key]) out[key] = before[key];
  return out;
}

function differingKeys<T extends object>(want: Partial<T>, now: T): string[] {
  return (Object.keys(want) as (keyof T)[]).filter((k) => want[k] !== now[k]).map(String);
}
