import { type GanttZoom, snapDelta, ZOOM_SCALES } from './time-scale.js';
import { TaskKind, type Timeline } from './timeline.js';

/*
 * The arithmetic of dragging a bar, apart from the pointer plumbing: which drag a press starts,
 * where the dragged date lands (snapped to the zoom's unit), and which bar a link is dropped on.
 */

/** Move the whole bar, drag its finish, or draw a link from it. */
export type DragMode = 'move' | 'resize' | 'link';

/** The bar's last pixels that resize it rather than move it. */
export const RESIZE_EDGE_PX = 6;
/** A press that travels less than this is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3;
/** How far outside a bar a link may still be dropped on it. */
export const DROP_SLOP_PX = 6;

/** What a press on a bar starts, or null when it starts nothing (read-only, summary, no dates). */
export function dragModeFor(
  kind: number,
  pointerX: number,
  x1: number,
  opts: { editable: boolean; onLinkHandle: boolean; linkModifier: boolean },
): DragMode | null {
  if (!opts.editable || kind === TaskKind.none || kind === TaskKind.summary) return null;
  if (opts.onLinkHandle || opts.linkModifier) return 'link';
  if (kind === TaskKind.task && pointerX >= x1 - RESIZE_EDGE_PX) return 'resize';
  return 'move';
}

/** The start after dragging the bar dx px: moved by the delta snapped to the zoom's unit. */
export function movedStart(start: number, dxPx: number, ppm: number, zoom: GanttZoom): number {
  return start + snapDelta(dxPx / ppm, zoom);
}

/**
 * The finish after dragging the bar's end dx px, snapped; never before the start plus one unit
 * (nor before the current finish when the task is already shorter than a unit).
 */
export function resizedFinish(start: number, finish: number, dxPx: number, ppm: number, zoom: GanttZoom): number {
  const moved = finish + snapDelta(dxPx / ppm, zoom);
  return Math.max(moved, Math.min(finish, start + ZOOM_SCALES[zoom].snapMinutes));
}

/** The row under a content-space y, or -1 outside the rows. */
export function rowAtY(y: number, rowHeight: number, rowCount: number): number {
  const row = Math.floor(y / rowHeight);
  return row >= 0 && row < rowCount ? row : -1;
}

/** The task whose bar is at (row, x) and may receive a link from `from`; -1 when none. */
export function linkTargetAt(timeline: Timeline, row: number, x: number, from: number): number {
  if (row < 0 || row >= timeline.kind.length || row === from) return -1;
  if (timeline.kind[row] === TaskKind.none) return -1;
  const slop = timeline.kind[row] === TaskKind.milestone ? DROP_SLOP_PX + 4 : DROP_SLOP_PX;
  return x >= timeline.x0[row]! - slop && x <= timeline.x1[row]! + slop ? row : -1;
}
