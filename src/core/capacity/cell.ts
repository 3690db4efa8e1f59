import type { DemandItem } from './grid.js';
import type { CapacityPeriod } from './periods.js';

/** One assignment's demand inside one period, minutes (weighted as in the grid). */
export interface CellItem {
  readonly assignmentId: string;
  readonly resourceId: string;
  readonly projectId: string;
  readonly taskId: string;
  readonly minutes: number;
}

/**
 * The assignments behind one cell: the demand of the given resources' items that falls inside the
 * period, largest first. The same sums as the grid, so a cell's items add up to its demand.
 */
export function cellItems(
  demand: readonly DemandItem[],
  resourceIds: ReadonlySet<string>,
  period: CapacityPeriod,
): CellItem[] {
  const out: CellItem[] = [];
  for (const item of demand) {
    if (!resourceIds.has(item.resourceId) || item.minutes <= 0) continue;
    const { firstDay, share } = item.profile;
    const from = Math.max(0, period.startDay - firstDay);
    const to = Math.min(share.length, period.endDay - firstDay);
    let sum = 0;
    for (let i = from; i < to; i++) sum += share[i] as number;
    if (sum <= 0) continue;
    out.push({
      assignmentId: item.assignmentId,
      resourceId: item.resourceId,
      projectId: item.projectId,
      taskId: item.taskId,
      minutes: item.minutes * sum,
    });
  }
  return out.sort((a, b) => b.minutes - a.minutes || a.taskId.localeCompare(b.taskId));
}
