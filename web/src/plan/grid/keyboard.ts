/*
 * The grid's keyboard, as MS Project's task sheet behaves: arrows move the focused cell, typing
 * or F2 starts editing, Enter/Tab commit and move, Insert adds a task, Alt+Shift+arrows indent.
 * Pure functions from a key to a command, and from a command to the next focus, so the
 * behaviour is tested without a browser.
 */

/** The parts of a KeyboardEvent that decide the command. */
export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** What a key does while the grid (not an editor) has focus. */
export type GridCommand =
  | { readonly kind: 'move'; readonly rows: number; readonly cols: number; readonly extend: boolean }
  | { readonly kind: 'page'; readonly direction: 1 | -1; readonly extend: boolean }
  | { readonly kind: 'edge'; readonly to: 'rowStart' | 'rowEnd' | 'first' | 'last'; readonly extend: boolean }
  | { readonly kind: 'edit'; readonly initial: string | null }
  | { readonly kind: 'insert' }
  | { readonly kind: 'append' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'indent' }
  | { readonly kind: 'outdent' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'collapse'; readonly collapse: boolean }
  | { readonly kind: 'selectAll' };

/** What a key does inside a cell editor: commit and move, cancel, or nothing (the input handles it). */
export type EditorCommand =
  | { readonly kind: 'commit'; readonly rows: number; readonly cols: number }
  | { readonly kind: 'cancel' }
  | null;

const move = (rows: number, cols: number, extend: boolean): GridCommand => ({ kind: 'move', rows, cols, extend });

/** The command for a key pressed on the grid, or null to let the browser have it. */
export function gridKeyCommand(e: KeyInput): GridCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key;
  if (e.altKey && e.shiftKey && !ctrl) {
    if (key === 'ArrowRight') return { kind: 'indent' };
    if (key === 'ArrowLeft') return { kind: 'outdent' };
    if (key === '-' || key === '_') return { kind: 'collapse', collapse: true };
    if (key === '+' || key === '=') return { kind: 'collapse', collapse: false };
    return null;
  }
  if (e.altKey) return null;
  if (ctrl) {
    const lower = key.toLowerCase();
    if (lower === 'z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (lower === 'y') return { kind: 'redo' };
    if (key === 'Enter') return { kind: 'append' };
    if (lower === 'a') return { kind: 'selectAll' };
    if (key === 'Home') return { kind: 'edge', to: 'first', extend: e.shiftKey };
    if (key === 'End') return { kind: 'edge', to: 'last', extend: e.shiftKey };
    return null;
  }
  switch (key) {
    case 'ArrowUp':
      return move(-1, 0, e.shiftKey);
    case 'ArrowDown':
      return move(1, 0, e.shiftKey);
    case 'ArrowLeft':
      return move(0, -1, false);
    case 'ArrowRight':
      return move(0, 1, false);
    case 'Enter':
      return move(e.shiftKey ? -1 : 1, 0, false);
    case 'Tab':
      return move(0, e.shiftKey ? -1 : 1, false);
    case 'PageDown':
      return { kind: 'page', direction: 1, extend: e.shiftKey };
    case 'PageUp':
      return { kind: 'page', direction: -1, extend: e.shiftKey };
    case 'Home':
      return { kind: 'edge', to: 'rowStart', extend: false };
    case 'End':
      return { kind: 'edge', to: 'rowEnd', extend: false };
    case 'F2':
      return { kind: 'edit', initial: null };
    case 'Insert':
      return { kind: 'insert' };
    case 'Delete':
      return { kind: 'delete' };
    default:
      // A printable character starts editing with that character, replacing the cell's text.
      return key.length === 1 ? { kind: 'edit', initial: key } : null;
  }
}

/** The command for a key pressed inside a cell editor. */
export function editorKeyCommand(e: KeyInput): EditorCommand {
  if (e.key === 'Escape') return { kind: 'cancel' };
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Enter') return { kind: 'commit', rows: e.shiftKey ? -1 : 1, cols: 0 };
  if (e.key === 'Tab') return { kind: 'commit', rows: 0, cols: e.shiftKey ? -1 : 1 };
  return null;
}

/** The focused cell: a display row (0-based; the blank row is rowCount) and a column index. */
export interface CellFocus {
  readonly row: number;
  readonly col: number;
}

/** Where focus goes for a movement command, kept inside rows 0…rowCount (the blank row) and the columns. */
export function moveFocus(
  focus: CellFocus,
  cmd: Extract<GridCommand, { kind: 'move' | 'page' | 'edge' }> | { kind: 'move'; rows: number; cols: number },
  bounds: { readonly rowCount: number; readonly colCount: number; readonly pageRows: number },
): CellFocus {
  const clampRow = (r: number) => Math.max(0, Math.min(bounds.rowCount, r));
  const clampCol = (c: number) => Math.max(0, Math.min(bounds.colCount - 1, c));
  switch (cmd.kind) {
    case 'move':
      return { row: clampRow(focus.row + cmd.rows), col: clampCol(focus.col + cmd.cols) };
    case 'page':
      return { row: clampRow(focus.row + cmd.direction * Math.max(1, bounds.pageRows - 1)), col: focus.col };
    case 'edge':
      if (cmd.to === 'rowStart') return { row: focus.row, col: 0 };
      if (cmd.to === 'rowEnd') return { row: focus.row, col: bounds.colCount - 1 };
      return { row: cmd.to === 'first' ? 0 : Math.max(0, bounds.rowCount - 1), col: focus.col };
  }
}

/** Row selection after focus moves: a range from the anchor when extending, else just the focused row. */
export function selectionAfterMove(anchor: number, to: number, extend: boolean): { from: number; to: number } {
  return extend ? { from: Math.min(anchor, to), to: Math.max(anchor, to) } : { from: to, to };
}

/** The first row to render and the number of rows, with a few extra either side so fast scrolling shows no gaps. */
export function renderWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 8,
): { first: number; count: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, count: Math.max(0, last - first) };
}

/** The scroll position that brings `row` into view (unchanged when it already is). */
export function scrollToShow(row: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = row * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
