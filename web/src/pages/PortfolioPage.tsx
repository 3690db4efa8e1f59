import { Button, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFolderPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Portfolio } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { usePortfolioHealth } from '../api/health.js';
import { PageHeader } from '../components/PageHeader.js';
import { HealthDashboard } from '../health/HealthDashboard.js';
import { MyWorkPanel } from '../health/MyWorkPanel.js';
import { useDashboardFilters } from '../health/use-dashboard-filters.js';
import { can } from '../lib/can.js';
import { PortfolioCards } from '../portfolio/PortfolioCards.js';
import { PortfolioFormModal } from '../portfolio/PortfolioFormModal.js';
import { PortfolioReportingDialog } from '../portfolio/PortfolioReportingDialog.js';
import { useNewProject } from '../portfolio/use-new-project.js';
import { MyAssignmentsPanel } from '../resources/MyAssignmentsPanel.js';

/**
 * Home: the portfolios, and the health dashboard of every project the user may see (a project
 * manager's opens on their own projects, under the reports they owe and the actions they own);
 * the full register with its search is on /projects.
 */
export function PortfolioPage() {
  useDocumentTitle('Portfolio · Gantry');
  const me = useCurrentUser();
  const { filters, update } = useDashboardFilters(me);
  const newProject = useNewProject(filters.portfolioId);
  // undefined: closed; null: creating; a portfolio: editing it.
  const [editing, setEditing] = useState<Portfolio | null | undefined>(undefined);
  const [reportingOf, setReportingOf] = useState<Portfolio | null>(null);

  return (
    <>
      <PageHeader
        title="Portfolio overview"
        subtitle="Every project you can see, with its health by dimension and the reasons behind it"
        actions={
          <>
            {can(me, 'portfolio.create') && (
              <Button variant="default" leftSection={<IconFolderPlus size={16} />} onClick={() => setEditing(null)}>
                New portfolio
              </Button>
            )}
            {newProject.button}
          </>
        }
      />
      <Stack gap="xl">
        {me.user.role === 'project_manager' && <MyWork />}
        <MyAssignmentsPanel />
        <section aria-labelledby="portfolios-heading">
          <Title order={2} size="h4" mb="sm" id="portfolios-heading">
            Portfolios
          </Title>
          <PortfolioCards
            selectedId={filters.portfolioId}
            onSelect={(portfolioId) => update({ portfolioId })}
            onEdit={setEditing}
            onReporting={setReportingOf}
          />
        </section>
        <section aria-labelledby="projects-heading">
          <Title order={2} size="h4" mb="sm" id="projects-heading">
            Project health
          </Title>
          <HealthDashboard />
        </section>
      </Stack>
      {newProject.modal}
      {reportingOf && <PortfolioReportingDialog portfolio={reportingOf} onClose={() => setReportingOf(null)} />}
      {editing !== undefined && <PortfolioFormModal portfolio={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

/** The manager's own work, from the same portfolio health the dashboard reads (one request, cached). */
function MyWork() {
  const health = usePortfolioHealth(null);
  return (
    <section aria-labelledby="my-work-heading">
      <Title order={2} size="h4" mb="sm" id="my-work-heading">
        Your work
      </Title>
      <MyWorkPanel rows={health.data?.items ?? []} />
    </section>
  );
}
