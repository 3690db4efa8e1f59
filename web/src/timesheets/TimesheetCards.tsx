import { ActionIcon, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { TimesheetWeek } from '../../../src/contracts/index.js';
import { formatWeekday, formatWeekdayDate } from '../lib/dates.js';
import { HoursInput } from './HoursInput.js';
import { formatHours, hoursText } from './hours.js';
import { cellLabel, RowTitle } from './TimesheetGrid.js';
import { DAY_LIMIT, dayTotals, lineMinutes, weekRows } from './timesheet-draft.js';
import type { WeekEditor } from './use-timesheet-editor.js';

/**
 * The week on a phone: a day picker with each day's total, then one card per line with that day's
 * hours (a field on an editable line), the line's week at a glance and its note. Nothing is wider
 * than the screen; a day with a problem (over 24 hours, hours that do not read) is marked red.
 */
export function TimesheetCards({
  week,
  editor,
  day,
  onDay,
}: {
  week: TimesheetWeek;
  editor: WeekEditor;
  day: number;
  onDay: (day: number) => void;
}) {
  const totals = dayTotals(week, editor.draft);
  const troubled = (d: number) =>
    totals[d]! > DAY_LIMIT || Object.values(editor.errors.cells).some((days) => days[d] !== undefined);
  const date = week.days[day]!;
  return (
    <Stack gap="sm">
      <SegmentedControl
        fullWidth
        size="xs"
        value={String(day)}
        onChange={(v) => onDay(Number(v))}
        aria-label="Day"
        data={week.days.map((d, i) => ({
          value: String(i),
          label: (
            <Stack gap={0} align="center" data-testid="day-choice">
              <span>{formatWeekday(d)}</span>
              <Text span size="xs" fw={700} c={troubled(i) ? 'red' : 'dimmed'}>
                {formatHours(totals[i]!)}
              </Text>
            </Stack>
          ),
        }))}
      />
      <Text size="sm" c={totals[day]! > DAY_LIMIT ? 'red' : 'dimmed'} data-testid="phone-day-total">
        {formatWeekdayDate(date)}: {formatHours(totals[day]!)}
        {totals[day]! > DAY_LIMIT ? ', over 24 h' : ''} · week {formatHours(totals.reduce((a, b) => a + b, 0))}
      </Text>
      {weekRows(week, editor.draft).map((row) => {
        const minutes = row.kind === 'editable' ? lineMinutes(row.line) : row.line.minutes;
        const booked = minutes.flatMap((m, d) => (m > 0 ? [`${formatWeekday(week.days[d]!)} ${formatHours(m)}`] : []));
        return (
          <Paper key={row.taskId} withBorder radius="md" p="sm" data-line={row.line.taskName}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <RowTitle row={row} error={editor.errors.lines[row.taskId]} />
              {row.kind === 'editable' && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={() => editor.remove(row.taskId)}
                  aria-label={`Remove ${row.line.taskName}`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            <Group mt="xs" align="flex-start" wrap="nowrap" gap="sm">
              {row.kind === 'editable' ? (
                <div style={{ width: 112, flexShrink: 0 }}>
                  <HoursInput
                    size="md"
                    value={row.line.cells[day] ?? ''}
                    onChange={(text) => editor.setCell(row.taskId, day, text)}
                    label={cellLabel(row.line.taskName, date)}
                    error={editor.errors.cells[row.taskId]?.[day]}
                  />
                </div>
              ) : (
                <Text fw={700} w={112} ta="center" pt={6}>
                  {hoursText(row.line.minutes[day] ?? 0) || '—'}
                </Text>
              )}
              <Text size="xs" c="dimmed" pt={4} style={{ overflowWrap: 'anywhere' }}>
                Week {formatHours(minutes.reduce((a, b) => a + b, 0))}
                {booked.length > 0 ? `: ${booked.join(' · ')}` : ''}
              </Text>
            </Group>
            {row.kind === 'editable' ? (
              <TextInput
                mt="xs"
                size="sm"
                placeholder="Note"
                value={row.line.note}
                onChange={(e) => editor.setNote(row.taskId, e.currentTarget.value)}
                aria-label={`Note on ${row.line.taskName}`}
                maxLength={1000}
              />
            ) : (
              row.line.note && (
                <Text size="sm" mt="xs" style={{ overflowWrap: 'anywhere' }}>
                  {row.line.note}
                </Text>
              )
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
