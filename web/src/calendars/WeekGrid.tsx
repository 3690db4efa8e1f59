import { ActionIcon, Group, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import type { CalendarDraft, DayDraft } from './calendar-draft.js';
import { type CalendarErrors, errorAt } from './calendar-validation.js';
import { IntervalChips } from './IntervalChips.js';
import { hoursText, minutesOf, WEEKDAY_LABELS, WEEKDAYS, type Weekday } from './working-time.js';

interface Props {
  readonly week: CalendarDraft['week'];
  readonly onChange: (week: CalendarDraft['week']) => void;
  readonly errors: CalendarErrors;
  readonly readOnly?: boolean;
}

/** The working week, Monday to Sunday: per day a working switch, its hours as chips, and the day's total. */
export function WeekGrid({ week, onChange, errors, readOnly }: Props) {
  const setDay = (d: Weekday, day: DayDraft) => onChange({ ...week, [d]: day });
  const copyToWorkingDays = (from: Weekday) => {
    const next = { ...week };
    for (const d of WEEKDAYS)
      if (d !== from && next[d].working) next[d] = { working: true, intervals: week[from].intervals };
    onChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={readOnly ? 420 : 600} type="native">
      <Table verticalSpacing={6} horizontalSpacing="xs" aria-label="Working week" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={108}>Day</Table.Th>
            {!readOnly && <Table.Th w={84}>Working</Table.Th>}
            <Table.Th>Working hours</Table.Th>
            <Table.Th w={readOnly ? 64 : 92} ta="right">
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WEEKDAYS.map((d) => {
            const day = week[d];
            const problem = errorAt(errors, `week.${d}`);
            const minutes = day.working ? minutesOf(day.intervals) : 0;
            return (
              <Table.Tr key={d} data-weekday={d}>
                <Table.Td>
                  <Text size="sm" fw={500} c={day.working ? undefined : 'dimmed'}>
                    {WEEKDAY_LABELS[d]}
                  </Text>
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <Switch
                      size="sm"
                      aria-label={`${WEEKDAY_LABELS[d]} is a working day`}
                      checked={day.working}
                      onChange={(e) => {
                        const working = e.currentTarget.checked;
                        // Switching a day back on restores its hours, or offers a standard day.
                        const intervals =
                          working && day.intervals.length === 0 ? ['08:00-12:00', '13:00-17:00'] : day.intervals;
                        setDay(d, { working, intervals });
                      }}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  {day.working ? (
                    <IntervalChips
                      label={WEEKDAY_LABELS[d]}
                      intervals={day.intervals}
                      onChange={(intervals) => setDay(d, { working: true, intervals })}
                      path={`week.${d}`}
                      errors={errors}
                      readOnly={readOnly}
                    />
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      Non-working
                    </Text>
                  )}
                  {problem && (
                    <Text size="xs" c="red" mt={4} role="alert">
                      {problem}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Text span size="sm" c={minutes > 0 ? undefined : 'dimmed'} ff="monospace">
                      {minutes > 0 ? hoursText(minutes) : '—'}
                    </Text>
                    {!readOnly && (
                      <Tooltip label={`Copy ${WEEKDAY_LABELS[d]}'s hours to every working day`}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`Copy ${WEEKDAY_LABELS[d]}'s hours to every working day`}
                          onClick={() => copyToWorkingDays(d)}
                          // Keeps the column aligned on days that have nothing to copy.
                          style={day.working && day.intervals.length > 0 ? undefined : { visibility: 'hidden' }}
                        >
                          <IconCopy size={14} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
