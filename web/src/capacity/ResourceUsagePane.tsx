import { Anchor, Box, Group, Paper, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { PlanTask } from '../../../src/contracts/index.js';
import { useCapacity } from '../api/capacity.js';
import { ErrorState } from '../components/QueryStates.js';
import { EChart } from '../health/EChart.js';
import { addDays, hours, localToday } from './capacity-format.js';

const MAX_WEEKS = 260;

/** The plan's span as whole days (YYYY-MM-DD), today's six weeks when it has no dated task. */
function planRange(tasks: readonly PlanTask[]): { from: string; to: string; unit: 'day' | 'week' } {
  let from: string | null = null;
  let to: string | null = null;
  for (const t of tasks) {
    if (t.start && (from === null || t.start < from)) from = t.start;
    if (t.finish && (to === null || t.finish > to)) to = t.finish;
  }
  const start = from?.slice(0, 10) ?? localToday();
  let end = to?.slice(0, 10) ?? addDays(start, 41);
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  if (days > MAX_WEEKS * 7 - 7) end = addDays(start, MAX_WEEKS * 7 - 7);
  return { from: start, to: end, unit: days <= 62 ? 'day' : 'week' };
}

/**
 * Under the Gantt: one resource's load from every project against its capacity over the plan's
 * span, by day or week (bars red where it is over-allocated). Collapsed until opened, so a plan
 * view that does not need it asks nothing.
 */
export function ResourceUsagePane({
  projectId,
  tasks,
  selectedResourceIds = [],
}: {
  projectId: string;
  tasks: readonly PlanTask[];
  /** The resources of the task selected in the plan: the pane shows the first one, until one is picked here. */
  selectedResourceIds?: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  // Selecting another task in the plan follows its resources again.
  const selectionKey = selectedResourceIds.join(',');
  const [followed, setFollowed] = useState(selectionKey);
  if (followed !== selectionKey) {
    setFollowed(selectionKey);
    setPicked(null);
  }
  const resourceId = picked ?? selectedResourceIds[0] ?? null;
  const range = useMemo(() => planRange(tasks), [tasks]);
  const query = useCapacity({ groupBy: 'resource', projectId, ...range }, open);
  const rows = query.data?.rows ?? [];
  const row = rows.find((r) => r.key === resourceId) ?? rows.find((r) => r.overallocated.some(Boolean)) ?? rows[0];
  const periods = query.data?.periods ?? [];

  const option = useMemo(() => {
    if (!row) return null;
    return {
      animation: false,
      grid: { left: 48, right: 12, top: 24, bottom: 24 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, right: 0, itemHeight: 8, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: periods.map((p) => p.label), axisLabel: { fontSize: 10 } },
      yAxis: {
        type: 'value',
        minInterval: 120,
        axisLabel: { fontSize: 10, formatter: (v: number) => `${Math.round(v / 60)} h` },
      },
      series: [
        {
          name: 'Load',
          type: 'bar',
          data: row.demandMinutes.map((d, i) => ({
            value: d,
            itemStyle: { color: row.overallocated[i] ? '#e03131' : '#4dabf7' },
          })),
          tooltip: { valueFormatter: (v: number) => hours(v) },
        },
        {
          name: 'Capacity',
          type: 'line',
          step: 'middle',
          symbol: 'none',
          data: row.capacityMinutes,
          lineStyle: { color: '#2b8a3e', width: 2 },
          itemStyle: { color: '#2b8a3e' },
          tooltip: { valueFormatter: (v: number) => hours(v) },
        },
      ],
    };
  }, [row, periods]);

  return (
    <Paper withBorder radius="md" data-testid="resource-usage-pane">
      <Group justify="space-between" px="sm" py={4} gap="sm" wrap="nowrap">
        <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          <Group gap={4} wrap="nowrap">
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            <Text size="sm" fw={500}>
              Resource usage
            </Text>
          </Group>
        </UnstyledButton>
        {open && (
          <Group gap="sm" wrap="nowrap">
            <Select
              size="xs"
              aria-label="Resource"
              placeholder="Resource"
              w={200}
              data={rows.map((r) => ({ value: r.key, label: r.name }))}
              value={row?.key ?? null}
              onChange={setPicked}
              allowDeselect={false}
            />
            <Anchor component={Link} to={`/projects/${projectId}/capacity`} size="xs">
              Resource load
            </Anchor>
          </Group>
        )}
      </Group>
      {open && (
        <Box px="sm" pb="sm">
          {query.isError ? (
            <ErrorState error={query.error} onRetry={() => query.refetch()} title="Could not load resource usage" />
          ) : query.isPending ? (
            <Text size="sm" c="dimmed">
              Loading…
            </Text>
          ) : !row || !option ? (
            <Text size="sm" c="dimmed">
              No resources are assigned on this plan yet.
            </Text>
          ) : (
            <Stack gap={2}>
              <EChart
                option={option}
                height={160}
                label={`Load of ${row.name} against capacity`}
                testId="resource-usage-chart"
              />
              <Text size="xs" c="dimmed">
                {row.name}: load from every project by {range.unit}; red where it exceeds capacity
              </Text>
            </Stack>
          )}
        </Box>
      )}
    </Paper>
  );
}
