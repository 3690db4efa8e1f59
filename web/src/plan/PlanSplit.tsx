import { type KeyboardEvent, type PointerEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GanttChart, type GanttChartProps } from './gantt/GanttChart.js';
import { fitFrozenColumns } from './grid/columns.js';
import type { WbsGridProps } from './grid/grid-types.js';
import { WbsGrid } from './grid/WbsGrid.js';

/** Set once per page load: the benchmark reads the first time a plan is on screen. */
let readyMarked = false;

/** Chart props the split fills in itself (shared scroll, row and header heights, size). */
type ChartInputs = Omit<GanttChartProps, 'rowHeight' | 'scrollTop' | 'onScrollTop' | 'height' | 'headerHeight'>;
type GridInputs = Omit<WbsGridProps, 'scrollTop' | 'onScrollTop'>;

const MIN_PANE = 160;

/**
 * The grid and the chart side by side, scrolled vertically together: both are controlled by one
 * scrollTop. Only the pane the user is working in may move it, so the chart (which has no blank
 * row at the bottom and stops one row earlier) cannot pull the grid back up.
 */
export function PlanSplit({ grid, chart }: { grid: GridInputs; chart: ChartInputs }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [size, setSize] = useState({ width: 1200, height: 500 });
  const [gridWidth, setGridWidth] = useState<number | null>(null);
  const active = useRef<'grid' | 'chart'>('grid');

  useLayoutEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (readyMarked) return;
    readyMarked = true;
    performance.mark('gantry:plan-ready');
  }, []);

  // By default the grid shows ID to Finish (as MS Project's Entry table opens), the chart the rest.
  const throughFinish = grid.columns
    .slice(0, grid.columns.findIndex((c) => c.key === 'finish') + 1)
    .reduce((sum, c) => sum + c.width, 0);
  const defaultWidth = Math.min(throughFinish + 2, Math.max(MIN_PANE, Math.round(size.width * 0.6)));
  const width = Math.min(Math.max(MIN_PANE, gridWidth ?? defaultWidth), Math.max(MIN_PANE, size.width - MIN_PANE));

  // Quantised so the columns (and so every row) change only when the frozen layout does.
  const widthStep = Math.floor(width / 20) * 20;
  const columns = useMemo(() => fitFrozenColumns(grid.columns, widthStep), [grid.columns, widthStep]);

  const startDrag = (e: PointerEvent<HTMLDivElement>) => {
    const startX = e.clientX;
    const startWidth = width;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => setGridWidth(startWidth + ev.clientX - startX);
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const splitterKeys = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 80 : 20;
    if (e.key === 'ArrowLeft') setGridWidth(width - step);
    else if (e.key === 'ArrowRight') setGridWidth(width + step);
    else return;
    e.preventDefault();
  };

  const fromGrid = (top: number) => {
    if (active.current === 'grid') setScrollTop(top);
  };
  const fromChart = (top: number) => {
    if (active.current === 'chart') setScrollTop(top);
  };
  const toGrid = () => {
    active.current = 'grid';
  };
  const toChart = () => {
    active.current = 'chart';
  };

  return (
    <div ref={rootRef} style={{ display: 'flex', height: '100%', minHeight: 0, position: 'relative' }}>
      <div
        style={{ width, flex: 'none', minWidth: 0, height: '100%' }}
        onPointerEnter={toGrid}
        onWheelCapture={toGrid}
        onKeyDownCapture={toGrid}
        onFocusCapture={toGrid}
      >
        <WbsGrid {...grid} columns={columns} scrollTop={scrollTop} onScrollTop={fromGrid} />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be dragged or take arrow keys */}
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the grid and the chart"
        aria-valuenow={Math.round(width)}
        tabIndex={0}
        onPointerDown={startDrag}
        onKeyDown={splitterKeys}
        style={{
          width: 6,
          flex: 'none',
          cursor: 'col-resize',
          background: 'var(--mantine-color-gray-3)',
          touchAction: 'none',
        }}
      />
      <div
        style={{ flex: 1, minWidth: 0, height: '100%' }}
        onPointerEnter={toChart}
        onWheelCapture={toChart}
        onPointerDownCapture={toChart}
      >
        <GanttChart
          {...chart}
          rowHeight={grid.rowHeight}
          headerHeight={grid.headerHeight}
          scrollTop={scrollTop}
          onScrollTop={fromChart}
          height={size.height}
        />
      </div>
    </div>
  );
}
