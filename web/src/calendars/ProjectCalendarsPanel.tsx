import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { useCalendars } from '../api/calendars.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { CalendarFormModal } from './CalendarFormModal.js';
import { CalendarRowActions } from './CalendarList.js';
import { weekSummary } from './calendar-summary.js';
import { DeleteCalendarModal } from './DeleteCalendarModal.js';

interface Props {
  readonly projectId: string;
  /** May add, change and delete the project's own calendars (`can(project, 'plan.edit')`). */
  readonly canEdit: boolean;
}

function CalendarItems({
  calendars,
  canManage,
  onOpen,
  onDelete,
  label,
}: {
  calendars: readonly CalendarResource[];
  canManage: boolean;
  onOpen: (c: CalendarResource) => void;
  onDelete: (c: CalendarResource) => void;
  label: string;
}) {
  return (
    <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {calendars.map((c) => (
        <Group
          key={c.id}
          component="li"
          justify="space-between"
          wrap="nowrap"
          gap="xs"
          py={8}
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          <div style={{ minWidth: 0 }}>
            <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onOpen(c)} truncate>
              {c.name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate>
              {weekSummary(c.week)}
              {c.exceptions.length > 0 && ` · ${c.exceptions.length} exception${c.exceptions.length === 1 ? '' : 's'}`}
            </Text>
          </div>
          <CalendarRowActions calendar={c} canManage={canManage} onOpen={onOpen} onDelete={onDelete} />
        </Group>
      ))}
    </Stack>
  );
}

/** The calendars a project's plan may use: the organisation's (read here) and its own (its planners keep them). */
export function ProjectCalendarsPanel({ projectId, canEdit }: Props) {
  const calendars = useCalendars(projectId);
  // undefined: closed; null: creating; a calendar: editing or viewing it.
  const [open, setOpen] = useState<CalendarResource | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<CalendarResource | null>(null);
  const items = calendars.data?.items ?? [];
  const organisation = items.filter((c) => c.projectId === null);
  const own = items.filter((c) => c.projectId !== null);
  const openIsOwn = open === null || (open !== undefined && open.projectId !== null);

  let body: ReactNode;
  if (calendars.isPending) body = <TableSkeleton rows={3} columns={2} />;
  else if (calendars.isError)
    body = <ErrorState error={calendars.error} onRetry={() => calendars.refetch()} title="Could not load calendars" />;
  else
    body = (
      <Stack gap="md">
        <div>
          <Group gap={6} mb={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              This project
            </Text>
            <Badge size="xs" variant="light" color="gray" radius="sm">
              {own.length}
            </Badge>
          </Group>
          {own.length === 0 ? (
            <Text size="sm" c="dimmed" py={6}>
              None. {canEdit ? 'Add one when this project works other hours, such as a six-day site week.' : ''}
            </Text>
          ) : (
            <CalendarItems
              calendars={own}
              canManage={canEdit}
              onOpen={setOpen}
              onDelete={setDeleting}
              label="This project's calendars"
            />
          )}
        </div>
        <div>
          <Group gap={6} mb={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              Organisation
            </Text>
            <Badge size="xs" variant="light" color="gray" radius="sm">
              {organisation.length}
            </Badge>
          </Group>
          <CalendarItems
            calendars={organisation}
            canManage={false}
            onOpen={setOpen}
            onDelete={setDeleting}
            label="Organisation calendars"
          />
        </div>
      </Stack>
    );

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-calendars-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5" id="project-calendars-heading">
          Working calendars
        </Title>
        {canEdit && (
          <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={14} />} onClick={() => setOpen(null)}>
            Add calendar
          </Button>
        )}
      </Group>
      {body}
      {open !== undefined && (
        <CalendarFormModal
          scope={openIsOwn ? projectId : null}
          calendar={open}
          readOnly={!(openIsOwn && canEdit && (open === null || can(open, 'calendar.update')))}
          copySources={items}
          onClose={() => setOpen(undefined)}
        />
      )}
      {deleting && <DeleteCalendarModal scope={projectId} calendar={deleting} onClose={() => setDeleting(null)} />}
    </Card>
  );
}
