import { useEffect } from 'react';
import { gridKeyCommand } from './grid/keyboard.js';

/**
 * Ctrl+Z / Ctrl+Y anywhere on the plan page, not only inside the grid: after a toolbar click or a
 * dialog, focus sits on a button or the page, and MS Project users expect undo to work there too.
 * Text fields keep their own undo; the grid handles its keys itself (and marks them handled).
 */
export function useUndoKeys(enabled: boolean, actions: { undo(): void; redo(): void }): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const cmd = gridKeyCommand(e);
      if (cmd?.kind !== 'undo' && cmd?.kind !== 'redo') return;
      e.preventDefault();
      if (cmd.kind === 'undo') actions.undo();
      else actions.redo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, actions]);
}
