import { useCallback, useState } from 'react';
import { OPTIONAL_COLUMNS, type OptionalColumnKey } from './grid/columns.js';

const KEY = 'gantry:plan-columns';

function read(): ReadonlySet<OptionalColumnKey> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(
      Array.isArray(stored) ? OPTIONAL_COLUMNS.filter((k) => stored.includes(k)) : ([] as OptionalColumnKey[]),
    );
  } catch {
    return new Set(); // storage disabled, or something else wrote the key: none shown
  }
}

/**
 * The optional grid columns the user turned on (none at first), remembered in this browser for
 * every plan: someone who tracks fixed costs wants them in each project they open.
 */
export function useOptionalColumns() {
  const [shown, setShown] = useState(read);
  const toggle = useCallback((key: OptionalColumnKey, on: boolean) => {
    setShown((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      try {
        localStorage.setItem(KEY, JSON.stringify([...next]));
      } catch {
        // Storage disabled: the choice lasts for this visit.
      }
      return next;
    });
  }, []);
  return [shown, toggle] as const;
}
