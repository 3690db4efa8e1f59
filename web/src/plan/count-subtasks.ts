import type { PlanTask } from '../../../src/contracts/index.js';

/** Tasks under the chosen ones that a delete would also remove. */
export function countSubtasks(
  tasks: readonly PlanTask[],
  byId: ReadonlyMap<string, number>,
  ids: readonly string[],
): number {
  const chosen = new Set(ids);
  const starts = ids.map((id) => byId.get(id)).filter((i): i is number => i !== undefined);
  let count = 0;
  let coveredUntil = -1;
  for (const i of starts.sort((a, b) => a - b)) {
    if (i < coveredUntil) continue;
    const level = (tasks[i] as PlanTask).outlineLevel;
    let j = i + 1;
    for (; j < tasks.length && (tasks[j] as PlanTask).outlineLevel > level; j++) {
      if (!chosen.has((tasks[j] as PlanTask).id)) count++;
    }
    coveredUntil = j;
  }
  return count;
}
