import { Button, SegmentedControl } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useCurrentUser } from '../api/auth.js';
import { PageHeader } from '../components/PageHeader.js';
import { can } from '../lib/can.js';
import { ImportPlanModal } from '../portfolio/ImportPlanModal.js';
import { ProjectList } from '../portfolio/ProjectList.js';
import { useProjectFilters } from '../portfolio/project-filters.js';
import { useNewProject } from '../portfolio/use-new-project.js';

/** The project register, with a quick switch to the projects the user manages. */
export function ProjectsPage() {
  useDocumentTitle('Projects · Gantry');
  const me = useCurrentUser();
  const { user } = me;
  const { filters, update } = useProjectFilters();
  const newProject = useNewProject(filters.portfolioId);
  const mine = filters.managerId === user.id;
  const [importing, setImporting] = useState(false);
  // Importing creates a project, so it is offered to the same people as "New project".
  const canImport = can(me, 'project.create');

  return (
    <>
      <PageHeader
        title="Projects"
        subtitle="All projects you manage, work on or follow"
        actions={
          <>
            <SegmentedControl
              aria-label="Which projects"
              value={mine ? 'mine' : 'all'}
              onChange={(v) => update({ managerId: v === 'mine' ? user.id : null })}
              data={[
                { value: 'all', label: 'All' },
                { value: 'mine', label: 'Managed by me' },
              ]}
            />
            {canImport && (
              <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
                Import from MS Project / P6
              </Button>
            )}
            {newProject.button}
          </>
        }
      />
      <ProjectList emptyAction={newProject.emptyAction} />
      {newProject.modal}
      {importing && <ImportPlanModal portfolioId={filters.portfolioId} onClose={() => setImporting(false)} />}
    </>
  );
}
