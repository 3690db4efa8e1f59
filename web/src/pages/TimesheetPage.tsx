import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMyWeek } from '../api/timesheets.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { formatDate, formatWeekdayDate } from '../lib/dates.js';
import { TimesheetEditor } from '../timesheets/TimesheetEditor.js';
import { addWeeks, localDate, mondayOf, weekDays } from '../timesheets/week.js';

/**
 * "My timesheet": one week of the signed-in person's hours, Monday first, the week in the address
 * (`?week=2030-01-07`, any day of it; this week by default) so it can be bookmarked. Leaving a week
 * with unsaved hours asks first.
 */
export function TimesheetPage() {
  useDocumentTitle('My timesheet · Gantry');
  const [params, setParams] = useSearchParams();
  const thisWeek = mondayOf(localDate(new Date()))!;
  const week = mondayOf(params.get('week') ?? '') ?? thisWeek;
  const query = useMyWeek(week);
  const [dirty, setDirty] = useState(false);
  const [leavingFor, setLeavingFor] = useState<string | null>(null);
  // Bumped to start the editor again from a freshly read week (after someone else changed it).
  const [generation, setGeneration] = useState(0);

  const show = (target: string) => setParams(target === thisWeek ? {} : { week: target });
  const go = (target: string) => {
    if (target === week) return;
    if (dirty) setLeavingFor(target);
    else show(target);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="My timesheet"
        subtitle={`${formatWeekdayDate(week)} – ${formatWeekdayDate(weekDays(week)[6]!)}`}
        actions={
          <Group gap={6} wrap="nowrap">
            <Button variant="default" px="xs" onClick={() => go(addWeeks(week, -1))} aria-label="Previous week">
              <IconChevronLeft size={18} />
            </Button>
            <Button variant="default" onClick={() => go(thisWeek)} disabled={week === thisWeek}>
              This week
            </Button>
            <Button variant="default" px="xs" onClick={() => go(addWeeks(week, 1))} aria-label="Next week">
              <IconChevronRight size={18} />
            </Button>
          </Group>
        }
      />
      {query.isPending ? (
        <TableSkeleton columns={9} rows={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} title="Could not load your timesheet" />
      ) : (
        <TimesheetEditor
          key={`${query.data.weekStart}:${generation}`}
          week={query.data}
          onDirty={setDirty}
          onReload={async () => {
            await query.refetch();
            setGeneration((g) => g + 1);
          }}
        />
      )}
      <Modal opened={leavingFor !== null} onClose={() => setLeavingFor(null)} title="Leave this week unsaved?">
        <Stack>
          <Text size="sm">The hours you typed for the week of {formatDate(week)} are not saved yet.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setLeavingFor(null)}>
              Stay
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (leavingFor) show(leavingFor);
                setLeavingFor(null);
                setDirty(false);
              }}
            >
              Discard and leave
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
