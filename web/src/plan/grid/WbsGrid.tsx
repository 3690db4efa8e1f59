// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid places rows absolutely, which table layout cannot
// biome-ignore-all lint/a11y/useFocusableInteractive: focus stays on the grid, which moves a cell cursor (aria-activedescendant)
import { VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { type UIEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CellEditor } from './CellEditor.js';
import { BlankRow, GridRow } from './GridRow.js';
import type { WbsGridProps } from './grid-types.js';
import { renderWindow } from './keyboard.js';
import { useGridInteraction } from './use-grid-interaction.js';
import classes from './WbsGrid.module.css';

/** The Responsible editor's first choice: no one (the member editor hands over '' for it). */
const NOBODY = { value: '', label: '(nobody)' };

/**
 * The WBS grid: MS Project's task sheet. Virtualised: only the rows in view (plus a margin) are in
 * the DOM, at a fixed row height shared with the chart, so a 100,000-task plan costs the same per
 * scroll or keystroke as a 10-task one. The blank row at the bottom creates tasks.
 */
export function WbsGrid(props: WbsGridProps) {
  const { rows, columns, rowHeight, headerHeight, scrollTop, selection } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewportHeight, setViewportHeight] = useState(600);

  const colLeft = useMemo(() => {
    const left = [0];
    for (const c of columns) left.push((left[left.length - 1] as number) + c.width);
    return left;
  }, [columns]);
  const totalWidth = colLeft[colLeft.length - 1] as number;

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const measure = () => setViewportHeight(el.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The chart changed the shared scroll: follow it. When the grid itself scrolled, the position is
  // known already; reading el.scrollTop would force a layout in the middle of every scroll frame.
  const ownTop = useRef(0);
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (el && Math.abs(ownTop.current - scrollTop) >= 1) {
      el.scrollTop = scrollTop;
      ownTop.current = el.scrollTop;
    }
  }, [scrollTop]);

  const ui = useGridInteraction(props, scrollerRef, rootRef, viewportHeight, colLeft);
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const top = e.currentTarget.scrollTop;
    ownTop.current = top;
    if (Math.abs(top - scrollTop) >= 1) props.onScrollTop(top);
  };

  // One extra row: the blank row where a typed name becomes a task.
  const rowCount = rows.length + 1;
  const { first, count } = renderWindow(scrollTop, viewportHeight - headerHeight, rowHeight, rowCount);
  const rendered = [];
  for (let i = first; i < first + count; i++) {
    const task = rows[i];
    const focusedCol = ui.focused.row === i ? ui.focused.col : -1;
    rendered.push(
      task ? (
        <GridRow
          key={task.id}
          task={task}
          index={i}
          rowHeight={rowHeight}
          columns={columns}
          ctx={props.env}
          focusedCol={focusedCol}
          selected={selection.has(task.id)}
          collapsed={props.collapsed.has(task.id)}
        />
      ) : (
        <BlankRow
          key="blank"
          index={i}
          rowHeight={rowHeight}
          columns={columns}
          focusedCol={focusedCol}
          hint={props.access.canEditPlan && rows.length === 0 ? 'Type a task name' : null}
        />
      ),
    );
  }

  const editing = ui.editing;
  const editCol = editing ? columns[editing.col] : undefined;
  // Predecessor and constraint text outgrows its column: widen the editor, kept inside the visible pane.
  const editWidth = editCol
    ? Math.max(editCol.width, editCol.key === 'predecessors' || editCol.key === 'constraint' ? 200 : 0)
    : 0;
  const pane = scrollerRef.current;
  // A frozen column's cell sits at its offset from the pane's left edge, wherever the grid has scrolled.
  const cellLeft = editing
    ? Math.max(
        colLeft[editing.col] as number,
        (pane?.scrollLeft ?? 0) + (editCol?.frozenLeft ?? Number.NEGATIVE_INFINITY),
      )
    : 0;
  const editLeft =
    editing && pane ? Math.max(0, Math.min(cellLeft, pane.scrollLeft + pane.clientWidth - editWidth)) : cellLeft;
  return (
    <div
      ref={rootRef}
      className={classes.root}
      data-testid="wbs-grid"
      role="grid"
      aria-label="Tasks"
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      aria-multiselectable
      aria-activedescendant={ui.focused.row >= first && ui.focused.row < first + count ? 'plan-grid-active' : undefined}
      tabIndex={0}
      onKeyDown={ui.onKeyDown}
    >
      <div ref={scrollerRef} className={classes.scroller} onScroll={onScroll}>
        <div
          className={classes.header}
          role="row"
          aria-rowindex={1}
          style={{ width: totalWidth, height: headerHeight }}
        >
          {columns.map((c) => (
            <div
              key={c.key}
              className={classes.headerCell}
              role="columnheader"
              data-col={c.key}
              data-frozen={c.frozenLeft !== undefined || undefined}
              style={{
                width: c.width,
                left: c.frozenLeft,
                justifyContent: c.align === 'right' ? 'flex-end' : undefined,
              }}
            >
              {c.key === 'indicators' ? (
                <span title="Indicators">
                  <IconInfoCircle size={14} aria-hidden />
                  <VisuallyHidden>Indicators</VisuallyHidden>
                </span>
              ) : (
                c.label
              )}
            </div>
          ))}
        </div>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: clicks are delegated from the cells, which the grid's keys also reach */}
        <div
          className={classes.body}
          style={{ width: totalWidth, height: rowCount * rowHeight + rowHeight }}
          onMouseDown={ui.onMouseDown}
          onDoubleClick={ui.onDoubleClick}
        >
          {rendered}
          {props.emptyText && (
            <div className={classes.empty} style={{ top: rowHeight * 1.5 }}>
              {props.emptyText}
            </div>
          )}
          {editing && editCol && (
            <CellEditor
              key={`${editing.taskId ?? 'new'}:${editing.col}`}
              left={editLeft}
              top={editing.row * rowHeight}
              width={editWidth}
              height={rowHeight}
              label={`${editCol.label}${rows[editing.row] ? ` of ${rows[editing.row]?.name}` : ' of a new task'}`}
              initial={editing.initial}
              selectAll={editing.selectAll}
              error={editing.error}
              options={editCol.editor === 'member' ? [NOBODY, ...props.members] : editCol.options}
              onCommit={ui.commit}
              onCancel={ui.cancel}
            />
          )}
        </div>
      </div>
    </div>
  );
}
