import { Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Baseline, Me, PlanTask, Project } from '../../../src/contracts/index.js';
import { useBaselineComparison, useBaselines } from '../api/baselines.js';
import { ResourceUsagePane } from '../capacity/ResourceUsagePane.js';
import { ErrorState } from '../components/QueryStates.js';
import { can, refusal } from '../lib/can.js';
import { AssignmentsDrawer } from './AssignmentsDrawer.js';
import { countSubtasks } from './count-subtasks.js';
import { DeleteTasksModal } from './DeleteTasksModal.js';
import { fitZoom, GANTT_HEADER_HEIGHT, type GanttBaselineBar, type GanttZoom } from './gantt/GanttChart.js';
import { ghostBarsOf } from './gantt/ghost-bars.js';
import { gridColumns, wbsColumnWidth } from './grid/columns.js';
import type { FocusRequest } from './grid/grid-types.js';
import { LevelResourcesModal } from './leveling/LevelResourcesModal.js';
import { useLeveling } from './leveling/use-leveling.js';
import { PlanSplit } from './PlanSplit.js';
import { PlanToolbar } from './PlanToolbar.js';
import { localDateOf } from './plan-dates.js';
import { SaveBaselineModal } from './SaveBaselineModal.js';
import { ScheduleQualityDrawer } from './ScheduleQualityDrawer.js';
import { ScenarioBanner } from './scenarios/ScenarioBanner.js';
import { ScenarioImpactPanel } from './scenarios/ScenarioImpactPanel.js';
import { ScenariosModal } from './scenarios/ScenariosModal.js';
import { useLiveTasks, useScenarioMode } from './scenarios/use-scenario-mode.js';
import { useOptionalColumns } from './use-optional-columns.js';
import { usePlanActions } from './use-plan-actions.js';
import { usePlanData } from './use-plan-data.js';
import { usePlanEditor } from './use-plan-editor.js';
import { useQualityPanel } from './use-quality-panel.js';
import { useRememberedBaseline } from './use-remembered-baseline.js';
import { useUndoKeys } from './use-undo-keys.js';
import { toggleCollapsed, visibleRowIndices } from './visible-rows.js';

const NO_BASELINES: readonly Baseline[] = [];
const NO_TASKS: readonly PlanTask[] = [];

/** Row height in px, shared by the grid and the chart so their rows line up. */
export const PLAN_ROW_HEIGHT = 28;

/** The Plan view of one project: toolbar, then the WBS grid and the Gantt chart side by side. */
export function PlanView({ project, me, header }: { project: Project; me: Me; header: ReactNode }) {
  const canEditPlan = can(project, 'plan.edit');
  const canRecordProgress = can(project, 'plan.progress');
  // capacity.project.read: the PMO (and admins) or this project's manager.
  const seesResourceLoad = can(me, 'capacity.read') || project.managerId === me.user.id;
  const editsSomething = canEditPlan || canRecordProgress;
  // Someone who could edit this plan in another state reads why they cannot now (e.g. it is closed).
  const readOnlyReason = refusal(project, 'plan.edit');
  // The live plan, or one of the user's scenarios (?scenario=<id>): the one switch of the view.
  const scenario = useScenarioMode(project.id, canEditPlan);
  const { scenarioId, source } = scenario;
  const data = usePlanData(project.id, source, project.currency);
  const editor = usePlanEditor(source, editsSomething);
  const { tasks, links, byId, plan } = data;
  const liveTasks = useLiveTasks(project.id, scenarioId, plan?.version);
  const leveling = useLeveling(project.id, plan?.version ?? 0);
  const ghosts = useMemo(
    () => (scenarioId && liveTasks ? ghostBarsOf(liveTasks, tasks) : undefined),
    [scenarioId, liveTasks, tasks],
  );
  const access = useMemo(
    () => ({
      canEditPlan,
      canRecordProgress,
      userId: me.user.id,
    }),
    [canEditPlan, canRecordProgress, me.user.id],
  );

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  // ?task=<id> (links from the capacity heat map) opens the plan with that task selected.
  const [searchParams] = useSearchParams();
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => {
    const task = searchParams.get('task');
    return new Set(task ? [task] : []);
  });
  const [zoom, setZoom] = useState<GanttZoom | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [pendingDelete, setPendingDelete] = useState<readonly string[] | null>(null);
  const [savingBaseline, setSavingBaseline] = useState(false);
  const [assigningId, setAssigningId] = useState<string | null>(null);
  const quality = useQualityPanel(setSelection, setFocusRequest);

  const baselines = useBaselines(project.id);
  const baselineList = baselines.data?.items ?? NO_BASELINES;
  const [baselineId, setBaselineId] = useRememberedBaseline(project.id, baselines.data?.items);
  const comparison = useBaselineComparison(project.id, baselineId, plan?.version);

  const actions = usePlanActions({
    editor,
    tasks,
    links,
    byId,
    calendars: data.calendars,
    selection,
    requestFocus: setFocusRequest,
    confirmDelete: setPendingDelete,
  });

  const rows = useMemo(() => {
    if (quality.only) return tasks.filter((t) => quality.only?.has(t.id));
    const idx = visibleRowIndices(tasks, collapsed);
    return Array.from(idx, (i) => tasks[i] as PlanTask);
  }, [tasks, collapsed, quality.only]);

  const compared = useMemo(() => {
    if (!baselineId || !comparison.data) return null;
    const bars = new Map<string, GanttBaselineBar>();
    const variance = new Map<string, number | null>();
    for (const t of comparison.data.tasks) {
      bars.set(t.taskId, { start: t.baselineStart, finish: t.baselineFinish });
      variance.set(t.taskId, t.finishVarianceMinutes);
    }
    return { bars, variance };
  }, [baselineId, comparison.data]);

  // The WBS column fits the longest code, so deep outlines ("1.12.3.10") are not cut off.
  const wbsWidth = useMemo(() => {
    let longest = 0;
    for (const t of tasks) if (t.wbs.length > longest) longest = t.wbs.length;
    return wbsColumnWidth(longest);
  }, [tasks]);
  // The server compares the live plan with a baseline: in a scenario the variance column would be the live plan's.
  const showVariance = baselineId !== null && scenarioId === null;
  const [optionalColumns, toggleColumn] = useOptionalColumns();
  const columns = useMemo(
    () => gridColumns(showVariance, wbsWidth, optionalColumns),
    [showVariance, wbsWidth, optionalColumns],
  );
  const env = useMemo(
    () => (compared ? { ...data.env, finishVariance: compared.variance } : data.env),
    [data.env, compared],
  );

  const openSaveBaseline = useCallback(() => setSavingBaseline(true), []);
  const closeDelete = useCallback(() => setPendingDelete(null), []);
  const confirmDelete = useCallback(() => {
    if (pendingDelete) actions.deleteNow(pendingDelete);
    setPendingDelete(null);
  }, [actions, pendingDelete]);
  const onToggle = useCallback((id: string) => setCollapsed((c) => toggleCollapsed(c, id)), []);
  const banner = scenarioId && (
    <ScenarioBanner
      projectId={project.id}
      scenarioId={scenarioId}
      impactOpen={scenario.impactOpen}
      onToggleImpact={scenario.toggleImpact}
      onLeave={scenario.leave}
    />
  );
  const onSelectInChart = useCallback((id: string) => {
    setSelection(new Set([id]));
    setFocusRequest({ taskId: id, edit: false });
  }, []);
  const onStatusDate = useCallback(
    (date: string | null) =>
      void editor.write(
        [{ op: 'updatePlan', fields: { statusDate: date ? data.calendars.dayEnd(null, date) : null } }],
        'change status date',
      ),
    [editor, data.calendars],
  );
  useUndoKeys(editsSomething, actions);
  const today = useMemo(() => localDateOf(new Date()), []);
  // The first zoom fits the whole plan into the chart, as MS Project's "Entire project" does; then it stays put.
  useEffect(() => {
    if (zoom === null && data.loaded) setZoom(tasks.length > 0 ? fitZoom(tasks, 700) : 'week');
  }, [zoom, data.loaded, tasks]);
  const shownZoom = zoom ?? 'week';

  if (data.tasksQuery.isError || data.linksQuery.isError) {
    const retry = () => {
      void data.tasksQuery.refetch();
      void data.linksQuery.refetch();
    };
    return (
      <Stack data-testid="plan-view">
        {header}
        {banner}
        <ErrorState
          error={data.tasksQuery.error ?? data.linksQuery.error}
          onRetry={retry}
          title="Could not load the plan"
        />
      </Stack>
    );
  }
  if (!data.loaded || !plan) {
    return (
      <Stack data-testid="plan-view" aria-busy="true" aria-label="Loading the plan">
        {header}
        {banner}
        <Skeleton height={34} />
        <Skeleton height={420} />
      </Stack>
    );
  }

  const pendingTasks = pendingDelete ? pendingDelete.map((id) => tasks[byId.get(id) ?? -1]).filter(Boolean) : NO_TASKS;
  return (
    <Stack
      data-testid="plan-view"
      gap="sm"
      style={{ height: 'calc(100dvh - var(--app-shell-header-offset, 56px) - 2 * var(--app-shell-padding, 16px))' }}
    >
      {header}
      {readOnlyReason && (
        <Text size="sm" c="dimmed" data-testid="plan-read-only">
          {readOnlyReason}
        </Text>
      )}
      {banner}
      <PlanToolbar
        projectId={project.id}
        plan={plan}
        inScenario={scenarioId !== null}
        onScenarios={access.canEditPlan ? scenario.showList : undefined}
        canEditPlan={access.canEditPlan}
        canUndo={editsSomething}
        undoLabel={editor.undoLabel}
        redoLabel={editor.redoLabel}
        actions={actions}
        zoom={shownZoom}
        onZoom={setZoom}
        baselines={baselineList}
        baselineId={baselineId}
        onBaseline={setBaselineId}
        onSaveBaseline={openSaveBaseline}
        onStatusDate={onStatusDate}
        onQuality={scenarioId ? undefined : quality.show}
        onLevel={access.canEditPlan && !scenarioId ? leveling.show : undefined}
        onClearLeveling={access.canEditPlan && !scenarioId ? leveling.clearLeveling : undefined}
        columns={optionalColumns}
        onColumn={toggleColumn}
      />
      <Group align="stretch" gap="sm" wrap="nowrap" style={{ flex: 1, minHeight: 240 }}>
        <Paper withBorder radius="md" style={{ flex: 1, minWidth: 0, overflow: 'hidden' }}>
          <PlanSplit
            grid={{
              rows,
              columns,
              env,
              access,
              members: data.members,
              rowHeight: PLAN_ROW_HEIGHT,
              headerHeight: GANTT_HEADER_HEIGHT,
              selection,
              onSelect: setSelection,
              collapsed,
              onToggle,
              onWrite: editor.write,
              onOpenAssignments: setAssigningId,
              commands: actions,
              focusRequest,
              emptyText:
                tasks.length > 0
                  ? null
                  : access.canEditPlan
                    ? 'No tasks yet — type a name in the first row or import a plan'
                    : 'No tasks yet',
            }}
            chart={{
              tasks: rows,
              links,
              zoom: shownZoom,
              baseline: compared?.bars,
              ghosts,
              statusDate: plan.statusDate,
              today,
              selectedIds: selection,
              onSelect: onSelectInChart,
              editable: access.canEditPlan,
              onMoveTask: access.canEditPlan ? actions.moveTask : undefined,
              onResizeTask: access.canEditPlan ? actions.resizeTask : undefined,
              onLinkTasks: access.canEditPlan ? actions.linkTasks : undefined,
            }}
          />
        </Paper>
        {scenarioId && scenario.impactOpen && (
          <ScenarioImpactPanel
            projectId={project.id}
            scenarioId={scenarioId}
            units={data.calendars.units(null)}
            onSelectTask={onSelectInChart}
            onClose={scenario.toggleImpact}
          />
        )}
      </Group>
      {seesResourceLoad && (
        <ResourceUsagePane
          projectId={project.id}
          tasks={tasks}
          selectedResourceIds={selectedResourceIds(selection, data.byTask)}
        />
      )}
      {access.canEditPlan && (
        <LevelResourcesModal
          projectId={project.id}
          opened={leveling.open}
          onClose={leveling.hide}
          onPreview={scenario.enter}
        />
      )}
      {access.canEditPlan && (
        <ScenariosModal
          projectId={project.id}
          opened={scenario.listShown}
          currentId={scenarioId}
          onClose={scenario.hideList}
          onOpen={scenario.enter}
          onDiscarded={scenario.discarded}
        />
      )}
      <ScheduleQualityDrawer
        projectId={project.id}
        planVersion={plan.version}
        opened={quality.open && scenarioId === null}
        chosen={quality.chosen}
        only={quality.only !== null}
        onChoose={quality.choose}
        onOnly={quality.setOnly}
        onClose={quality.close}
        canAct={can(project, 'corrective_action.manage')}
      />
      <AssignmentsDrawer
        task={assigningId === null ? null : (tasks[byId.get(assigningId) ?? -1] ?? null)}
        assignments={assigningId === null ? [] : (data.byTask.get(assigningId) ?? [])}
        canEdit={access.canEditPlan}
        onWrite={editor.write}
        onClose={() => setAssigningId(null)}
      />
      <DeleteTasksModal
        opened={pendingDelete !== null}
        tasks={pendingTasks as PlanTask[]}
        subtaskCount={pendingDelete ? countSubtasks(tasks, byId, pendingDelete) : 0}
        onClose={closeDelete}
        onConfirm={confirmDelete}
      />
      {savingBaseline && (
        <SaveBaselineModal
          projectId={project.id}
          baselines={baselineList}
          onClose={() => setSavingBaseline(false)}
          onSaved={(b) => setBaselineId(b.id)}
        />
      )}
    </Stack>
  );
}

/** The resources assigned to the one selected task (the usage pane follows them), none otherwise. */
function selectedResourceIds(
  selection: ReadonlySet<string>,
  byTask: ReadonlyMap<string, readonly { resourceId: string }[]>,
): readonly string[] {
  if (selection.size !== 1) return [];
  const [taskId] = selection;
  return (byTask.get(taskId as string) ?? []).map((a) => a.resourceId);
}
