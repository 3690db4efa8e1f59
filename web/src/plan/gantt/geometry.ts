import type { BarGeometry } from './link-path.js';
import { TaskKind, type Timeline } from './timeline.js';

/*
 * Where things sit inside one row. With a baseline shown the bar moves up and the baseline bar
 * runs under it, as in MS Project's Tracking Gantt; without one the bar is centred.
 */

/** Offsets from a row's top, in px. */
export interface RowGeometry {
  readonly rowHeight: number;
  readonly barTop: number;
  readonly barHeight: number;
  /** Vertical centre of the bar. */
  readonly barY: number;
  readonly summaryHeight: number;
  readonly diamondHalf: number;
  readonly baselineTop: number;
  readonly baselineHeight: number;
}

/** Geometry of a row `rowHeight` px tall, with or without a baseline bar under the task bar. */
export function rowGeometry(rowHeight: number, withBaseline: boolean): RowGeometry {
  const baselineHeight = withBaseline ? Math.max(3, Math.round(rowHeight * 0.14)) : 0;
  const barHeight = Math.max(6, Math.min(20, Math.round(rowHeight * (withBaseline ? 0.42 : 0.5))));
  const barTop = Math.round((rowHeight - barHeight - (withBaseline ? baselineHeight + 1 : 0)) / 2);
  return {
    rowHeight,
    barTop,
    barHeight,
    barY: barTop + barHeight / 2,
    summaryHeight: Math.max(4, Math.round(barHeight * 0.45)),
    diamondHalf: Math.max(5, Math.round(barHeight * 0.62)),
    baselineTop: barTop + barHeight + 1,
    baselineHeight,
  };
}

/** The drawn extent of row i's bar, for connectors and hit tests (diamonds are wider than a point). */
export function barGeometry(timeline: Timeline, i: number, g: RowGeometry): BarGeometry {
  const rowTop = i * g.rowHeight;
  const kind = timeline.kind[i];
  if (kind === TaskKind.milestone) {
    const x = timeline.x0[i]!;
    return {
      x0: x - g.diamondHalf,
      x1: x + g.diamondHalf,
      y: rowTop + g.barY,
      half: g.diamondHalf,
      rowTop,
      milestone: true,
    };
  }
  if (kind === TaskKind.summary) {
    const y = rowTop + g.barTop + g.summaryHeight / 2;
    return { x0: timeline.x0[i]!, x1: timeline.x1[i]!, y, half: g.summaryHeight / 2, rowTop };
  }
  return { x0: timeline.x0[i]!, x1: timeline.x1[i]!, y: rowTop + g.barY, half: g.barHeight / 2, rowTop };
}
