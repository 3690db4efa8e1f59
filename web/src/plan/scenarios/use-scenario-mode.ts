import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { planKeys } from '../../api/plan.js';
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
      if (exit === 'applied') {
        // The apply is one new edit of the live plan (and an undo step): read the plan and history again.
        void qc.invalidateQueries({ queryKey: planKeys.all(projectId) });
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
