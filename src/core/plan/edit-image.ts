import type { AppliedOp } from './apply-op.js';
import { taskIndexOf } from './draft-index.js';
import {
  type DraftAssignment,
  type DraftLink,
  type DraftTask,
  type PlanDraft,
  settingValues,
  taskFieldValues,
} from './plan-draft.js';
import type { LinkFieldValues, PlanSettingValues, TaskFieldValues } from './plan-op.js';

/*
 * What an edit left behind, field by field, so that undoing it later can tell whether someone has
 * changed the same things since: undo restores only what nobody else touched after it. Values are
 * the API's (local date-times), so an image is plain JSON and is stored with the edit.
 */

/** A task's fields as an edit left them (only those it changed; all of them for a task it created). */
export type TaskImage = Partial<TaskFieldValues> & { parentId?: string | null };
/** A link as an edit left it. */
export type LinkImage = Partial<LinkFieldValues> & { predecessorId?: string; successorId?: string };

/** What an edit changed, as it left it; null: the edit removed it. */
export interface EditImage {
  readonly tasks: Readonly<Record<string, TaskImage | null>>;
  readonly links: Readonly<Record<string, LinkImage | null>>;
  readonly settings: Partial<PlanSettingValues>;
  /** Task names at the time, for messages about tasks that are gone since. */
  readonly names: Readonly<Record<string, string>>;
  /** Assignments as the edit left them, whole (absent in steps recorded before assignments existed). */
  readonly assignments?: Readonly<Record<string, DraftAssignment | null>>;
}

/** What later changes an undo or redo would overwrite: tasks (id and name), link ids and setting names. */
export interface ImageConflicts {
  readonly tasks: readonly { readonly id: string; readonly name: string }[];
  readonly links: readonly string[];
  readonly settings: readonly string[];
  readonly assignments: readonly string[];
}

/** A task of `tasks` by id, and whether it is a summary (summaries' percent complete is rolled up, nobody's edit). */
function lookups(tasks: readonly DraftTask[]) {
  const index = taskIndexOf(tasks);
  return {
    task: (id: string) => {
      const i = index.at(id);
      return i === undefined ? undefined : tasks[i];
    },
    isSummary: (id: string) => index.hasChildren(id),
  };
}

/** The image of a list of applied ops, given the draft they produced. */
export function editImage(applied: readonly AppliedOp[], after: PlanDraft): EditImage {
  const firstTasks = new Map<string, DraftTask | undefined>();
  const firstLinks = new Map<string, DraftLink | undefined>();
  let firstSettings = null as PlanDraft['settings'] | null;
  for (const { changes } of applied) {
    for (const c of changes.tasks) {
      const id = (c.before ?? c.after)?.id as string;
      if (!firstTasks.has(id)) firstTasks.set(id, c.before);
    }
    for (const c of changes.links) {
      const id = (c.before ?? c.after)?.id as string;
      if (!firstLinks.has(id)) firstLinks.set(id, c.before);
    }
    if (changes.settings && !firstSettings) firstSettings = changes.settings.before ?? null;
  }
  const tasksNow = lookups(after.tasks);
  const tasks: Record<string, TaskImage | null> = {};
  const names: Record<string, string> = {};
  for (const [id, first] of firstTasks) {
    const now = tasksNow.task(id);
    names[id] = (now ?? first)?.name ?? id;
    if (!now) {
      if (first) tasks[id] = null;
      continue;
    }
    const image: TaskImage = differing(first && taskFieldValues(first), taskFieldValues(now));
    if (tasksNow.isSummary(id)) delete image.percentComplete;
    if (!first || first.parentId !== now.parentId) image.parentId = now.parentId;
    tasks[id] = image;
  }
  const linksNow = new Map(firstLinks.size > 0 ? after.links.map((l) => [l.id, l]) : []);
  const links: Record<string, LinkImage | null> = {};
  for (const [id, first] of firstLinks) {
    const now = linksNow.get(id);
    if (!now) {
      if (first) links[id] = null;
    } else links[id] = differing(first && linkValues(first), linkValues(now));
  }
  const settings = firstSettings ? differing(settingValues(firstSettings), settingValues(after.settings)) : {};
  const assignments = assignmentImage(applied, after);
  return { tasks, links, settings, names, ...(assignments ? { assignments } : {}) };
}

/** The assignments the ops touched, as `after` has them (null: gone), or null when they touched none. */
export function assignmentImage(
  applied: readonly AppliedOp[],
  after: PlanDraft,
): Record<string, DraftAssignment | null> | null {
  const ids = new Set<string>();
  for (const { changes } of applied) {
    for (const c of changes.assignments ?? []) ids.add((c.before ?? c.after)?.id as string);
  }
  if (ids.size === 0) return null;
  const now = new Map(after.assignments.filter((a) => ids.has(a.id)).map((a) => [a.id, a]));
  return Object.fromEntries([...ids].map((id) => [id, now.get(id) ?? null]));
}

/** Ids of assignments whose values differ between `image` and `draft` (one side gone counts). */
export function changedAssignments(
  image: Readonly<Record<string, DraftAssignment | null>> | undefined,
  draft: PlanDraft,
): string[] {
  if (!image || Object.keys(image).length === 0) return [];
  const now = new Map(draft.assignments.map((a) => [a.id, a]));
  return Object.entries(image)
    .filter(([id, want]) => {
      const have = now.get(id);
      if (!want || !have) return !want !== !have;
      return JSON.stringify(want) !== JSON.stringify(have);
    })
    .map(([id]) => id);
}

/** The later changes `draft` holds to what `image` recorded, or null when there are none. */
export function imageConflicts(image: EditImage, draft: PlanDraft): ImageConflicts | null {
  const tasksNow = lookups(draft.tasks);
  const tasks: { id: string; name: string }[] = [];
  for (const [id, want] of Object.entries(image.tasks)) {
    const now = tasksNow.task(id);
    const name = now?.name ?? image.names[id] ?? id;
    if (!want || !now) {
      if (!want !== !now) tasks.push({ id, name });
      continue;
    }
    const values: TaskImage = { ...taskFieldValues(now), parentId: now.parentId };
    const keys = Object.keys(want).filter((k) => k !== 'percentComplete' || !tasksNow.isSummary(id));
    if (keys.some((k) => values[k as keyof TaskImage] !== want[k as keyof TaskImage])) tasks.push({ id, name });
  }
  const linksNow = new Map(Object.keys(image.links).length > 0 ? draft.links.map((l) => [l.id, l]) : []);
  const links = Object.entries(image.links)
    .filter(([id, want]) => {
      const now = linksNow.get(id);
      if (!want || !now) return !want !== !now;
      const values = linkValues(now);
      return Object.entries(want).some(([k, v]) => values[k as keyof LinkImage] !== v);
    })
    .map(([id]) => id);
  const current = settingValues(draft.settings);
  const settings = Object.entries(image.settings)
    .filter(([k, v]) => current[k as keyof PlanSettingValues] !== v)
    .map(([k]) => k);
  const assignments = changedAssignments(image.assignments, draft);
  return tasks.length + links.length + settings.length + assignments.length > 0
    ? { tasks, links, settings, assignments }
    : null;
}

function linkValues(l: DraftLink): Required<LinkImage> {
  return { predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, lagKind: l.lagKind, lag: l.lag };
}

/** The entries of `now` that differ from `before` (all of them when there was no before). */
function differing<T extends object>(before: T | undefined, now: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(now) as (keyof T)[]) {
    if (!before || before[key] !== now[key]) out[key] = now[key];
  }
  return out;
}
