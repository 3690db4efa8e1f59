import {
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAdjustments, IconUsersGroup } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type CapacityParams, useCapacity } from '../api/capacity.js';
import { isApiError } from '../api/client.js';
import { useProject } from '../api/projects.js';
import { CapacityCellDrawer } from '../capacity/CapacityCellDrawer.js';
import { CapacityControls, type CapacityControlsValue } from '../capacity/CapacityControls.js';
import { type CapacityCellChoice, CapacityHeatMap, CapacityLegend } from '../capacity/CapacityHeatMap.js';
import { CapacitySettingsDrawer } from '../capacity/CapacitySettingsDrawer.js';
import { addDays, localToday } from '../capacity/capacity-format.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState } from '../components/QueryStates.js';

const SPAN_DAYS = { day: 41, week: 181, month: 364 } as const;

function ProjectCrumbs({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  if (!project.data) return null;
  return (
    <Breadcrumbs>
      <Anchor component={Link} to={`/projects/${projectId}`}>
        {project.data.code} {project.data.name}
      </Anchor>
      <Anchor component={Link} to={`/projects/${projectId}/plan`}>
        Plan
      </Anchor>
    </Breadcrumbs>
  );
}

/**
 * Capacity against demand as a heat map: across every project for the PMO (/capacity), or for the
 * resources of one project for its manager (/projects/:id/capacity), whose load from other projects
 * shows but is not named.
 */
export function CapacityPage() {
  const { id: projectId } = useParams();
  useDocumentTitle(projectId ? 'Resource load · Gantry' : 'Capacity · Gantry');
  const today = localToday();
  const [controls, setControls] = useState<CapacityControlsValue>({
    groupBy: 'resource',
    unit: 'week',
    from: today,
    to: addDays(today, SPAN_DAYS.week),
    portfolioId: null,
  });
  const [filter, setFilter] = useState('');
  const [onlyOver, setOnlyOver] = useState(false);
  const [chosen, setChosen] = useState<CapacityCellChoice | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const params: CapacityParams = {
    groupBy: controls.groupBy,
    unit: controls.unit,
    from: controls.from,
    to: controls.to,
    ...(projectId ? { projectId } : controls.portfolioId ? { portfolioId: controls.portfolioId } : {}),
  };
  const query = useCapacity(params);
  const change = (v: Partial<CapacityControlsValue>) =>
    setControls((c) => {
      const next = { ...c, ...v };
      // A new unit gets its usual span from the same start, so weeks do not ask for 5 years of days.
      if (v.unit && v.unit !== c.unit) next.to = addDays(next.from, SPAN_DAYS[v.unit]);
      return next;
    });

  const view = query.data;
  const shown = useMemo(() => {
    if (!view) return null;
    const needle = filter.trim().toLowerCase();
    const rows = view.rows.filter(
      (r) => (!needle || r.name.toLowerCase().includes(needle)) && (!onlyOver || r.overallocated.some(Boolean)),
    );
    return { ...view, rows };
  }, [view, filter, onlyOver]);

  const fieldError =
    query.error && isApiError(query.error, 'validation_failed')
      ? ((query.error.details.issues as { path: string; message: string }[] | undefined)?.map((i) => ({
          field: i.path,
          message: i.message,
        }))[0] ?? null)
      : null;

  let body: ReactNode;
  if (query.isPending) {
    body = <Skeleton height={320} aria-label="Loading capacity" />;
  } else if (query.isError && !fieldError) {
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} title="Could not load capacity" />;
  } else if (shown && shown.rows.length === 0) {
    body = (
      <EmptyState
        icon={<IconUsersGroup />}
        title={view?.rows.length ? 'No rows match' : 'No resources to show'}
        py="xl"
      >
        {view?.rows.length
          ? 'Clear the filter to see every row.'
          : projectId
            ? 'Resources appear here once tasks of this project are assigned.'
            : 'Work resources of the pool appear here with their capacity and demand.'}
      </EmptyState>
    );
  } else if (shown) {
    body = (
      <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <CapacityHeatMap view={shown} onCell={setChosen} />
      </div>
    );
  }

  const title = projectId ? 'Resource load' : 'Capacity';
  return (
    <Stack gap="md">
      {projectId && <ProjectCrumbs projectId={projectId} />}
      <PageHeader
        title={title}
        subtitle={
          projectId
            ? "This project's resources, loaded by every project (other projects' tasks are not named)"
            : 'Demand from every project against the capacity of the pool; proposed work counts at its state’s weight'
        }
        actions={
          projectId ? undefined : (
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setSettingsOpen(true)}>
              Settings
            </Button>
          )
        }
      />
      <CapacityControls value={controls} onChange={change} withPortfolio={!projectId} error={fieldError} />
      <Paper withBorder radius="md" p="sm">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Group gap="sm">
              <TextInput
                placeholder="Filter rows"
                size="xs"
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
                aria-label="Filter rows"
              />
              <Checkbox
                size="xs"
                label="Only over-allocated"
                checked={onlyOver}
                onChange={(e) => setOnlyOver(e.currentTarget.checked)}
              />
            </Group>
            <CapacityLegend />
          </Group>
          {body}
        </Stack>
      </Paper>
      <CapacityCellDrawer
        params={
          chosen
            ? {
                groupBy: controls.groupBy,
                unit: controls.unit,
                key: chosen.key,
                period: chosen.period.start,
                ...(projectId ? { projectId } : controls.portfolioId ? { portfolioId: controls.portfolioId } : {}),
              }
            : null
        }
        title={chosen ? `${chosen.name} · ${chosen.period.label}` : ''}
        onClose={() => setChosen(null)}
      />
      {!projectId && <CapacitySettingsDrawer opened={settingsOpen} onClose={() => setSettingsOpen(false)} />}
    </Stack>
  );
}
