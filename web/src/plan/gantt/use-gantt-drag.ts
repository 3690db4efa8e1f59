import type { PointerEvent as ReactPointerEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanTask } from '../../../../src/contracts/index.js';
import {
  DRAG_THRESHOLD_PX,
  type DragMode,
  dragModeFor,
  linkTargetAt,
  movedStart,
  resizedFinish,
  rowAtY,
} from './drag.js';
import { localOf } from './time-scale.js';
import type { Timeline } from './timeline.js';

/** A drag in progress, as the ghost layer draws it. Dates are minutes, positions content px. */
export interface GanttDrag {
  readonly mode: DragMode;
  readonly index: number;
  readonly start: number;
  readonly finish: number;
  readonly pointerX: number;
  readonly pointerY: number;
  /** The bar a link would be dropped on, or -1. */
  readonly target: number;
}

/** What the drag needs from the chart; read through a ref, so handlers never go stale. */
export interface GanttDragOptions {
  readonly timeline: Timeline;
  readonly tasks: readonly PlanTask[];
  readonly rowHeight: number;
  readonly editable: boolean;
  /** Client coordinates to content coordinates (x from the axis origin, y from the first row's top). */
  readonly toContent: (clientX: number, clientY: number) => { x: number; y: number };
  readonly onSelect?: ((taskId: string) => void) | undefined;
  readonly onMoveTask?: ((taskId: string, newStart: string) => void) | undefined;
  readonly onResizeTask?: ((taskId: string, newFinish: string) => void) | undefined;
  readonly onLinkTasks?: ((predecessorId: string, successorId: string) => void) | undefined;
}

interface Press {
  readonly pointerId: number;
  readonly index: number;
  readonly mode: DragMode | null;
  readonly x: number;
  readonly y: number;
  moved: boolean;
  drag: GanttDrag | null;
}

type SvgPointerEvent = ReactPointerEvent<SVGSVGElement>;

/**
 * Pointer handling for the bars: a press that does not travel is a click (select); otherwise it
 * moves the bar, drags its end, or draws a link, with the pointer captured so the drag survives
 * leaving the bar. Escape cancels. Nothing is sent until the pointer is released.
 */
export function useGanttDrag(options: GanttDragOptions) {
  const opts = useRef(options);
  opts.current = options;
  const press = useRef<Press | null>(null);
  const [drag, setDrag] = useState<GanttDrag | null>(null);

  const cancel = useCallback(() => {
    press.current = null;
    setDrag(null);
  }, []);

  const onPointerDown = useCallback((e: SvgPointerEvent) => {
    if (e.button !== 0 || press.current) return;
    const target = e.target as Element;
    const id = target.closest('[data-task-id]')?.getAttribute('data-task-id');
    const { timeline, tasks, rowHeight, editable, toContent } = opts.current;
    const p = toContent(e.clientX, e.clientY);
    // A press beside the bars selects the row's task (as in MS Project) and drags nothing.
    const onBar = id == null ? undefined : timeline.indexOf.get(id);
    const index = onBar ?? rowAtY(p.y, rowHeight, tasks.length);
    if (index < 0) return;
    const mode =
      onBar === undefined
        ? null
        : dragModeFor(timeline.kind[index]!, p.x, timeline.x1[index]!, {
            editable,
            onLinkHandle: target.closest('[data-link-handle]') !== null,
            linkModifier: e.altKey,
          });
    press.current = { pointerId: e.pointerId, index, mode, x: p.x, y: p.y, moved: false, drag: null };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  }, []);

  /** Returns whether the move belonged to a press (the chart shows no hover tooltip then). */
  const onPointerMove = useCallback((e: SvgPointerEvent): boolean => {
    const current = press.current;
    if (!current || current.pointerId !== e.pointerId) return false;
    const { timeline, tasks, rowHeight, toContent } = opts.current;
    const p = toContent(e.clientX, e.clientY);
    const dx = p.x - current.x;
    if (!current.moved && Math.hypot(dx, p.y - current.y) < DRAG_THRESHOLD_PX) return true;
    current.moved = true;
    if (current.mode === null) return true;
    const i = current.index;
    const start = timeline.start[i]!;
    const finish = timeline.finish[i]!;
    const ppm = timeline.pxPerMinute;
    let next: GanttDrag = { mode: current.mode, index: i, start, finish, pointerX: p.x, pointerY: p.y, target: -1 };
    if (current.mode === 'move') {
      const moved = movedStart(start, dx, ppm, timeline.zoom);
      next = { ...next, start: moved, finish: moved + (finish - start) };
    } else if (current.mode === 'resize') {
      next = { ...next, finish: resizedFinish(start, finish, dx, ppm, timeline.zoom) };
    } else {
      next = { ...next, target: linkTargetAt(timeline, rowAtY(p.y, rowHeight, tasks.length), p.x, i) };
    }
    current.drag = next;
    setDrag(next);
    return true;
  }, []);

  const onPointerUp = useCallback((e: SvgPointerEvent) => {
    const current = press.current;
    if (!current || current.pointerId !== e.pointerId) return;
    press.current = null;
    setDrag(null);
    const { tasks, timeline, onSelect, onMoveTask, onResizeTask, onLinkTasks } = opts.current;
    const task = tasks[current.index];
    if (!task) return;
    if (!current.moved) {
      onSelect?.(task.id);
      return;
    }
    const done = current.drag;
    if (!done) return;
    if (done.mode === 'move' && done.start !== timeline.start[current.index])
      onMoveTask?.(task.id, localOf(done.start));
    if (done.mode === 'resize' && done.finish !== timeline.finish[current.index]) {
      onResizeTask?.(task.id, localOf(done.finish));
    }
    const successor = done.target >= 0 ? tasks[done.target] : undefined;
    if (done.mode === 'link' && successor) onLinkTasks?.(task.id, successor.id);
  }, []);

  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        cancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dragging, cancel]);

  return { drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: cancel };
}
