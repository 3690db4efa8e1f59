import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanTask } from '../../../../src/contracts/index.js';
import { planKeys, usePlanTasks } from '../../api/plan.js';
import { livePlanSource, type PlanSource, scenarioPlanSource } from '../plan-source.js';

/** How the plan view was taken back to the live plan. */
export type ScenarioExit = 'back' | 'applied' | 'discarded';

/**
 * Which plan the view shows: the live plan, or the scenario named in the address
 * (`?scenario=<id>`, so a reload, a bookmark or the back button keep it), and the source the editor
 * sends its edits to. Only people who may edit the plan can open one; for anyone else the
 * parameter is ignored and they see the live plan.
 */
export function useScenarioMode(projectId: string, canEditPlan: boolean) {
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const scenarioId = canEditPlan ? params.get('scenario') || null : null;
  const source: PlanSource = useMemo(
    () => (scenarioId ? scenarioPlanSource(projectId, scenarioId) : livePlanSource(projectId)),
    [projectId, scenarioId],
  );
  const [listShown, setListShown] = useState(false);
  const [impactOpen, setImpactOpen] = useState(true);

  const navigate = useCallback(
    (next: string | null) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('scenario', next);
        else updated.delete('scenario');
        return updated;
      }),
    [setParams],
  );
  const enter = useCallback(
    (id: string) => {
      setListShown(false);
      setImpactOpen(true);
      navigate(id);
    },
    [navigate],
  );
  const leave = useCallback(
    (exit: ScenarioExit) => {
      navigate(null);
      // Others may have changed the live plan meanwhile, and an apply is a new edit of it (and an
      // undo step): read the plan and its history again.
      void qc.invalidateQueries({ queryKey: planKeys.all(projectId) });
      if (exit === 'applied') {
        void qc.invalidateQueries({ queryKey: ['milestones'] });
        notifications.show({ color: 'teal', message: 'Scenario applied to the live plan. Undo takes it back.' });
      } else if (exit === 'discarded') {
        notifications.show({ message: 'Scenario discarded; the live plan is unchanged.' });
      }
    },
    [navigate, qc, projectId],
  );
  const discarded = useCallback(
    (id: string) => {
      if (id === scenarioId) leave('discarded');
    },
    [scenarioId, leave],
  );
  const showList = useCallback(() => setListShown(true), []);
  const hideList = useCallback(() => setListShown(false), []);
  const toggleImpact = useCallback(() => setImpactOpen((o) => !o), []);
  return { scenarioId, source, listShown, showList, hideList, impactOpen, toggleImpact, enter, leave, discarded };
}

/**
 * The live plan's tasks, for the ghosts of a scenario. A scenario's lists are computed on the live
 * plan as it is now and carry its version (`shownVersion`): when that is newer than the cached live
 * list, someone changed the live plan, and it is read again so the ghosts compare like with like.
 */
export function useLiveTasks(
  projectId: string,
  scenarioId: string | null,
  shownVersion: number | undefined,
): readonly PlanTask[] | undefined {
  const qc = useQueryClient();
  const live = usePlanTasks(projectId);
  const liveVersion = live.data?.plan.version;
  useEffect(() => {
    if (scenarioId && shownVersion !== undefined && liveVersion !== undefined && shownVersion > liveVersion) {
      void qc.invalidateQueries({ queryKey: planKeys.tasks(projectId) });
    }
  }, [qc, projectId, scenarioId, shownVersion, liveVersion]);
  return live.data?.tasks;
}
