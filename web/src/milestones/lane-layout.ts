/*
 * Placing a project's milestones in its swimlane without anything overlapping: diamonds (with the
 * slip line back to their baseline) that would touch move down into another row of the lane, and
 * a name is drawn only in the free room to the right of its diamond, shortened or left to the
 * tooltip when the room is too small. Text never overlaps text or another diamond.
 */

/** One milestone to place: its x, its baseline's x (or null) and its name. */
export interface LaneItem {
  readonly x: number;
  readonly baselineX: number | null;
  readonly label: string;
}

/** Where a milestone went: the row inside the lane, and the name as it fits (null: tooltip only). */
export interface LanePlacement {
  readonly row: number;
  readonly label: string | null;
  /** x where the name starts. */
  readonly labelX: number;
}

/** Sizes the layout works with, in px. */
export interface LaneMetrics {
  /** Half the width of a diamond. */
  readonly radius: number;
  /** Least free room between two things in one row. */
  readonly gap: number;
  /** Average width of one character of the label font (a safe over-estimate). */
  readonly charPx: number;
  /** The right edge labels must stay left of. */
  readonly width: number;
  /** Fewest characters worth showing before the ellipsis; shorter fits are left to the tooltip. */
  readonly minChars: number;
}

/** Sensible sizes for 11 px labels and 12 px diamonds. */
export const DEFAULT_LANE_METRICS: LaneMetrics = { radius: 6, gap: 4, charPx: 6.4, width: 1000, minChars: 5 };

function extent(item: LaneItem, r: number): [number, number] {
  const b = item.baselineX ?? item.x;
  return [Math.min(item.x, b) - r, Math.max(item.x, b) + r];
}

/** A name shortened with an ellipsis to `room` px, or null when fewer than `minChars` would show. */
export function fitLabel(label: string, room: number, m: Pick<LaneMetrics, 'charPx' | 'minChars'>): string | null {
  const chars = Math.floor(room / m.charPx);
  if (label.length <= chars) return label;
  if (chars - 1 < m.minChars) return null;
  return `${label.slice(0, chars - 1).trimEnd()}…`;
}

/**
 * Rows and labels for one lane's milestones (in the order given). Greedy first-fit by left edge,
 * which uses the fewest rows for intervals; labels are fitted afterwards so they never add rows.
 */
export function layoutLane(
  items: readonly LaneItem[],
  m: LaneMetrics = DEFAULT_LANE_METRICS,
): { placements: LanePlacement[]; rows: number } {
  const order = items
    .map((_, i) => i)
    .sort((a, b) => {
      const ea = extent(items[a] as LaneItem, m.radius);
      const eb = extent(items[b] as LaneItem, m.radius);
      return ea[0] - eb[0] || ea[1] - eb[1];
    });
  const rowRight: number[] = [];
  const rowOf = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const [left, right] = extent(items[i] as LaneItem, m.radius);
    let row = rowRight.findIndex((r) => r + m.gap <= left);
    if (row === -1) {
      row = rowRight.length;
      rowRight.push(right);
    } else {
      rowRight[row] = right;
    }
    rowOf[i] = row;
  }
  // In each row, a name may use the room up to the next thing in that row.
  const placements: LanePlacement[] = items.map(() => ({ row: 0, label: null, labelX: 0 }));
  const byRow = new Map<number, number[]>();
  for (const i of order) byRow.set(rowOf[i] as number, [...(byRow.get(rowOf[i] as number) ?? []), i]);
  for (const [row, members] of byRow) {
    members.forEach((i, k) => {
      const item = items[i] as LaneItem;
      const labelX = extent(item, m.radius)[1] + m.gap;
      const nextIndex = members[k + 1];
      const limit = nextIndex === undefined ? m.width : extent(items[nextIndex] as LaneItem, m.radius)[0] - m.gap * 2;
      placements[i] = { row, label: fitLabel(item.label, limit - labelX, m), labelX };
    });
  }
  return { placements, rows: Math.max(1, rowRight.length) };
}
