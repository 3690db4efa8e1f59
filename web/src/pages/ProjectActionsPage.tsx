import { Anchor, Breadcrumbs, Card, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { ActionsTable } from '../actions/ActionsTable.js';
import { CreateActionButton } from '../actions/CreateActionButton.js';
import { useProjectActions } from '../api/actions.js';
import { isApiError } from '../api/client.js';
import { useProject } from '../api/projects.js';
import { PageHeader } from '../components/PageHeader.js';
import { DetailSkeleton, ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { NotFoundPage } from './NotFoundPage.js';

/** A project's corrective actions: raise one, move it on, see what "done" measured. */
export function ProjectActionsPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  const actions = useProjectActions(id);
  useDocumentTitle(project.data ? `${project.data.code} actions · Gantry` : 'Corrective actions · Gantry');

  if (project.isPending) return <DetailSkeleton />;
  if (project.isError) {
    if (isApiError(project.error, 'not_found') || isApiError(project.error, 'validation_failed')) {
      return <NotFoundPage what="project" />;
    }
    return <ErrorState error={project.error} onRetry={() => project.refetch()} title="Could not load the project" />;
  }
  const p = project.data;
  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/projects/${p.id}`} size="sm" ff="monospace">
          {p.code}
        </Anchor>
        <Text size="sm" c="dimmed">
          Corrective actions
        </Text>
      </Breadcrumbs>
      <PageHeader
        title="Corrective actions"
        subtitle={`${p.code} ${p.name} · an action is verified when its finding no longer fires, or when the PMO accepts it`}
        actions={can(p, 'corrective_action.manage') && <CreateActionButton projectId={p.id} />}
      />
      <Card withBorder padding={0}>
        {actions.isPending ? (
          <TableSkeleton columns={6} />
        ) : actions.isError ? (
          <ErrorState error={actions.error} onRetry={() => actions.refetch()} title="Could not load the actions" />
        ) : actions.data.items.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            No corrective actions yet.
            {can(p, 'corrective_action.manage') ? ' Raise one on a health reason, a failed check, or by hand.' : ''}
          </Text>
        ) : (
          <ActionsTable actions={actions.data.items} />
        )}
      </Card>
    </Stack>
  );
}
