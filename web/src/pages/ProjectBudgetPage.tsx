import { Anchor, Badge, Breadcrumbs, Card, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useProjectBudget } from '../api/budgets.js';
import { isApiError } from '../api/client.js';
import { useProject } from '../api/projects.js';
import { BudgetStatus } from '../budget/BudgetApproval.js';
import { BudgetBreakdown } from '../budget/BudgetTables.js';
import { BudgetVersions } from '../budget/BudgetVersions.js';
import { WorkingBudget } from '../budget/WorkingBudget.js';
import { PageHeader } from '../components/PageHeader.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { formatMoney } from '../lib/money.js';
import { NotFoundPage } from './NotFoundPage.js';

/**
 * A project's budget: the working budget by cost category and WBS element with its reserves, the
 * approval steps (the manager submits, the PMO approves or returns), the totals, and the approved
 * versions. The charter's budget is the latest approved total.
 */
export function ProjectBudgetPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  const budget = useProjectBudget(id);
  useDocumentTitle(project.data ? `${project.data.code} budget · Gantry` : 'Budget · Gantry');

  if (project.isPending || budget.isPending) return <DetailSkeleton />;
  if (project.isError) {
    if (isApiError(project.error, 'not_found') || isApiError(project.error, 'validation_failed')) {
      return <NotFoundPage what="project" />;
    }
    return <ErrorState error={project.error} onRetry={() => project.refetch()} title="Could not load the project" />;
  }
  const p = project.data;
  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to={`/projects/${p.id}`} size="sm" ff="monospace">
        {p.code}
      </Anchor>
      <Text size="sm" c="dimmed">
        Budget
      </Text>
    </Breadcrumbs>
  );
  if (budget.isError) {
    return (
      <Stack gap="lg">
        {crumbs}
        <ErrorState
          error={budget.error}
          onRetry={() => budget.refetch()}
          title={
            isApiError(budget.error, 'forbidden') ? "You cannot see this project's budget" : 'Could not load the budget'
          }
        />
      </Stack>
    );
  }
  const b = budget.data;
  return (
    <Stack gap="lg">
      {crumbs}
      <PageHeader
        title={
          <>
            Budget{' '}
            <Badge size="lg" variant="light" color={b.status === 'submitted' ? 'blue' : 'gray'}>
              {b.status === 'submitted' ? 'Waiting for approval' : 'Draft'}
            </Badge>
          </>
        }
        subtitle={`${p.code} ${p.name} · ${b.currency} · charter budget ${formatMoney(b.charterBudgetMinor, b.currency)}${
          b.approved ? ` (version ${b.approved.number})` : ', no approved budget yet'
        }`}
      />
      <BudgetStatus budget={b} />
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="working-heading">
        <Title order={2} size="h5" mb="md" id="working-heading">
          Working budget
        </Title>
        <WorkingBudget budget={b} />
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="totals-heading">
        <Title order={2} size="h5" mb="md" id="totals-heading">
          Totals
        </Title>
        <BudgetBreakdown totals={b} currency={b.currency} />
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="versions-heading">
        <Title order={2} size="h5" mb="md" id="versions-heading">
          Approved versions
        </Title>
        <BudgetVersions projectId={p.id} versions={b.versions} />
      </Card>
    </Stack>
  );
}
