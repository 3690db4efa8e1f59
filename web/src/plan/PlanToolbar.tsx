import { ActionIcon, Button, Divider, Group, Menu, SegmentedControl, Select, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconDeviceFloppy,
  IconDownload,
  IconGitBranch,
  IconIndentDecrease,
  IconIndentIncrease,
  IconLink,
  IconListCheck,
  IconRowInsertTop,
  IconTrash,
} from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import type { Baseline, PlanHeader } from '../../../src/contracts/index.js';
import { planExportUrl } from '../api/plan.js';
import { ColumnsMenu } from './ColumnsMenu.js';
import type { GanttZoom } from './gantt/GanttChart.js';
import type { OptionalColumnKey } from './grid/columns.js';
import { formatPlanDate } from './plan-dates.js';
import { StatusDateInput } from './StatusDateInput.js';
import type { PlanActions } from './use-plan-actions.js';

const ZOOMS: { value: GanttZoom; label: string }[] = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];

/** MS Project's names: Baseline, Baseline 1 … Baseline 10. */
export function baselineLabel(b: Pick<Baseline, 'number' | 'name'>): string {
  const slot = b.number === 0 ? 'Baseline' : `Baseline ${b.number}`;
  return b.name && b.name !== slot ? `${slot} — ${b.name}` : slot;
}

function Tool(props: { label: string; shortcut?: string; onClick(): void; disabled?: boolean; children: ReactNode }) {
  return (
    <Tooltip label={props.shortcut ? `${props.label} (${props.shortcut})` : props.label} withArrow>
      <ActionIcon variant="subtle" size="lg" aria-label={props.label} onClick={props.onClick} disabled={props.disabled}>
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The plan view's toolbar. Editing tools appear only for those who may use them. */
export interface PlanToolbarProps {
  readonly projectId: string;
  readonly plan: PlanHeader;
  /** A scenario is shown: saving a baseline and exporting (both of the live plan) are left out. */
  readonly inScenario: boolean;
  /** Opens the user's scenarios; absent for people who may not edit the plan. */
  onScenarios?(): void;
  readonly canEditPlan: boolean;
  readonly canUndo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  readonly actions: PlanActions;
  readonly zoom: GanttZoom;
  onZoom(zoom: GanttZoom): void;
  readonly baselines: readonly Baseline[];
  readonly baselineId: string | null;
  onBaseline(id: string | null): void;
  onSaveBaseline(): void;
  /** Opens the schedule quality (DCMA) drawer; absent in a scenario (the checks are the live plan's). */
  onQuality?(): void;
  onStatusDate(date: string | null): void;
  /** Opens "Level resources" and clears leveling; absent for people who may not edit the plan. */
  onLevel?(): void;
  onClearLeveling?(): void;
  /** The optional grid columns shown, and turning one on or off. */
  readonly columns: ReadonlySet<OptionalColumnKey>;
  onColumn(key: OptionalColumnKey, on: boolean): void;
}

export const PlanToolbar = memo(function PlanToolbar(p: PlanToolbarProps) {
  const a = p.actions;
  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label="Plan tools">
      {p.canEditPlan && (
        <>
          <Tool label="Insert task" shortcut="Insert" onClick={a.insertAboveSelection}>
            <IconRowInsertTop size={18} />
          </Tool>
          <Tool label="Outdent" shortcut="Alt+Shift+Left" onClick={() => a.outdent(a.selectedIds())}>
            <IconIndentDecrease size={18} />
          </Tool>
          <Tool label="Indent" shortcut="Alt+Shift+Right" onClick={() => a.indent(a.selectedIds())}>
            <IconIndentIncrease size={18} />
          </Tool>
          <Tool label="Link selected tasks (finish-to-start)" onClick={a.linkSelected}>
            <IconLink size={18} />
          </Tool>
          <Tool label="Delete selected tasks" shortcut="Delete" onClick={() => a.deleteTasks(a.selectedIds())}>
            <IconTrash size={18} />
          </Tool>
          <Divider orientation="vertical" />
        </>
      )}
      {p.canUndo && (
        <>
          <Tool
            label={p.undoLabel ? `Undo ${p.undoLabel}` : 'Undo'}
            shortcut="Ctrl+Z"
            onClick={a.undo}
            disabled={!p.undoLabel}
          >
            <IconArrowBackUp size={18} />
          </Tool>
          <Tool
            label={p.redoLabel ? `Redo ${p.redoLabel}` : 'Redo'}
            shortcut="Ctrl+Y"
            onClick={a.redo}
            disabled={!p.redoLabel}
          >
            <IconArrowForwardUp size={18} />
          </Tool>
          <Divider orientation="vertical" />
        </>
      )}
      <SegmentedControl
        size="xs"
        aria-label="Timescale"
        value={p.zoom}
        onChange={(v) => p.onZoom(v as GanttZoom)}
        data={ZOOMS}
      />
      <Select
        size="xs"
        w={200}
        aria-label="Show baseline"
        value={p.baselineId ?? 'none'}
        onChange={(v) => p.onBaseline(!v || v === 'none' ? null : v)}
        allowDeselect={false}
        data={[
          { value: 'none', label: 'Show baseline: none' },
          ...[...p.baselines]
            .sort((x, y) => x.number - y.number)
            .map((b) => ({ value: b.id, label: baselineLabel(b) })),
        ]}
      />
      <ColumnsMenu shown={p.columns} onToggle={p.onColumn} />
      {p.canEditPlan && !p.inScenario && (
        <Button size="xs" variant="default" leftSection={<IconDeviceFloppy size={14} />} onClick={p.onSaveBaseline}>
          Save baseline…
        </Button>
      )}
      {p.onLevel && (
        <Button size="xs" variant="default" onClick={p.onLevel}>
          Level resources…
        </Button>
      )}
      {p.onClearLeveling && (
        <Button size="xs" variant="subtle" onClick={p.onClearLeveling}>
          Clear leveling
        </Button>
      )}
      {p.onScenarios && (
        <Button size="xs" variant="default" leftSection={<IconGitBranch size={14} />} onClick={p.onScenarios}>
          Scenarios…
        </Button>
      )}
      {p.onQuality && (
        <Button size="xs" variant="default" leftSection={<IconListCheck size={14} />} onClick={p.onQuality}>
          Schedule quality
        </Button>
      )}
      {!p.inScenario && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />}>
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component="a" href={planExportUrl(p.projectId, 'mspdi')} download>
              MS Project XML
            </Menu.Item>
            <Menu.Item component="a" href={planExportUrl(p.projectId, 'csv')} download>
              CSV
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      {/* Wraps as a whole on a phone rather than pushing the page wider than the screen. */}
      <Group gap="xs" ml="auto" wrap="wrap" style={{ columnGap: 'var(--mantine-spacing-md)' }}>
        <StatusDateInput value={p.plan.statusDate} editable={p.canEditPlan} onChange={p.onStatusDate} />
        <Text size="xs" c="dimmed" className="gantry-nowrap" data-testid="plan-finish">
          Finish <b>{formatPlanDate(p.plan.projectFinish) || '—'}</b>
        </Text>
      </Group>
    </Group>
  );
});
