import { ActionIcon, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { TimesheetWeek } from '../../../src/contracts/index.js';
import { formatDate, formatWeekday, formatWeekdayDate } from '../lib/dates.js';
import { HoursInput } from './HoursInput.js';
import { formatHours, hoursText } from './hours.js';
import { LineComment, LineStatusBadge } from './LineStatus.js';
import { DAY_LIMIT, dayTotals, lineMinutes, type WeekRow, weekRows } from './timesheet-draft.js';
import type { WeekEditor } from './use-timesheet-editor.js';

const total = (minutes: readonly number[]) => minutes.reduce((a, b) => a + b, 0);

/** The task a row books on, with its project, status and the approver's comment. */
export function RowTitle({ row, error }: { row: WeekRow; error?: string | undefined }) {
  const saved = row.kind === 'locked' ? row.line : row.line.saved;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {row.line.taskName}
      </Text>
      <Text size="xs" c="dimmed">
        {row.line.projectCode} {row.line.projectName}
      </Text>
      {saved && saved.status !== 'draft' && <LineStatusBadge status={saved.status} />}
      {saved && <LineComment line={saved} />}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** The label of one cell, naming the task and the day, as a screen reader (and a test) finds it. */
export function cellLabel(taskName: string, day: string): string {
  return `Hours on ${taskName}, ${formatWeekdayDate(day)}`;
}

/**
 * The week on a wide screen: one row per line, a column per day, row and day totals. Editable lines
 * are inputs; submitted and approved lines read as text with their status.
 */
export function TimesheetGrid({ week, editor }: { week: TimesheetWeek; editor: WeekEditor }) {
  const totals = dayTotals(week, editor.draft);
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" aria-label="Timesheet" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>Task</Table.Th>
            {week.days.map((day) => (
              <Table.Th key={day} ta="center" w={84}>
                <div>{formatWeekday(day)}</div>
                <Text size="xs" c="dimmed" fw={400}>
                  {formatDate(day)}
                </Text>
              </Table.Th>
            ))}
            <Table.Th ta="right" w={64}>
              Total
            </Table.Th>
            <Table.Th>Note</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weekRows(week, editor.draft).map((row) => {
            const cellErrors = editor.errors.cells[row.taskId] ?? {};
            const minutes = row.kind === 'editable' ? lineMinutes(row.line) : row.line.minutes;
            return (
              <Table.Tr key={row.taskId} data-line={row.line.taskName} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <RowTitle row={row} error={editor.errors.lines[row.taskId]} />
                </Table.Td>
                {week.days.map((day, d) => (
                  <Table.Td key={day} ta="center">
                    {row.kind === 'editable' ? (
                      <HoursInput
                        value={row.line.cells[d] ?? ''}
                        onChange={(text) => editor.setCell(row.taskId, d, text)}
                        label={cellLabel(row.line.taskName, day)}
                        error={cellErrors[d]}
                      />
                    ) : (
                      <Text size="sm" pt={6}>
                        {hoursText(row.line.minutes[d] ?? 0)}
                      </Text>
                    )}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <Text size="sm" fw={600} pt={6} data-testid="line-total">
                    {formatHours(total(minutes))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {row.kind === 'editable' ? (
                    <TextInput
                      value={row.line.note}
                      onChange={(e) => editor.setNote(row.taskId, e.currentTarget.value)}
                      aria-label={`Note on ${row.line.taskName}`}
                      maxLength={1000}
                    />
                  ) : (
                    <Text size="sm" pt={6} style={{ overflowWrap: 'anywhere' }}>
                      {row.line.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.kind === 'editable' && (
                    <Tooltip label="Remove this line (saving drops its hours)">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        mt={2}
                        onClick={() => editor.remove(row.taskId)}
                        aria-label={`Remove ${row.line.taskName}`}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Day total</Table.Th>
            {totals.map((m, d) => (
              <Table.Th key={week.days[d]} ta="center" data-testid="day-total" data-over={m > DAY_LIMIT || undefined}>
                <Text size="sm" fw={700} c={m > DAY_LIMIT ? 'red' : undefined}>
                  {formatHours(m)}
                </Text>
                {m > DAY_LIMIT && (
                  <Text size="xs" c="red">
                    over 24 h
                  </Text>
                )}
              </Table.Th>
            ))}
            <Table.Th ta="right" data-testid="week-total">
              {formatHours(total(totals))}
            </Table.Th>
            <Table.Th colSpan={2} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
