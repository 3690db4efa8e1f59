/*
 * What a scenario does to a schedule, from the two schedules alone (before: the live plan; after:
 * the scenario's). Pure, so it is tested on hand-made schedules and costs one pass over each.
 * Dates are minutes since 1970-01-01T00:00 local; deltas are working minutes, measured by the
 * caller's calendar (`workBetween`), positive when later.
 */

/** A scheduled task as the comparison needs it; dates in minutes, float in working minutes. */
export interface ImpactTask {
  readonly id: string;
  readonly name: string;
  readonly earlyStart: number | null;
  readonly earlyFinish: number | null;
  readonly totalFloatMinutes: number | null;
  readonly critical: boolean;
  readonly milestone: boolean;
  readonly summary: boolean;
}

/** One side of the comparison: the project finish (minutes) and the tasks in WBS order. */
export interface ImpactSchedule {
  readonly finish: number | null;
  readonly tasks: readonly ImpactTask[];
}

/** A task whose start or finish moved; dates in minutes, float in working minutes (null: none). */
export interface MovedTask {
  readonly taskId: string;
  readonly name: string;
  readonly startBefore: number | null;
  readonly startAfter: number | null;
  readonly finishBefore: number | null;
  readonly finishAfter: number | null;
  readonly floatBeforeMinutes: number | null;
  readonly floatAfterMinutes: number | null;
}

/** A task named in the impact. */
export interface NamedTask {
  readonly taskId: string;
  readonly name: string;
}

/** A milestone's date before and after (minutes), and the move in working minutes. */
export interface MilestoneMove {
  readonly taskId: string;
  readonly name: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly deltaMinutes: number | null;
}

/** The impact of a scenario; deltas and float in working minutes. */
export interface ScenarioImpact {
  readonly finishBefore: number | null;
  readonly finishAfter: number | null;
  readonly finishDeltaMinutes: number | null;
  /** Moved tasks in WBS order, at most `limit` of them; `movedCount` counts them all. */
  readonly moved: readonly MovedTask[];
  readonly movedCount: number;
  /** Total float the moved work tasks lost (a task that gained float counts as zero). */
  readonly floatConsumedMinutes: number;
  readonly criticalAdded: readonly NamedTask[];
  readonly criticalRemoved: readonly NamedTask[];
  /** Every milestone of either schedule, in the scenario's order then the removed ones. */
  readonly milestones: readonly MilestoneMove[];
  readonly added: readonly NamedTask[];
  readonly removed: readonly NamedTask[];
}

/** The impact of going from `before` to `after`; `workBetween(a, b)` is signed working minutes from a to b. */
export function scenarioImpact(
  before: ImpactSchedule,
  after: ImpactSchedule,
  workBetween: (from: number, to: number) => number,
  limit = 1000,
): ScenarioImpact {
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : workBetween(a, b));
  const old = new Map(before.tasks.map((t) => [t.id, t]));
  const kept = new Set<string>();
  const moved: MovedTask[] = [];
  let movedCount = 0;
  let floatConsumedMinutes = 0;
  const criticalAdded: NamedTask[] = [];
  const criticalRemoved: NamedTask[] = [];
  const milestones: MilestoneMove[] = [];
  const added: NamedTask[] = [];
  for (const t of after.tasks) {
    const b = old.get(t.id);
    const named = { taskId: t.id, name: t.name };
    if (!b) {
      added.push(named);
      if (t.milestone) milestones.push({ ...named, before: null, after: t.earlyStart, deltaMinutes: null });
      continue;
    }
    kept.add(t.id);
    if (b.earlyStart !== t.earlyStart || b.earlyFinish !== t.earlyFinish) {
      movedCount++;
      if (moved.length < limit) {
        moved.push({
          ...named,
          startBefore: b.earlyStart,
          startAfter: t.earlyStart,
          finishBefore: b.earlyFinish,
          finishAfter: t.earlyFinish,
          floatBeforeMinutes: b.totalFloatMinutes,
          floatAfterMinutes: t.totalFloatMinutes,
        });
      }
      if (!t.summary && b.totalFloatMinutes !== null && t.totalFloatMinutes !== null) {
        floatConsumedMinutes += Math.max(0, b.totalFloatMinutes - t.totalFloatMinutes);
      }
    }
    if (t.critical && !b.critical) criticalAdded.push(named);
    if (!t.critical && b.critical) criticalRemoved.push(named);
    if (t.milestone || b.milestone) {
      milestones.push({
        ...named,
        before: b.earlyStart,
        after: t.earlyStart,
        deltaMinutes: delta(b.earlyStart, t.earlyStart),
      });
    }
  }
  const removed: NamedTask[] = [];
  for (const b of before.tasks) {
    if (kept.has(b.id)) continue;
    removed.push({ taskId: b.id, name: b.name });
    if (b.milestone)
      milestones.push({ taskId: b.id, name: b.name, before: b.earlyStart, after: null, deltaMinutes: null });
  }
  return {
    finishBefore: before.finish,
    finishAfter: after.finish,
    finishDeltaMinutes: delta(before.finish, after.finish),
    moved,
    movedCount,
    floatConsumedMinutes,
    criticalAdded,
    criticalRemoved,
    milestones,
    added,
    removed,
  };
}
