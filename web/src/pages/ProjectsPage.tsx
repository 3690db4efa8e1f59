import { SegmentedControl } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCurrentUser } from '../api/auth.js';
import { PageHeader } from '../components/PageHeader.js';
import { ProjectList } from '../portfolio/ProjectList.js';
import { useProjectFilters } from '../portfolio/project-filters.js';
import { useNewProject } from '../portfolio/use-new-project.js';

/** The project register, with a quick switch to the projects the user manages. */
export function ProjectsPage() {
  useDocumentTitle('Projects · Gantry');
  const { user } = useCurrentUser();
  const { filters, update } = useProjectFilters();
  const newProject = useNewProject(filters.portfolioId);
  const mine = filters.managerId === user.id;

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
            {newProject.button}
          </>
        }
      />
      <ProjectList emptyAction={newProject.emptyAction} />
      {newProject.modal}
    </>
  );
}
