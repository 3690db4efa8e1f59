import { Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useProject } from '../api/projects.js';
import { PageHeader } from '../components/PageHeader.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { EarnedValueSection } from '../money/EarnedValueSection.js';
import { ExpensesSection } from '../money/ExpensesSection.js';
import { TimesheetApprovals } from '../timesheets/TimesheetApprovals.js';
import { NotFoundPage } from './NotFoundPage.js';

/**
 * A project's money: earned value, the S-curve and the variance by WBS for those who read its
 * costs (money.read), the hours booked on it (its manager and the PMO approve or return them), and
 * its expenses for them and for those who enter expenses (a team member sees and enters their own).
 */
export function MoneyPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  useDocumentTitle(project.data ? `Money · ${project.data.code} · Gantry` : 'Money · Gantry');

  if (project.isPending) return <DetailSkeleton />;
  if (project.isError) {
    if (isApiError(project.error, 'not_found') || isApiError(project.error, 'validation_failed')) {
      return <NotFoundPage what="project" />;
    }
    return <ErrorState error={project.error} onRetry={() => project.refetch()} title="Could not load the project" />;
  }
  const p = project.data;
  const readsMoney = can(p, 'money.read');
  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/" size="sm">
          Portfolio
        </Anchor>
        <Anchor component={Link} to={`/projects/${p.id}`} size="sm" ff="monospace">
          {p.code}
        </Anchor>
        <Text size="sm" c="dimmed">
          Money
        </Text>
      </Breadcrumbs>
      <PageHeader title="Money" subtitle={`${p.code} ${p.name} · amounts in ${p.currency}`} />
      {readsMoney || can(p, 'expense.enter') ? (
        <>
          {readsMoney && <EarnedValueSection project={p} />}
          {(readsMoney || can(p, 'timesheet.approve')) && <TimesheetApprovals project={p} />}
          <ExpensesSection project={p} />
        </>
      ) : (
        <ErrorState
          error={new Error("You cannot see this project's costs.")}
          title="No access to this project's money"
        />
      )}
    </Stack>
  );
}
