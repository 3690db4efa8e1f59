import { Anchor, Breadcrumbs, Button, Card, Grid, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconChecklist,
  IconCoin,
  IconCoins,
  IconFileReport,
  IconHeartbeat,
  IconPencil,
  IconTimeline,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useProject } from '../api/projects.js';
import { ProjectCalendarsPanel } from '../calendars/ProjectCalendarsPanel.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { StateBadge } from '../components/StateBadge.js';
import { can, refusal } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { CharterEditor } from '../project/CharterEditor.js';
import { CharterView } from '../project/CharterView.js';
import { DeleteProjectButton } from '../project/DeleteProjectButton.js';
import { LifecyclePanel } from '../project/LifecyclePanel.js';
import { MembersPanel } from '../project/MembersPanel.js';
import { PlanSummaryCard } from '../project/PlanSummaryCard.js';
import { NotFoundPage } from './NotFoundPage.js';

/** One project: its plan at a glance, charter (editable for those allowed), lifecycle and members. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  const [editing, setEditing] = useState(false);
  useDocumentTitle(project.data ? `${project.data.code} · Gantry` : 'Project · Gantry');

  if (project.isPending) return <DetailSkeleton />;
  if (project.isError) {
    if (isApiError(project.error, 'not_found') || isApiError(project.error, 'validation_failed')) {
      return <NotFoundPage what="project" />;
    }
    return <ErrorState error={project.error} onRetry={() => project.refetch()} title="Could not load the project" />;
  }
  const p = project.data;
  // Controls are rendered only when allowed, not merely disabled: read-only users see a clean charter.
  const canEdit = can(p, 'project.update');
  // A role that may edit sees why the project's state stops it (e.g. closed), on a disabled button.
  const editRefused = refusal(p, 'project.update');

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/" size="sm">
          Portfolio
        </Anchor>
        {p.portfolioName && p.portfolioId && (
          <Anchor component={Link} to={`/?portfolio=${p.portfolioId}`} size="sm">
            {p.portfolioName}
          </Anchor>
        )}
        <Text size="sm" c="dimmed" ff="monospace">
          {p.code}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="sm" wrap="nowrap" align="center">
            <Text ff="monospace" fw={600} c="blue" size="lg">
              {p.code}
            </Text>
            <StateBadge state={p.state} size="md" />
          </Group>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {p.name}
          </Title>
          <Text size="xs" c="dimmed">
            Updated {formatDateTime(p.updatedAt)}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button component={Link} to={`/projects/${p.id}/plan`} leftSection={<IconTimeline size={16} />}>
            Plan
          </Button>
          <Button
            component={Link}
            to={`/projects/${p.id}/health`}
            variant="default"
            leftSection={<IconHeartbeat size={16} />}
          >
            Health
          </Button>
          {(can(p, 'money.read') || can(p, 'expense.enter')) && (
            <Button
              component={Link}
              to={`/projects/${p.id}/money`}
              variant="default"
              leftSection={<IconCoins size={16} />}
            >
              Money
            </Button>
          )}
          <Button
            component={Link}
            to={`/projects/${p.id}/actions`}
            variant="default"
            leftSection={<IconChecklist size={16} />}
          >
            Corrective actions
          </Button>
          <Button
            component={Link}
            to={`/projects/${p.id}/reports`}
            variant="default"
            leftSection={<IconFileReport size={16} />}
          >
            Status reports
          </Button>
          {can(p, 'money.read') && (
            <Button
              component={Link}
              to={`/projects/${p.id}/budget`}
              variant="default"
              leftSection={<IconCoin size={16} />}
            >
              Budget
            </Button>
          )}
          {canEdit && !editing && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {editRefused && (
            <Tooltip label={editRefused}>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                data-disabled
                onClick={(e) => e.preventDefault()}
              >
                Edit
              </Button>
            </Tooltip>
          )}
          {can(p, 'project.delete') && !editing && <DeleteProjectButton project={p} />}
        </Group>
      </Group>
      <LifecyclePanel project={p} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <PlanSummaryCard project={p} />
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="charter-heading">
              <Title order={2} size="h5" mb="md" id="charter-heading">
                Charter
              </Title>
              {editing && canEdit ? (
                <CharterEditor project={p} onDone={() => setEditing(false)} />
              ) : (
                <CharterView project={p} />
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <MembersPanel project={p} />
            <ProjectCalendarsPanel projectId={p.id} canEdit={can(p, 'plan.edit')} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
