import { Button, SegmentedControl } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useCurrentUser } from '../api/auth.js';
import { PageHeader } from '../components/PageHeader.js';
import { NewProjectModal } from '../portfolio/NewProjectModal.js';
import { ProjectList } from '../portfolio/ProjectList.js';
import { useProjectFilters } from '../portfolio/project-filters.js';

/** The project register, with a quick switch to the projects the user manages. */
export function ProjectsPage() {
  useDocumentTitle('Projects · Gantry');
  const { user, capabilities } = useCurrentUser();
  const { filters, update } = useProjectFilters();
  const [newProject, setNewProject] = useState(false);
  const mine = filters.managerId === user.id;

  const newProjectButton = capabilities.createProjects && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setNewProject(true)}>
      New project
    </Button>
  );

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
            {newProjectButton}
          </>
        }
      />
      <ProjectList
        emptyAction={
          capabilities.createProjects ? (
            <Button variant="light" onClick={() => setNewProject(true)}>
              Create your first project
            </Button>
          ) : undefined
        }
      />
      {newProject && <NewProjectModal portfolioId={filters.portfolioId} onClose={() => setNewProject(false)} />}
    </>
  );
}
