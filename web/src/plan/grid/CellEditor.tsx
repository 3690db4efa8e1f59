import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { editorKeyCommand } from './keyboard.js';
import classes from './WbsGrid.module.css';

/** Where focus goes after a commit: rows and columns to move. */
export interface CommitMove {
  readonly rows: number;
  readonly cols: number;
}

/** An in-place editor over one cell: a text input, or a choice (project members for Responsible, an accrual, an EV method). */
export interface CellEditorProps {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
  readonly initial: string;
  /** Select the whole text (F2, double-click) rather than put the caret after a typed character. */
  readonly selectAll: boolean;
  readonly error: string | null;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Answers true when the edit was accepted (the editor closes), false to keep it open with an error. */
  onCommit(text: string, move: CommitMove | null): boolean;
  onCancel(): void;
}

/** The cell editor. Enter/Tab/Shift+Tab commit and move, Escape cancels, leaving the cell commits. */
export function CellEditor(props: CellEditorProps) {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  // Once committed or cancelled, the blur that follows (focus returns to the grid) must not commit again.
  const closed = useRef(false);
  /** `move` is null when leaving the cell by clicking elsewhere: focus goes where the click went. */
  const commit = (move: CommitMove | null) => {
    if (closed.current) return;
    closed.current = true;
    if (!props.onCommit(ref.current?.value ?? '', move)) closed.current = false;
  };

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    if (el instanceof HTMLInputElement) {
      if (props.selectAll) el.select();
      else el.setSelectionRange(el.value.length, el.value.length);
    }
  }, [props.selectAll]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // The grid must not also act on keys meant for the editor.
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    const cmd = editorKeyCommand(e);
    if (!cmd) return;
    e.preventDefault();
    if (cmd.kind === 'cancel') {
      closed.current = true;
      props.onCancel();
    } else {
      commit({ rows: cmd.rows, cols: cmd.cols });
    }
  };

  const onBlur = () => commit(null);

  // The message floats over the page (fixed), so a narrow grid pane cannot clip it.
  const [errorAt, setErrorAt] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const r = ref.current?.getBoundingClientRect();
    if (!props.error || !r) return setErrorAt(null);
    setErrorAt({ left: Math.max(8, Math.min(r.left, window.innerWidth - 368)), top: r.bottom + 2 });
  }, [props.error]);

  const style = { left: props.left, top: props.top, width: props.width, height: props.height };
  const common = {
    ref,
    className: classes.editor,
    style,
    'aria-label': props.label,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? 'gantry-cell-error' : undefined,
    onKeyDown,
    onBlur,
    // Clicks inside the editor must not reach the grid, which would move focus away.
    onMouseDown: (e: React.MouseEvent) => e.stopPropagation(),
    onDoubleClick: (e: React.MouseEvent) => e.stopPropagation(),
  };
  return (
    <>
      {props.options ? (
        <select {...common} defaultValue={props.initial}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} defaultValue={props.initial} spellCheck={false} autoComplete="off" />
      )}
      {props.error && (
        <div
          id="gantry-cell-error"
          role="alert"
          className={classes.editorError}
          style={errorAt ? { position: 'fixed', ...errorAt } : { left: props.left, top: props.top + props.height + 2 }}
        >
          {props.error}
        </div>
      )}
    </>
  );
}
