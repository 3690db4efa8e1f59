import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { PlanChange, PlanHistory, PlanLinks, PlanTasks, Scenario } from '../../../src/contracts/index.js';
import { assignmentKeys } from '../api/assignments.js';
import {
  applyPlanChange,
  currentPlanVersion,
  liveLinksQuery,
  liveTasksQuery,
  planHistoryQuery,
  planKeys,
  sendPlanOps,
  sendPlanStep,
} from '../api/plan.js';
import {
  scenarioKeys,
  scenarioLinksQuery,
  scenarioQuery,
  scenarioTasksQuery,
  sendScenarioOps,
  sendScenarioUndo,
} from '../api/scenarios.js';
import type { PlanOp } from './plan-ops.js';

/*
 * Where the plan view reads its plan and sends its edits: the live plan, or one of the user's
 * what-if scenarios. The grid, the chart and every command talk to the editor, and the editor to
 * a source, so opening a scenario swaps this one object and nothing else changes.
 */

/** What a write or an undo left behind: the change to fold into the cached lists (null: reload them) and the history after it. */
export interface SourceAnswer {
  readonly change: PlanChange | null;
  readonly history: PlanHistory;
}

/** A plan the view can show and edit. */
export interface PlanSource {
  /** The scenario shown, or null for the live plan. */
  readonly scenarioId: string | null;
  readonly tasksQuery: { queryKey: QueryKey; queryFn(): Promise<PlanTasks> };
  readonly linksQuery: { queryKey: QueryKey; queryFn(): Promise<PlanLinks> };
  readonly historyQuery: { queryKey: QueryKey; queryFn(): Promise<PlanHistory> };
  /** Sends one user action's ops, based on the version this source's writes are guarded by. */
  write(qc: QueryClient, ops: readonly PlanOp[], label: string): Promise<SourceAnswer>;
  /** Takes back the user's last edit, or redoes the one undone last (scenarios have no redo). */
  step(qc: QueryClient, which: 'undo' | 'redo'): Promise<SourceAnswer>;
  /** Folds a change into the cached lists. */
  fold(qc: QueryClient, change: PlanChange): void;
  /** Everything this source caches, to drop and read again after a failure. */
  readonly keys: readonly QueryKey[];
}

/** The live plan: each write answers with its change, and undo and redo are the user's server-side history. */
export function livePlanSource(projectId: string): PlanSource {
  return {
    scenarioId: null,
    tasksQuery: liveTasksQuery(projectId),
    linksQuery: liveLinksQuery(projectId),
    historyQuery: planHistoryQuery(projectId),
    async write(qc, ops, label) {
      const change = await sendPlanOps(projectId, ops, label, currentPlanVersion(qc, projectId));
      // The edit is now this user's newest step, and a new edit forgets what they had undone.
      return { change, history: { undo: { label }, redo: null } };
    },
    async step(qc, which) {
      const result = await sendPlanStep(projectId, which, currentPlanVersion(qc, projectId));
      return { change: result, history: result.history };
    },
    fold: (qc, change) => {
      applyPlanChange(qc, projectId, change);
      if (change.assignmentsChanged) void qc.invalidateQueries({ queryKey: assignmentKeys.project(projectId) });
    },
    keys: [
      planKeys.tasks(projectId),
      planKeys.links(projectId),
      planKeys.history(projectId),
      assignmentKeys.project(projectId),
    ],
  };
}

/** A scenario's undo: its last step; it has no redo. */
export function scenarioHistory(s: Pick<Scenario, 'steps'>): PlanHistory {
  const last = s.steps[s.steps.length - 1];
  return { undo: last ? { label: last.label } : null, redo: null };
}

/**
 * One of the user's scenarios: writes add steps to it (guarded by the scenario's own version) and
 * answer with the scenario, not a plan change, so its lists and impact are read again after each.
 */
export function scenarioPlanSource(projectId: string, scenarioId: string): PlanSource {
  const one = scenarioQuery(projectId, scenarioId);
  const version = async (qc: QueryClient) => (await qc.ensureQueryData(one)).version;
  const received = (qc: QueryClient, s: Scenario): SourceAnswer => {
    qc.setQueryData(one.queryKey, s);
    void qc.invalidateQueries({ queryKey: scenarioKeys.impact(projectId, scenarioId) });
    void qc.invalidateQueries({ queryKey: scenarioKeys.list(projectId) });
    return { change: null, history: scenarioHistory(s) };
  };
  return {
    scenarioId,
    tasksQuery: scenarioTasksQuery(projectId, scenarioId),
    linksQuery: scenarioLinksQuery(projectId, scenarioId),
    historyQuery: {
      queryKey: [...one.queryKey, 'history'],
      queryFn: async () => scenarioHistory(await one.queryFn()),
    },
    async write(qc, ops, label) {
      return received(qc, await sendScenarioOps(projectId, scenarioId, ops, label, await version(qc)));
    },
    async step(qc, which) {
      if (which === 'redo') throw new Error('A scenario has no redo');
      return received(qc, await sendScenarioUndo(projectId, scenarioId, await version(qc)));
    },
    fold: () => undefined,
    keys: [
      one.queryKey,
      scenarioKeys.tasks(projectId, scenarioId),
      scenarioKeys.links(projectId, scenarioId),
      scenarioKeys.impact(projectId, scenarioId),
      [...one.queryKey, 'history'],
    ],
  };
}
