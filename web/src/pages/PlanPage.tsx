import { Anchor, Breadcrumbs, Group, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../api/auth.js';
import { isApiError } from '../api/client.js';
import { usePlanLinks, usePlanTasks } from '../api/plan.js';
import { useProject } from '../api/projects.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { StateBadge } from '../components/StateBadge.js';
import { PlanView } from '../plan/PlanView.js';
import { NotFoundPage } from './NotFoundPage.js';

/** A project's plan: the WBS grid and Gantt chart, MS Project's Gantt Chart view in the browser. */
export function PlanPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  // Start the big reads now, beside the project's, rather than after it: the plan view reuses them.
  usePlanTasks(id);
  usePlanLinks(id);
  const me = useCurrentUser();
  useDocumentTitle(project.data ? `Plan · ${project.data.code} · Gantry` : 'Plan · Gantry');

  if (project.isPending) return <DetailSkeleton />;
  if (project.isError) {
    if (isApiError(project.error, 'not_found') || isApiError(project.error, 'validation_failed')) {
      return <NotFoundPage what="project" />;
    }
    return <ErrorState error={project.error} onRetry={() => project.refetch()} title="Could not load the project" />;
  }
  const p = project.data;
  const header = (
    <Group justify="space-between" align="flex-end" gap="xs" wrap="nowrap">
      <div style={{ minWidth: 0 }}>
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} to="/projects" size="sm">
            Projects
          </Anchor>
          <Anchor component={Link} to={`/projects/${p.id}`} size="sm" ff="monospace">
            {p.code}
          </Anchor>
          <Text size="sm" c="dimmed">
            Plan
          </Text>
        </Breadcrumbs>
        <Group gap="sm" wrap="nowrap">
          <Title order={1} size="h3" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {p.name}
          </Title>
          <StateBadge state={p.state} />
        </Group>
      </div>
    </Group>
  );
  return <PlanView key={p.id} project={p} me={me} header={header} />;
}
