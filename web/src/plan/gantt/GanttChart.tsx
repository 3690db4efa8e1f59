import { type PointerEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { PlanLink, PlanTask } from '../../../../src/contracts/index.js';
import { GanttBars } from './GanttBars.js';
import classes from './GanttChart.module.css';
import { GanttDragLayer } from './GanttDragLayer.js';
import { GanttGrid } from './GanttGrid.js';
import { GanttHeader } from './GanttHeader.js';
import { GanttLinks } from './GanttLinks.js';
import { GanttTooltip, type TooltipAnchor } from './GanttTooltip.js';
import { rowGeometry } from './geometry.js';
import { type GanttZoom, minuteOf, type Tick, ticksBetween, weekendSpans, ZOOM_SCALES } from './time-scale.js';
import { baselineExtent, computeTimeline, parsePlanDates } from './timeline.js';
import { useChartScroll } from './use-chart-scroll.js';
import { useGanttDrag } from './use-gantt-drag.js';
import { blockAligned, buildLinkIndex, linksInRows, visibleRows } from './visible-window.js';

export { GANTT_ZOOMS, type GanttZoom } from './time-scale.js';
export { fitZoom } from './timeline.js';

/** A task's dates on the baseline being compared, as local date-times. */
export interface GanttBaselineBar {
  start: string | null;
  finish: string | null;
}

/** The Gantt pane of the plan view; rows line up with the grid beside it (same rowHeight and scrollTop). */
export interface GanttChartProps {
  /** The visible rows, in display order (collapsed rows already removed). */
  tasks: readonly PlanTask[];
  links: readonly PlanLink[];
  /** Row height in px, the same as the grid's. */
  rowHeight: number;
  /** Vertical scroll in px, shared with the grid (controlled). */
  scrollTop: number;
  /** The user scrolled the chart vertically. */
  onScrollTop(top: number): void;
  /** The chart's height in px, header included. */
  height: number;
  zoom: GanttZoom;
  /** Height of the time-scale header in px (default GANTT_HEADER_HEIGHT); match the grid's header. */
  headerHeight?: number;
  /** Drawn as a thin grey bar under each task bar. */
  baseline?: ReadonlyMap<string, GanttBaselineBar>;
  /** In a scenario: the live plan's dates of the tasks it moved, drawn as faint ghosts behind their bars. */
  ghosts?: ReadonlyMap<string, GanttBaselineBar>;
  /** Vertical lines, local "YYYY-MM-DDTHH:mm". */
  statusDate?: string | null;
  today: string;
  selectedIds?: ReadonlySet<string>;
  onSelect?(taskId: string): void;
  /** False for read-only users: no dragging. */
  editable: boolean;
  /** Bar dragged: the caller sets a start-no-earlier-than constraint. */
  onMoveTask?(taskId: string, newStart: string): void;
  /** Bar end dragged: the caller converts the finish to a duration. */
  onResizeTask?(taskId: string, newFinish: string): void;
  /** Dragged from one bar onto another: a finish-to-start link. */
  onLinkTasks?(predecessorId: string, successorId: string): void;
}

/** Default height of the two-tier time scale in px. */
export const GANTT_HEADER_HEIGHT = 44;
/** Rows drawn above and below the viewport, so a fast scroll shows no blank band. */
const OVERSCAN_ROWS = 8;
/** The drawn rows move in blocks of this many, so most vertical scrolls redraw nothing. */
const ROW_BLOCK = 8;
/** The drawn stretch moves in steps of this many px, so most horizontal scrolls redraw nothing. */
const CHUNK_PX = 512;

/** Empty rows under the last task, matching the grid's blank row so both panes scroll as far. */
const BLANK_ROWS = 1;

const NO_TICKS: readonly Tick[] = [];

interface Hover {
  readonly index: number;
  readonly anchor: TooltipAnchor;
}

/**
 * A virtualised Gantt chart: the DOM holds only the rows (and links) in view plus an overscan, and
 * only the stretch of time in view, whatever the plan's size. Bar positions are computed once per
 * (tasks, zoom) into typed arrays; scrolling only slices them.
 */
export function GanttChart(props: GanttChartProps) {
  const { tasks, links, rowHeight, scrollTop, onScrollTop, height, zoom, baseline, ghosts, editable } = props;
  const headerHeight = props.headerHeight ?? GANTT_HEADER_HEIGHT;
  const rootRef = useRef<HTMLElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const todayMinute = minuteOf(props.today);
  const statusMinute = minuteOf(props.statusDate);

  // Parsing is per task list and baseline; a zoom change only rescales.
  const dates = useMemo(() => parsePlanDates(tasks), [tasks]);
  // Baseline bars and ghosts widen the time span too, so a bar the scenario pulled in keeps its ghost in view.
  const baselineRange = useMemo(() => {
    const a = baseline ? baselineExtent(baseline) : null;
    const b = ghosts ? baselineExtent(ghosts) : null;
    if (!a || !b) return a ?? b;
    return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
  }, [baseline, ghosts]);
  const fallback = Number.isNaN(todayMinute) ? 0 : todayMinute;
  const timeline = useMemo(
    () => computeTimeline(dates, zoom, fallback, baselineRange),
    [dates, zoom, fallback, baselineRange],
  );
  const linkIndex = useMemo(() => buildLinkIndex(links, dates.indexOf, tasks.length), [links, dates, tasks.length]);
  const geometry = useMemo(() => rowGeometry(rowHeight, baseline !== undefined), [rowHeight, baseline]);

  const { scroll, viewportWidth, onScroll } = useChartScroll(scrollerRef, scrollTop, onScrollTop, timeline);
  const [hover, setHover] = useState<Hover | null>(null);

  const bodyHeight = Math.max(0, height - headerHeight);
  const { first, last } = blockAligned(
    visibleRows(scroll.top, bodyHeight, rowHeight, tasks.length, OVERSCAN_ROWS),
    ROW_BLOCK,
    tasks.length,
  );
  const totalWidth = Math.max(timeline.width, viewportWidth);
  const viewLeft = Math.max(0, Math.floor(scroll.left / CHUNK_PX) * CHUNK_PX - CHUNK_PX);
  const viewWidth = Math.max(0, Math.min(totalWidth - viewLeft, (viewportWidth || 1200) + 3 * CHUNK_PX));
  const windowTop = first * rowHeight;
  const windowHeight = Math.max((last + 1) * rowHeight, scroll.top + bodyHeight) - windowTop;

  const scale = ZOOM_SCALES[zoom];
  const axis = useMemo(() => {
    const from = timeline.origin + viewLeft / timeline.pxPerMinute;
    const to = timeline.origin + (viewLeft + viewWidth) / timeline.pxPerMinute;
    return {
      top: ticksBetween(scale.top, from, to),
      bottom: ticksBetween(scale.bottom, from, to),
      weekends: scale.weekends ? weekendSpans(from, to) : [],
    };
  }, [timeline, viewLeft, viewWidth, scale]);
  const xOf = useCallback((minute: number) => (minute - timeline.origin) * timeline.pxPerMinute, [timeline]);
  const lineX = (minute: number) => {
    const x = xOf(minute);
    return Number.isFinite(x) && x >= 0 && x <= totalWidth ? Math.round(x) + 0.5 : null;
  };
  const todayX = lineX(todayMinute);
  const statusX = lineX(statusMinute);

  const selectedIds = props.selectedIds;
  const selectedRows = useMemo(() => {
    const rows: number[] = [];
    if (selectedIds && selectedIds.size > 0) {
      for (let i = first; i <= last; i++) if (selectedIds.has(tasks[i]!.id)) rows.push(i);
    }
    return rows;
  }, [selectedIds, tasks, first, last]);
  const visibleLinks = useMemo(() => linksInRows(linkIndex, first, last), [linkIndex, first, last]);

  const toContent = useCallback(
    (clientX: number, clientY: number) => {
      const el = scrollerRef.current;
      if (!el) return { x: 0, y: 0 };
      const r = el.getBoundingClientRect();
      return { x: clientX - r.left + el.scrollLeft, y: clientY - r.top + el.scrollTop - headerHeight };
    },
    [headerHeight],
  );
  const drag = useGanttDrag({
    timeline,
    tasks,
    rowHeight,
    editable,
    toContent,
    onSelect: props.onSelect,
    onMoveTask: props.onMoveTask,
    onResizeTask: props.onResizeTask,
    onLinkTasks: props.onLinkTasks,
  });

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (drag.onPointerMove(e)) {
      if (hover) setHover(null);
      return;
    }
    const id = (e.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id');
    const index = id == null ? undefined : timeline.indexOf.get(id);
    const root = rootRef.current;
    if (index === undefined || !root) {
      if (hover) setHover(null);
      return;
    }
    const r = root.getBoundingClientRect();
    setHover({
      index,
      anchor: { x: e.clientX - r.left, y: e.clientY - r.top, rootWidth: r.width, rootHeight: r.height },
    });
  };

  const hoveredTask = hover && !drag.drag ? tasks[hover.index] : undefined;
  return (
    <section
      ref={rootRef}
      className={classes.root}
      style={{ height }}
      data-testid="gantt"
      data-zoom={zoom}
      data-editable={editable ? 'true' : 'false'}
      aria-label="Gantt chart"
    >
      <div ref={scrollerRef} className={classes.scroller} onScroll={onScroll}>
        <div
          className={classes.canvas}
          style={{ width: totalWidth, height: headerHeight + (tasks.length + BLANK_ROWS) * rowHeight }}
        >
          <GanttHeader
            width={totalWidth}
            height={headerHeight}
            viewLeft={viewLeft}
            viewWidth={viewWidth}
            scrollLeft={scroll.left}
            topUnit={scale.top}
            bottomUnit={scale.bottom}
            topTicks={axis.top}
            bottomTicks={axis.bottom}
            weekends={scale.bottom === 'day' ? axis.weekends : NO_TICKS}
            xOf={xOf}
            todayX={todayX}
            statusX={statusX}
          />
          <svg
            className={classes.body}
            role="img"
            aria-label="Task bars and links (the task grid holds the same data)"
            style={{ left: viewLeft, top: headerHeight + windowTop }}
            width={viewWidth}
            height={windowHeight}
            onPointerDown={drag.onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={drag.onPointerUp}
            onPointerCancel={drag.onPointerCancel}
            onPointerLeave={() => setHover(null)}
          >
            <g transform={`translate(${-viewLeft} ${-windowTop})`}>
              <GanttGrid
                viewLeft={viewLeft}
                viewWidth={viewWidth}
                top={windowTop}
                height={windowHeight}
                weekends={axis.weekends}
                minorTicks={axis.bottom}
                majorTicks={axis.top}
                xOf={xOf}
                rowHeight={rowHeight}
                selectedRows={selectedRows}
                todayX={todayX}
                statusX={statusX}
              />
              <GanttLinks links={links} visible={visibleLinks} tasks={tasks} timeline={timeline} geometry={geometry} />
              <GanttBars
                tasks={tasks}
                timeline={timeline}
                first={first}
                last={last}
                geometry={geometry}
                baseline={baseline}
                ghosts={ghosts}
                selectedIds={selectedIds}
                editable={editable}
                width={totalWidth}
              />
              {drag.drag && <GanttDragLayer drag={drag.drag} timeline={timeline} geometry={geometry} />}
            </g>
          </svg>
        </div>
      </div>
      {hoveredTask && hover && <GanttTooltip task={hoveredTask} anchor={hover.anchor} />}
    </section>
  );
}
