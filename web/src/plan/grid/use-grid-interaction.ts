import { type KeyboardEvent, type MouseEvent, type RefObject, useEffect, useRef, useState } from 'react';
import type { PlanTask } from '../../../../src/contracts/index.js';
import type { CommitMove } from './CellEditor.js';
import { createFromBlankRow, editCell, editorText } from './cell-edit.js';
import { canEditCell, cellText, frozenWidth } from './columns.js';
import type { WbsGridProps } from './grid-types.js';
import { type CellFocus, type GridCommand, gridKeyCommand, moveFocus, scrollToShow } from './keyboard.js';

/** An open cell editor. */
export interface Editing extends CellFocus {
  /**
   * The task being edited, null for the blank row. Rows can shift under an open editor (a task
   * typed into the blank row arrives while the next one is typed): the id keeps the edit on its task.
   */
  readonly taskId: string | null;
  readonly initial: string;
  readonly selectAll: boolean;
  readonly error: string | null;
}

/**
 * The cursor, with the task it is on (null: the blank row). Rows shift under it — a task typed into
 * the blank row arrives after Enter has moved on, a row is inserted above — and the cursor must stay
 * on its task, or on the blank row, rather than on whatever now holds its old index: else the next
 * name typed would rename the task just created.
 */
interface TrackedFocus extends CellFocus {
  /** Undefined before the cursor has been placed: the first row, whatever it holds. */
  readonly taskId?: string | null;
}

/** Where a tracked row is now: its task's row, the blank row, or (its task gone) the same index. */
function rowNow(at: TrackedFocus, rows: readonly PlanTask[]): number {
  if (at.taskId === undefined) return Math.min(at.row, rows.length);
  if (at.taskId === null) return rows.length;
  if (rows[at.row]?.id === at.taskId) return at.row;
  const index = rows.findIndex((t) => t.id === at.taskId);
  return index >= 0 ? index : Math.min(at.row, rows.length);
}

/** Cell under a mouse event, from the data attributes rows carry. */
function cellAt(target: EventTarget): { row: number; col: number; toggle: boolean } | null {
  const el = target as HTMLElement;
  const cell = el.closest?.('[data-col-index]');
  const row = el.closest?.('[data-row-index]');
  if (!cell || !row) return null;
  return {
    row: Number(row.getAttribute('data-row-index')),
    col: Number(cell.getAttribute('data-col-index')),
    toggle: el.closest('[data-action="toggle"]') !== null,
  };
}

/**
 * Focus, selection and editing of the grid, and what keys and clicks do. Focus and the editor are
 * local state, so moving around or typing re-renders only the rows whose focus changed.
 */
export function useGridInteraction(
  props: WbsGridProps,
  scroller: RefObject<HTMLDivElement | null>,
  root: RefObject<HTMLDivElement | null>,
  viewportHeight: number,
  colLeft: readonly number[],
) {
  const { rows, columns, rowHeight, access, env, commands } = props;
  const [focus, setFocusAt] = useState<TrackedFocus>({ row: 0, col: 3 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const anchor = useRef(0);
  const focused = { row: rowNow(focus, rows), col: Math.min(focus.col, columns.length - 1) };
  /** Puts the cursor on a cell, remembering which task (or the blank row) it is on. */
  const setFocus = (f: CellFocus) => setFocusAt({ ...f, taskId: rows[f.row]?.id ?? null });

  const canEdit = (r: number, c: number) => {
    const col = columns[c];
    if (!col) return false;
    const task = rows[r];
    if (!task) return access.canEditPlan && col.key === 'name';
    return canEditCell(col, task, access);
  };

  const show = (f: CellFocus) => {
    const el = scroller.current;
    if (!el) return;
    const body = viewportHeight - props.headerHeight;
    const top = scrollToShow(f.row, el.scrollTop, body, rowHeight);
    if (top !== el.scrollTop) el.scrollTop = top;
    // Frozen columns are always in view, and cover the first pixels of the scrolled ones.
    if (columns[f.col]?.frozenLeft !== undefined) return;
    const frozen = frozenWidth(columns);
    const left = (colLeft[f.col] ?? 0) - frozen;
    const right = colLeft[f.col + 1] ?? left;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
  };

  const selectRows = (from: number, to: number) => {
    const ids = new Set<string>();
    for (let i = from; i <= to; i++) {
      const t = rows[i];
      if (t) ids.add(t.id);
    }
    props.onSelect(ids);
  };

  const moveTo = (f: CellFocus, extend: boolean) => {
    setFocus(f);
    if (!extend) anchor.current = f.row;
    if (extend || f.row !== focused.row || !props.selection.has(rows[f.row]?.id ?? '')) {
      selectRows(Math.min(anchor.current, f.row), Math.max(anchor.current, f.row));
    }
    show(f);
  };

  const startEdit = (f: CellFocus, typed: string | null) => {
    if (!canEdit(f.row, f.col)) return;
    const task = rows[f.row];
    const col = columns[f.col]!;
    if (col.editor === 'assignments') {
      if (task) props.onOpenAssignments?.(task.id);
      return;
    }
    const initial = typed ?? (task ? editorText(col.key, task, env, cellText(col.key, task, env)) : '');
    setEditing({ ...f, taskId: task?.id ?? null, initial, selectAll: typed === null, error: null });
    show(f);
  };

  /** Selected tasks in display order (the focused row when nothing is selected). */
  const selectedIds = () => {
    const ids = rows.filter((t) => props.selection.has(t.id)).map((t) => t.id);
    const current = rows[focused.row];
    return ids.length > 0 ? ids : current ? [current.id] : [];
  };

  const run = (cmd: GridCommand) => {
    const bounds = {
      rowCount: rows.length,
      colCount: columns.length,
      pageRows: Math.floor((viewportHeight - props.headerHeight) / rowHeight),
    };
    switch (cmd.kind) {
      case 'move':
      case 'page':
      case 'edge':
        return moveTo(
          moveFocus(focused, cmd, bounds),
          cmd.kind !== 'edge' || cmd.to === 'first' || cmd.to === 'last' ? cmd.extend : false,
        );
      case 'edit':
        return startEdit(focused, cmd.initial);
      // Structure keys do what the toolbar's buttons do, so only for those who see the buttons.
      case 'insert':
        return access.canEditPlan ? commands.insertAbove(rows[focused.row] ?? null) : undefined;
      case 'append':
        return access.canEditPlan ? commands.append() : undefined;
      case 'delete':
        return access.canEditPlan ? commands.deleteTasks(selectedIds()) : undefined;
      case 'indent':
        return access.canEditPlan ? commands.indent(selectedIds()) : undefined;
      case 'outdent':
        return access.canEditPlan ? commands.outdent(selectedIds()) : undefined;
      case 'undo':
        return commands.undo();
      case 'redo':
        return commands.redo();
      case 'collapse': {
        const t = rows[focused.row];
        if (t?.summary && props.collapsed.has(t.id) !== cmd.collapse) props.onToggle(t.id);
        return;
      }
      case 'selectAll':
        return props.onSelect(new Set(rows.map((t) => t.id)));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const cmd = gridKeyCommand(e);
    if (!cmd) return;
    // Tab leaves the grid from its edges rather than trapping keyboard users.
    if (e.key === 'Tab' && (e.shiftKey ? focused.col === 0 : focused.col === columns.length - 1)) return;
    e.preventDefault();
    run(cmd);
  };

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(e.target);
    if (!hit || e.button !== 0) return;
    const task = rows[hit.row];
    if (hit.toggle && task) {
      // Folding hides rows below: keep the cursor on the summary rather than on whatever slides up.
      e.preventDefault();
      props.onToggle(task.id);
      if (focused.row > hit.row) setFocus({ row: hit.row, col: focused.col });
      return;
    }
    setFocus({ row: hit.row, col: hit.col });
    if (!task) return;
    if (e.shiftKey) {
      selectRows(Math.min(anchor.current, hit.row), Math.max(anchor.current, hit.row));
      e.preventDefault();
    } else if (e.ctrlKey || e.metaKey) {
      const next = new Set(props.selection);
      if (!next.delete(task.id)) next.add(task.id);
      anchor.current = hit.row;
      props.onSelect(next);
    } else {
      anchor.current = hit.row;
      props.onSelect(new Set([task.id]));
    }
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(e.target);
    if (hit && !hit.toggle) startEdit({ row: hit.row, col: hit.col }, null);
  };

  const commit = (text: string, move: CommitMove | null): boolean => {
    if (!editing) return true;
    const at = editing.taskId === null ? undefined : env.rowOf(editing.taskId);
    const task: PlanTask | undefined = at === undefined ? undefined : env.tasks[at - 1];
    // The task went away (deleted elsewhere, reloaded) while its cell was being edited: drop the edit.
    if (editing.taskId !== null && !task) {
      setEditing(null);
      return true;
    }
    const col = columns[editing.col]!;
    const result = task ? editCell(col.key, task, text, env) : createFromBlankRow(text, env);
    if (!result.ok) {
      setEditing({ ...editing, initial: text, selectAll: false, error: result.error });
      return false;
    }
    if (result.ops.length > 0) void props.onWrite(result.ops, task ? `edit ${col.label.toLowerCase()}` : 'new task');
    setEditing(null);
    if (move) {
      root.current?.focus({ preventScroll: true });
      const next = moveFocus(
        { row: rowNow(editing, rows), col: editing.col },
        { kind: 'move', rows: move.rows, cols: move.cols },
        // From the blank row, Enter stays on the blank row: its new task arrives above the cursor.
        { rowCount: rows.length, colCount: columns.length, pageRows: 1 },
      );
      moveTo(next, false);
    }
    return true;
  };

  const cancel = () => {
    setEditing(null);
    root.current?.focus({ preventScroll: true });
  };

  // After an insert: focus the new task's name and open its editor as soon as the row exists.
  const request = props.focusRequest;
  const handled = useRef<typeof request>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a request arrives or rows change
  useEffect(() => {
    if (!request || handled.current === request) return;
    const index = rows.findIndex((t) => t.id === request.taskId);
    if (index < 0) return;
    handled.current = request;
    const nameCol = columns.findIndex((c) => c.key === 'name');
    const f = { row: index, col: nameCol };
    anchor.current = index;
    setFocus(f);
    props.onSelect(new Set([request.taskId]));
    root.current?.focus({ preventScroll: true });
    show(f);
    if (request.edit) {
      setEditing({ ...f, taskId: request.taskId, initial: rows[index]!.name, selectAll: true, error: null });
    }
  }, [request, rows]);

  // Where the editor sits now: the blank row, or wherever its task has moved to (gone: no editor).
  let shown: Editing | null = editing;
  if (editing) {
    const row = rowNow(editing, rows);
    const gone = editing.taskId !== null && rows[row]?.id !== editing.taskId;
    shown = gone ? null : row === editing.row ? editing : { ...editing, row };
  }

  return { focused, editing: shown, onKeyDown, onMouseDown, onDoubleClick, commit, cancel };
}
