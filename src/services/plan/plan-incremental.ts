import { carryTaskIndex } from '../../core/plan/draft-index.js';
import type { DraftLink, DraftTask, PlanDraft } from '../../core/plan/plan-draft.js';
import { rollupPercentComplete } from '../../core/plan/progress-rollup.js';
import type { TaskChange } from '../../core/schedule/incremental.js';
import { taskId } from '../../core/schedule/model.js';
import type { PlanRow, TaskRow } from '../../store/schema.js';
import { classifyRow, emptyChanges, type LoadedPlan, type PlanDiff, planRowAfter } from './plan-diff.js';
import { draftTaskOf, taskRowOf } from './plan-draft-rows.js';
import { holdsResult, withResult } from './plan-model.js';
import type { WarmPlan } from './plan-warm.js';

/*
 * The everyday edit's fast path: the same PlanDiff as `rescheduleAndDiff`, from a warm plan
 * state, for drafts that differ from the plan they came from only in fields the incremental
 * scheduler can take (a work task's duration) or that the schedule does not read (name, notes,
 * responsible person). Cost: the cone of the change in the engine, one pass over typed results to
 * find the rows that moved, and new rows only for those. Anything else (structure, links,
 * settings, constraints, progress, calendars) answers null and takes the full path. A property
 * test holds the two paths equal over random plans and edit sequences.
 */

/** Fields the schedule does not read: an edit of them only changes the row. */
const UNSCHEDULED = new Set<keyof DraftTask>(['name', 'notes', 'responsibleId']);

type EditKind = 'unscheduled' | 'duration' | null;

/** What changed between two versions of a task, as far as this path is concerned (null: not its business). */
function editKind(a: DraftTask, b: DraftTask, summary: boolean): EditKind {
  let kind: EditKind = 'unscheduled';
  for (const key of Object.keys(b) as (keyof DraftTask)[]) {
    if (a[key] === b[key] || UNSCHEDULED.has(key)) continue;
    if (key !== 'durationMinutes') return null;
    kind = 'duration';
  }
  if (kind === 'duration') {
    // The scheduler changes a duration with the remaining work in proportion; compiling derives it
    // from the percent complete. They agree only for a work task with no progress and no actuals.
    const plain =
      !summary &&
      b.milestone === 0 &&
      !b.elapsed &&
      b.percentComplete === 0 &&
      b.actualStart === null &&
      b.actualFinish === null &&
      b.remainingDurationMinutes === null;
    if (!plain) return null;
  }
  return kind;
}

const sameLinks = (a: readonly DraftLink[], b: readonly DraftLink[]) =>
  a === b || (a.length === b.length && a.every((l, i) => l === b[i]));

/** Parent places and whether a link touches a summary, per outline (the outline lives as long as the structure). */
const shapes = new WeakMap<PlanDiff['outline'], { parent: Int32Array; summaryLinked: boolean }>();

function shapeOf(warm: WarmPlan, draft: PlanDraft) {
  let shape = shapes.get(warm.outline);
  if (!shape) {
    const at = (id: string | null) => (id === null ? -1 : (warm.indexOf(id) ?? -1));
    const summary = warm.outline.summary;
    shape = {
      parent: Int32Array.from(draft.tasks, (t) => at(t.parentId)),
      // MS Project's summary links are expanded from a first forward pass, which the incremental
      // scheduler does not redo: such plans take the full path for duration edits.
      summaryLinked: draft.links.some((l) => summary[at(l.predecessorId)] === 1 || summary[at(l.successorId)] === 1),
    };
    shapes.set(warm.outline, shape);
  }
  return shape;
}

/**
 * The diff of `draft` (an edit of the plan `warm` holds) against `loaded`, or null when the edit
 * needs the full path. `warm.scheduler` is updated in place.
 */
export function incrementalDiff(
  loaded: LoadedPlan,
  warm: WarmPlan,
  draft: PlanDraft,
  now: Date,
  version = loaded.plan.version,
): PlanDiff | null {
  const base = warm.draft;
  if (!base || draft.settings !== base.settings || !sameLinks(draft.links, base.links)) return null;
  const n = base.tasks.length;
  if (draft.tasks.length !== n || loaded.tasks.length !== n) return null;
  const summary = warm.outline.summary;
  const edited: number[] = [];
  const durations: TaskChange[] = [];
  for (let i = 0; i < n; i++) {
    const a = base.tasks[i] as DraftTask;
    const b = draft.tasks[i] as DraftTask;
    if (a === b) continue;
    if (a.id !== b.id || a.parentId !== b.parentId) return null;
    const kind = editKind(a, b, summary[i] === 1);
    if (kind === null) return null;
    edited.push(i);
    if (kind === 'duration') durations.push({ id: taskId(b.id), durationMinutes: b.durationMinutes });
  }
  const shape = durations.length > 0 ? shapeOf(warm, base) : null;
  if (shape?.summaryLinked) return null;

  const result = durations.length > 0 ? warm.scheduler.update(durations) : warm.scheduler.result;
  const rolled =
    shape && summary.includes(1)
      ? rollupPercentComplete(
          shape.parent,
          summary,
          draft.tasks.map((t) => t.durationMinutes),
          draft.tasks.map((t) => t.percentComplete),
        )
      : null;
  const projectId = loaded.plan.project_id;
  const tasks = loaded.tasks.slice();
  const changes = emptyChanges();
  const rowAt = (i: number, inputs: boolean) => {
    const old = loaded.tasks[i] as TaskRow;
    const percent = rolled && summary[i] === 1 ? (rolled[i] as number) : old.percent_complete;
    if (!inputs && percent === old.percent_complete && holdsResult(old, result, i)) return;
    const row = withResult(
      inputs ? taskRowOf(draft.tasks[i] as DraftTask, old, projectId, old.position) : old,
      result,
      i,
    );
    if (summary[i] === 1) row.percent_complete = percent;
    tasks[i] = row;
    if (inputs) classifyRow(old, row, changes);
    else {
      // Same inputs, same structure: the row moved by rescheduling alone (or its roll-up changed).
      changes.updated.push(row);
      if (
        row.early_start === old.early_start &&
        row.early_finish === old.early_finish &&
        percent === old.percent_complete
      ) {
        changes.floatsOnly.add(row.id);
      }
    }
  };
  if (durations.length > 0) {
    let next = 0;
    for (let i = 0; i < n; i++) {
      const inputs = edited[next] === i;
      if (inputs) next++;
      rowAt(i, inputs);
    }
  } else for (const i of edited) rowAt(i, true);

  const planRow: PlanRow = { ...loaded.plan, version };
  return {
    plan: planRowAfter(loaded, planRow, n, result.projectFinish, changes, now),
    tasks,
    links: loaded.links,
    outline: warm.outline,
    ...changes,
    deletedTaskIds: [],
    addedLinks: [],
    editedLinks: [],
    deletedLinkIds: [],
    structureChanged: false,
    indexOf: warm.indexOf,
    scheduler: warm.scheduler,
    draft: nextDraft(draft, tasks, changes.updated, changes.floatsOnly, warm.indexOf),
  };
}

/** The draft of the rows written: the edited draft with the dates and roll-ups the reschedule moved. */
function nextDraft(
  draft: PlanDraft,
  rows: readonly TaskRow[],
  updated: readonly TaskRow[],
  floatsOnly: ReadonlySet<string>,
  indexOf: (id: string) => number | undefined,
): PlanDraft {
  const tasks = draft.tasks.slice();
  for (const row of updated) {
    if (floatsOnly.has(row.id)) continue;
    const i = indexOf(row.id) as number;
    tasks[i] = draftTaskOf(rows[i] as TaskRow);
  }
  carryTaskIndex(draft.tasks, tasks);
  return { ...draft, tasks };
}
