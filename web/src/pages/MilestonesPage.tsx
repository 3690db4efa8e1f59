import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconFlag } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import { useMilestones } from '../api/milestones.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { MilestoneFiltersBar } from '../milestones/MilestoneFiltersBar.js';
import { MilestoneSummaryCards } from '../milestones/MilestoneSummaryCards.js';
import { MilestoneTable } from '../milestones/MilestoneTable.js';
import { MilestoneTimeline } from '../milestones/MilestoneTimeline.js';
import { toMilestoneParams, useMilestoneFilters } from '../milestones/milestone-filters.js';
import { groupLanes, summarise } from '../milestones/milestone-model.js';
import { TimelineLegend } from '../milestones/TimelineLegend.js';
import { localNow } from '../milestones/timeline-scale.js';

function Section({ title, aside, children }: { title: ReactNode; aside?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" component="section">
      <Group justify="space-between" align="center" px="md" py="sm" gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

/** PMO view: every milestone of every readable project on one timeline, with its slip against the baseline. */
export function MilestonesPage() {
  useDocumentTitle('Milestones · Gantry');
  const { filters, update, clear, active } = useMilestoneFilters();
  const phone = useMediaQuery('(max-width: 48em)');
  const query = useMilestones(toMilestoneParams(filters));
  // The viewer's wall clock; a plain string, so the memos below only rerun when the minute changes.
  const today = localNow(new Date());
  const items = query.data?.items;
  const groups = useMemo(() => groupLanes(items ?? []), [items]);
  const summary = useMemo(() => (items ? summarise(items, today) : null), [items, today]);

  let body: ReactNode;
  if (query.isPending) {
    body = (
      <Stack gap="md" aria-busy="true" aria-label="Loading milestones">
        <Paper withBorder radius="md" p="md">
          <Skeleton height={44} mb="sm" />
          {[1, 2, 3, 4, 5, 6].map((i) => (
            <Skeleton key={i} height={22} mb={10} width={`${60 + ((i * 17) % 40)}%`} />
          ))}
        </Paper>
        <Paper withBorder radius="md">
          <TableSkeleton columns={6} rows={6} />
        </Paper>
      </Stack>
    );
  } else if (query.isError) {
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} title="Could not load the milestones" />;
  } else if (query.data.items.length === 0) {
    body = (
      <Paper withBorder radius="md">
        <EmptyState
          icon={<IconFlag />}
          title={active ? 'No milestones match these filters' : 'No milestones yet'}
          py="xl"
        >
          {!active && 'Milestones appear once project plans have them.'}
          {active && (
            <EmptyState.Actions>
              <Button variant="light" onClick={clear}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Paper>
    );
  } else {
    const undated = query.data.items.filter((m) => m.date === null).length;
    body = (
      <Stack gap="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <Section title="Timeline" aside={<TimelineLegend />}>
          <MilestoneTimeline groups={groups} today={today} from={filters.from} to={filters.to} />
          {undated > 0 && (
            <Text size="xs" c="dimmed" px="md" py="xs">
              {undated} {undated === 1 ? 'milestone has' : 'milestones have'} no date yet and{' '}
              {undated === 1 ? 'is' : 'are'} listed in the table only.
            </Text>
          )}
        </Section>
        <Section
          title={`All milestones (${query.data.items.length})`}
          aside={
            <Text size="xs" c="dimmed">
              Slip in working days against each project's first baseline
            </Text>
          }
        >
          <MilestoneTable
            milestones={query.data.items}
            sort={filters.sort}
            onSort={(sort) => update({ sort })}
            page={filters.page}
            onPage={(page) => update({ page })}
            phone={Boolean(phone)}
          />
        </Section>
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Milestones"
        subtitle="Every milestone of every project on one timeline, against its baseline"
      />
      <Stack gap="md">
        <MilestoneFiltersBar filters={filters} onChange={update} onClear={clear} active={active} compact={phone} />
        {!query.isError && !(query.data && query.data.items.length === 0) && (
          <MilestoneSummaryCards
            summary={summary}
            statuses={filters.statuses}
            onStatuses={(statuses) => update({ statuses })}
          />
        )}
        {body}
      </Stack>
    </>
  );
}
