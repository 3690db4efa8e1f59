import { Anchor, Breadcrumbs, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconTimeline } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useHealthHistory, useProjectHealth } from '../api/health.js';
import { useProject } from '../api/projects.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { StateBadge } from '../components/StateBadge.js';
import { DimensionTable } from '../health/DimensionTable.js';
import { HealthTrendChart } from '../health/HealthTrendChart.js';
import { RAG_LABELS } from '../health/health-format.js';
import { MetricsTable } from '../health/MetricsTable.js';
import { RagBadge, TrendIcon } from '../health/RagBadge.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { NotFoundPage } from './NotFoundPage.js';

/** A project's health: computed and overridden RAG per dimension, reasons, metrics and the trend. */
export function ProjectHealthPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  const health = useProjectHealth(id);
  const history = useHealthHistory(id);
  useDocumentTitle(project.data ? `Health · ${project.data.code} · Gantry` : 'Health · Gantry');

  if (project.isPending || health.isPending) return <DetailSkeleton />;
  const failed = project.error ?? health.error;
  if (failed) {
    if (isApiError(failed, 'not_found') || isApiError(failed, 'validation_failed'))
      return <NotFoundPage what="project" />;
    return (
      <ErrorState
        error={failed}
        onRetry={() => {
          void project.refetch();
          void health.refetch();
        }}
        title="Could not load health"
      />
    );
  }
  const p = project.data;
  const h = health.data;
  if (!p || !h) return <DetailSkeleton />;
  const overridden = h.overall !== h.computedOverall;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Breadcrumbs separatorMargin={6}>
            <Anchor component={Link} to="/" size="sm">
              Portfolio
            </Anchor>
            <Anchor component={Link} to={`/projects/${p.id}`} size="sm" ff="monospace">
              {p.code}
            </Anchor>
            <Text size="sm" c="dimmed">
              Health
            </Text>
          </Breadcrumbs>
          <Group gap="sm">
            <Title order={1} size="h2">
              Health · {p.name}
            </Title>
            <StateBadge state={p.state} size="md" />
          </Group>
        </div>
        <Button
          component={Link}
          to={`/projects/${p.id}/plan`}
          variant="default"
          leftSection={<IconTimeline size={16} />}
        >
          Plan
        </Button>
      </Group>
      <Card withBorder padding="md">
        <Group gap="xl">
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Overall
            </Text>
            <Group gap="xs">
              <RagBadge rag={h.overall} size="lg" data-testid="overall-rag" />
              <TrendIcon trend={h.trend} />
            </Group>
          </Stack>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Computed by the rules
            </Text>
            <RagBadge rag={h.computedOverall} size="lg" variant="light" data-testid="computed-overall-rag" />
          </Stack>
          <Text size="sm" c="dimmed" style={{ flex: 1 }}>
            {overridden
              ? `The project manager's overrides make it ${RAG_LABELS[h.overall]} where the rules say ${RAG_LABELS[h.computedOverall]}.`
              : 'Overall is the worst of the dimensions.'}{' '}
            Evaluated {formatDateTime(h.evaluatedAt)}.
          </Text>
        </Group>
      </Card>
      <section aria-labelledby="dimensions-heading">
        <Title order={2} size="h4" mb="sm" id="dimensions-heading">
          Dimensions
        </Title>
        <DimensionTable health={h} canAct={can(p, 'corrective_action.manage')} />
      </section>
      <section aria-labelledby="trend-heading">
        <Title order={2} size="h4" mb="sm" id="trend-heading">
          Trend
        </Title>
        {history.isError ? (
          <ErrorState error={history.error} onRetry={() => history.refetch()} title="Could not load the history" />
        ) : history.data ? (
          <HealthTrendChart history={history.data.items} />
        ) : (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        )}
      </section>
      <section aria-labelledby="metrics-heading">
        <Title order={2} size="h4" mb="sm" id="metrics-heading">
          Metrics
        </Title>
        <MetricsTable metrics={h.metrics} />
      </section>
    </Stack>
  );
}
