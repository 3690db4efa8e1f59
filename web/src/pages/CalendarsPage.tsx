import { Button, Card, EmptyState } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconCalendarOff, IconCalendarPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { useCalendars } from '../api/calendars.js';
import { CalendarFormModal } from '../calendars/CalendarFormModal.js';
import { CalendarCards, CalendarTable } from '../calendars/CalendarList.js';
import { mayManageOrganisationCalendars } from '../calendars/calendar-access.js';
import { DeleteCalendarModal } from '../calendars/DeleteCalendarModal.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';

/** The organisation's working calendars: everyone may look, the PMO and admins keep them. */
export function CalendarsPage() {
  useDocumentTitle('Calendars · Gantry');
  const me = useCurrentUser();
  const canManage = mayManageOrganisationCalendars(me);
  const phone = useMediaQuery('(max-width: 48em)');
  const calendars = useCalendars(null);
  // undefined: closed; null: creating; a calendar: editing (or viewing) it.
  const [open, setOpen] = useState<CalendarResource | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<CalendarResource | null>(null);
  const items = calendars.data?.items ?? [];
  const actions = { canManage, onOpen: setOpen, onDelete: setDeleting };

  let body: ReactNode;
  if (calendars.isPending) body = <TableSkeleton rows={3} columns={phone ? 2 : 6} />;
  else if (calendars.isError)
    body = <ErrorState error={calendars.error} onRetry={() => calendars.refetch()} title="Could not load calendars" />;
  else if (items.length === 0)
    body = (
      <EmptyState icon={<IconCalendarOff />} title="No organisation calendars yet" py="xl">
        {canManage && (
          <EmptyState.Actions>
            <Button variant="light" onClick={() => setOpen(null)}>
              Create the first calendar
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  else if (phone) body = <CalendarCards calendars={items} {...actions} />;
  else body = <CalendarTable calendars={items} {...actions} />;

  return (
    <>
      <PageHeader
        title="Calendars"
        subtitle="The organisation’s working time: plans are scheduled on these days and hours"
        actions={
          canManage && (
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setOpen(null)}>
              New calendar
            </Button>
          )
        }
      />
      {phone && items.length > 0 ? (
        body
      ) : (
        <Card withBorder radius="md" padding={0}>
          {body}
        </Card>
      )}
      {open !== undefined && (
        <CalendarFormModal
          scope={null}
          calendar={open}
          readOnly={open === null ? !canManage : !can(open, 'calendar.update')}
          copySources={items}
          onClose={() => setOpen(undefined)}
        />
      )}
      {deleting && <DeleteCalendarModal scope={null} calendar={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
