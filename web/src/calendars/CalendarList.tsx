import { ActionIcon, Anchor, Badge, Card, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { can, refusal } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { weekSummary } from './calendar-summary.js';

/** What the lists can do with a calendar; edit and delete only where each calendar's `allowedActions` says so. */
export interface CalendarActions {
  /** Whether this list offers changes at all (a project's panel shows the organisation's calendars read-only). */
  readonly canManage: boolean;
  readonly onOpen: (calendar: CalendarResource) => void;
  readonly onDelete: (calendar: CalendarResource) => void;
}

interface Props extends CalendarActions {
  readonly calendars: readonly CalendarResource[];
}

function hoursPerDay(c: CalendarResource): string {
  return `${c.hoursPerDay}h`;
}

/** Edit and delete where the calendar allows them (delete shown disabled, with the reason, where it stops it), or view. */
export function CalendarRowActions({
  calendar,
  canManage,
  onOpen,
  onDelete,
}: CalendarActions & { calendar: CalendarResource }) {
  const deleteRefused = refusal(calendar, 'calendar.delete');
  if (!canManage || !can(calendar, 'calendar.update')) {
    return (
      <Tooltip label="View calendar">
        <ActionIcon variant="subtle" aria-label={`View calendar ${calendar.name}`} onClick={() => onOpen(calendar)}>
          <IconEye size={16} />
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label="Edit calendar">
        <ActionIcon variant="subtle" aria-label={`Edit calendar ${calendar.name}`} onClick={() => onOpen(calendar)}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      {(can(calendar, 'calendar.delete') || deleteRefused) && (
        <Tooltip label={deleteRefused ?? 'Delete calendar'}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Delete calendar ${calendar.name}`}
            disabled={deleteRefused !== null}
            onClick={() => onDelete(calendar)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

function ExceptionCount({ calendar }: { calendar: CalendarResource }) {
  const n = calendar.exceptions.length;
  return (
    <Badge variant="light" color={n > 0 ? 'blue' : 'gray'} radius="sm" tt="none">
      {n === 0 ? 'None' : `${n} exception${n === 1 ? '' : 's'}`}
    </Badge>
  );
}

/** Calendars as a table (wide screens). */
export function CalendarTable({ calendars, ...actions }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Calendars">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Working week</Table.Th>
            <Table.Th>Hours per day</Table.Th>
            <Table.Th>Exceptions</Table.Th>
            <Table.Th>Updated</Table.Th>
            <Table.Th w={80}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calendars.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component="button" type="button" fw={500} size="sm" onClick={() => actions.onOpen(c)}>
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{weekSummary(c.week)}</Text>
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <Text size="sm" ff="monospace">
                  {hoursPerDay(c)}
                </Text>
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <ExceptionCount calendar={c} />
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <Text size="sm" c="dimmed">
                  {formatDateTime(c.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <CalendarRowActions calendar={c} {...actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Calendars as cards (phones). */
export function CalendarCards({ calendars, ...actions }: Props) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Calendars">
      {calendars.map((c) => (
        <Card key={c.id} component="li" withBorder padding="sm" radius="md">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Anchor component="button" type="button" fw={600} size="sm" onClick={() => actions.onOpen(c)}>
                {c.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {weekSummary(c.week)} · {hoursPerDay(c)} a day
              </Text>
            </div>
            <CalendarRowActions calendar={c} {...actions} />
          </Group>
          <Group gap="xs" mt={8}>
            <ExceptionCount calendar={c} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
