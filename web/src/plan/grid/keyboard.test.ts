import { describe, expect, it } from 'vitest';
import {
  editorKeyCommand,
  gridKeyCommand,
  type KeyInput,
  moveFocus,
  renderWindow,
  scrollToShow,
  selectionAfterMove,
} from './keyboard.js';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('grid keys', () => {
  it('maps MS Project’s editing shortcuts', () => {
    expect(gridKeyCommand(key('ArrowRight', { altKey: true, shiftKey: true }))).toEqual({ kind: 'indent' });
    expect(gridKeyCommand(key('ArrowLeft', { altKey: true, shiftKey: true }))).toEqual({ kind: 'outdent' });
    expect(gridKeyCommand(key('Insert'))).toEqual({ kind: 'insert' });
    expect(gridKeyCommand(key('Enter', { ctrlKey: true }))).toEqual({ kind: 'append' });
    expect(gridKeyCommand(key('Delete'))).toEqual({ kind: 'delete' });
    expect(gridKeyCommand(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(gridKeyCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(gridKeyCommand(key('y', { metaKey: true }))).toEqual({ kind: 'redo' });
  });

  it('starts editing on F2 or a typed character, and lets other shortcuts through', () => {
    expect(gridKeyCommand(key('F2'))).toEqual({ kind: 'edit', initial: null });
    expect(gridKeyCommand(key('D', { shiftKey: true }))).toEqual({ kind: 'edit', initial: 'D' });
    expect(gridKeyCommand(key('5'))).toEqual({ kind: 'edit', initial: '5' });
    expect(gridKeyCommand(key('c', { ctrlKey: true }))).toBeNull();
    expect(gridKeyCommand(key('Shift', { shiftKey: true }))).toBeNull();
    expect(gridKeyCommand(key('ArrowRight', { altKey: true }))).toBeNull();
  });

  it('moves with arrows, Enter and Tab, extending the selection with Shift+Up/Down', () => {
    expect(gridKeyCommand(key('ArrowDown', { shiftKey: true }))).toEqual({
      kind: 'move',
      rows: 1,
      cols: 0,
      extend: true,
    });
    expect(gridKeyCommand(key('Enter'))).toEqual({ kind: 'move', rows: 1, cols: 0, extend: false });
    expect(gridKeyCommand(key('Tab', { shiftKey: true }))).toEqual({ kind: 'move', rows: 0, cols: -1, extend: false });
  });
});

describe('editor keys', () => {
  it('commits and moves down on Enter, right or left on Tab, and cancels on Escape', () => {
    expect(editorKeyCommand(key('Enter'))).toEqual({ kind: 'commit', rows: 1, cols: 0 });
    expect(editorKeyCommand(key('Tab'))).toEqual({ kind: 'commit', rows: 0, cols: 1 });
    expect(editorKeyCommand(key('Tab', { shiftKey: true }))).toEqual({ kind: 'commit', rows: 0, cols: -1 });
    expect(editorKeyCommand(key('Escape'))).toEqual({ kind: 'cancel' });
    expect(editorKeyCommand(key('ArrowLeft'))).toBeNull();
  });
});

describe('focus and scrolling', () => {
  const bounds = { rowCount: 10, colCount: 5, pageRows: 4 };

  it('stays inside the grid, the blank row included', () => {
    expect(moveFocus({ row: 0, col: 0 }, { kind: 'move', rows: -1, cols: -1 }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 9, col: 4 }, { kind: 'move', rows: 5, cols: 1 }, bounds)).toEqual({ row: 10, col: 4 });
    expect(moveFocus({ row: 2, col: 1 }, { kind: 'page', direction: 1, extend: false }, bounds)).toEqual({
      row: 5,
      col: 1,
    });
    expect(moveFocus({ row: 2, col: 1 }, { kind: 'edge', to: 'last', extend: false }, bounds)).toEqual({
      row: 9,
      col: 1,
    });
    expect(moveFocus({ row: 2, col: 1 }, { kind: 'edge', to: 'rowEnd', extend: false }, bounds)).toEqual({
      row: 2,
      col: 4,
    });
  });

  it('selects a range from the anchor when extending', () => {
    expect(selectionAfterMove(5, 2, true)).toEqual({ from: 2, to: 5 });
    expect(selectionAfterMove(5, 2, false)).toEqual({ from: 2, to: 2 });
  });

  it('renders only the rows in view plus a margin, at any plan size', () => {
    expect(renderWindow(0, 280, 28, 100_000)).toEqual({ first: 0, count: 18 });
    expect(renderWindow(28 * 50_000, 280, 28, 100_000)).toEqual({ first: 49_992, count: 26 });
    expect(renderWindow(0, 280, 28, 3)).toEqual({ first: 0, count: 3 });
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToShow(20, 0, 280, 28)).toBe(20 * 28 + 28 - 280);
    expect(scrollToShow(2, 280, 280, 28)).toBe(56);
    expect(scrollToShow(12, 280, 280, 28)).toBe(280);
  });
});
