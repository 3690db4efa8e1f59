import { Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { formatDate, formatWeekday, formatWeekdayDate } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';
import type { LineGroup, ProjectLine } from './approval-groups.js';
import { formatHours, hoursText } from './hours.js';
import { LineComment, LineStatusBadge } from './LineStatus.js';
import { weekDays } from './week.js';

/** What the group shows and lets the manager pick. */
export interface ApprovalGroupProps {
  readonly group: LineGroup;
  readonly currency: string;
  /** Lines may be chosen (the caller decides, and they wait for a decision). */
  readonly choosing: boolean;
  readonly chosen: ReadonlySet<string>;
  readonly onChoose: (lineIds: readonly string[], on: boolean) => void;
  readonly phone: boolean;
}

const waiting = (l: ProjectLine) => l.status === 'submitted';

/** Status, who decided, the cost once approved, the comment once returned. */
function Decision({ line, currency }: { line: ProjectLine; currency: string }) {
  return (
    <Stack gap={2} align="flex-start">
      <LineStatusBadge status={line.status} />
      {line.status === 'approved' && (
        <Text size="xs" c="dimmed">
          {line.decidedBy?.name} · {formatDate(line.decidedAt)}
          {line.costMinor !== null && ` · ${formatMoney(line.costMinor, currency)}`}
        </Text>
      )}
      <LineComment line={line} />
    </Stack>
  );
}

/** One person's week on the project: a table of their lines (cards on a phone), each one to pick. */
export function ApprovalGroup({ group, currency, choosing, chosen, onChoose, phone }: ApprovalGroupProps) {
  const days = weekDays(group.weekStart);
  const open = group.lines.filter(waiting);
  const all = open.length > 0 && open.every((l) => chosen.has(l.id));
  const some = open.some((l) => chosen.has(l.id));
  const title = `${group.person.name}, week of ${formatWeekdayDate(group.weekStart)}`;
  const pick = (l: ProjectLine) =>
    choosing && waiting(l) ? (
      <Checkbox
        aria-label={`Choose ${l.taskName} of ${group.person.name}`}
        checked={chosen.has(l.id)}
        onChange={(e) => onChoose([l.id], e.currentTarget.checked)}
      />
    ) : null;

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={title} data-group={group.key}>
      <Group gap="sm" mb="xs" wrap="nowrap" align="center">
        {choosing && open.length > 0 && (
          <Checkbox
            aria-label={`Choose every waiting line of ${title}`}
            checked={all}
            indeterminate={some && !all}
            onChange={(e) =>
              onChoose(
                open.map((l) => l.id),
                e.currentTarget.checked,
              )
            }
          />
        )}
        <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {group.person.name}
        </Text>
        <Text size="sm" c="dimmed">
          week of {formatDate(group.weekStart)} · {formatHours(group.totalMinutes)}
        </Text>
      </Group>
      {phone ? (
        <Stack gap="xs">
          {group.lines.map((l) => (
            <Paper key={l.id} withBorder radius="sm" p="xs" data-line={l.taskName}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                {pick(l)}
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {l.taskName} · {formatHours(l.totalMinutes)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {l.minutes
                      .flatMap((m, d) => (m > 0 ? [`${formatWeekday(days[d]!)} ${formatHours(m)}`] : []))
                      .join(' · ')}
                  </Text>
                  {l.note && (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {l.note}
                    </Text>
                  )}
                  {!waiting(l) && <Decision line={l} currency={currency} />}
                </Stack>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={6} aria-label={`Lines of ${title}`}>
            <Table.Thead>
              <Table.Tr>
                {choosing && <Table.Th w={36} />}
                <Table.Th>Task</Table.Th>
                {days.map((day) => (
                  <Table.Th key={day} ta="right" w={56}>
                    {formatWeekday(day)}
                  </Table.Th>
                ))}
                <Table.Th ta="right" w={64}>
                  Total
                </Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.lines.map((l) => (
                <Table.Tr key={l.id} data-line={l.taskName}>
                  {choosing && <Table.Td>{pick(l)}</Table.Td>}
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{l.taskName}</Table.Td>
                  {l.minutes.map((m, d) => (
                    <Table.Td key={days[d]} ta="right" className="gantry-nowrap">
                      {hoursText(m)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={600}>
                    {formatHours(l.totalMinutes)}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{l.note}</Table.Td>
                  <Table.Td>
                    <Decision line={l} currency={currency} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
