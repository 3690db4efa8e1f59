import { Button, EmptyState, NativeSelect, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilterOff, IconFolderOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useProjects } from '../api/projects.js';
import { PagedResults } from '../components/PagedResults.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { ProjectCards } from './ProjectCards.js';
import { ProjectFiltersBar } from './ProjectFiltersBar.js';
import { ProjectTable } from './ProjectTable.js';
import { PAGE_SIZE, toListParams, useProjectFilters } from './project-filters.js';

const SORT_OPTIONS = [
  { value: 'code', label: 'Code' },
  { value: 'name', label: 'Name' },
  { value: 'state', label: 'State' },
  { value: 'plannedStart', label: 'Planned start' },
  { value: 'plannedFinish', label: 'Planned finish' },
  { value: '-budgetMinor', label: 'Budget, largest first' },
  { value: '-priority', label: 'Priority, highest first' },
  { value: '-updatedAt', label: 'Recently updated' },
];

/** Filterable, sortable, paged list of projects; a table on wide screens, cards on phones. */
export function ProjectList({ emptyAction }: { emptyAction?: ReactNode }) {
  const { filters, update, clear, active } = useProjectFilters();
  const projects = useProjects(toListParams(filters));
  const phone = useMediaQuery('(max-width: 48em)');

  let body: ReactNode;
  if (projects.isPending) body = <TableSkeleton columns={phone ? 2 : 8} />;
  else if (projects.isError)
    body = <ErrorState error={projects.error} onRetry={() => projects.refetch()} title="Could not load projects" />;
  else if (projects.data.items.length === 0)
    body = active ? (
      <EmptyState
        icon={<IconFilterOff />}
        title="No projects match these filters"
        description="Try other words or states, or clear the filters to see every project."
        py="xl"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={clear}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconFolderOff />}
        title="No projects yet"
        description="Projects you manage, work on or follow will appear here."
        py="xl"
      >
        {emptyAction && <EmptyState.Actions>{emptyAction}</EmptyState.Actions>}
      </EmptyState>
    );
  else
    body = phone ? (
      <ProjectCards projects={projects.data.items} />
    ) : (
      <ProjectTable projects={projects.data.items} sort={filters.sort} onSort={(sort) => update({ sort })} />
    );

  return (
    <Stack gap="md">
      <ProjectFiltersBar
        filters={filters}
        onChange={update}
        onClear={clear}
        active={active}
        compact={phone}
        extra={
          <NativeSelect
            label="Sort by"
            data={
              SORT_OPTIONS.some((o) => o.value === filters.sort)
                ? SORT_OPTIONS
                : [...SORT_OPTIONS, { value: filters.sort, label: filters.sort }]
            }
            value={filters.sort}
            onChange={(e) => update({ sort: e.currentTarget.value })}
          />
        }
      />
      <PagedResults
        data={projects.data}
        stale={projects.isPlaceholderData}
        phone={phone}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPage={(page) => update({ page })}
        noun="projects"
      >
        {body}
      </PagedResults>
    </Stack>
  );
}
