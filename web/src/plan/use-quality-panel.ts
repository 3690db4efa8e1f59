import { useCallback, useMemo, useState } from 'react';
import type { QualityCheck } from '../../../src/contracts/index.js';
import type { FocusRequest } from './grid/grid-types.js';

/**
 * The schedule quality drawer's state for the plan view: open or not, the check whose tasks are
 * selected in the grid and chart, and whether the plan shows only those tasks.
 */
export function useQualityPanel(select: (ids: ReadonlySet<string>) => void, focus: (r: FocusRequest) => void) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<{ key: string; ids: ReadonlySet<string> } | null>(null);
  const [onlyChosen, setOnlyChosen] = useState(false);

  const choose = useCallback(
    (c: QualityCheck | null) => {
      const ids = new Set(c?.taskIds ?? []);
      setChosen(c ? { key: c.key, ids } : null);
      if (!c) setOnlyChosen(false);
      select(ids);
      if (c?.taskIds[0]) focus({ taskId: c.taskIds[0], edit: false });
    },
    [select, focus],
  );
  const close = useCallback(() => {
    setOpen(false);
    setChosen(null);
    setOnlyChosen(false);
  }, []);
  const show = useCallback(() => setOpen(true), []);
  /** The task ids the plan is limited to, or null to show the outline as usual. */
  const only = useMemo(() => (onlyChosen && chosen ? chosen.ids : null), [onlyChosen, chosen]);
  return { open, show, close, chosen: chosen?.key ?? null, choose, only, setOnly: setOnlyChosen };
}
