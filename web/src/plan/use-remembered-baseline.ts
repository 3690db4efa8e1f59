import { useCallback, useEffect, useState } from 'react';
import type { Baseline } from '../../../src/contracts/index.js';

const keyOf = (projectId: string) => `gantry:plan-baseline:${projectId}`;

function read(projectId: string): string | null {
  try {
    return localStorage.getItem(keyOf(projectId));
  } catch {
    return null; // storage disabled (privacy mode): the choice lasts for this visit only
  }
}

function write(projectId: string, id: string | null): void {
  try {
    if (id) localStorage.setItem(keyOf(projectId), id);
    else localStorage.removeItem(keyOf(projectId));
  } catch {
    // As above: nothing to remember with.
  }
}

/**
 * The baseline shown in a project's plan, remembered per project in this browser, so reopening the
 * plan compares against the same one. A remembered baseline that has since been deleted is dropped
 * once the list has loaded.
 */
export function useRememberedBaseline(projectId: string, baselines: readonly Baseline[] | undefined) {
  const [baselineId, setState] = useState<string | null>(() => read(projectId));
  const setBaselineId = useCallback(
    (id: string | null) => {
      setState(id);
      write(projectId, id);
    },
    [projectId],
  );
  useEffect(() => {
    if (baselines && baselineId && !baselines.some((b) => b.id === baselineId)) setBaselineId(null);
  }, [baselines, baselineId, setBaselineId]);
  return [baselineId, setBaselineId] as const;
}
