import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { formatDate } from '../lib/dates.js';
import type { ExceptionDraft } from './calendar-draft.js';
import { type CalendarErrors, errorAt } from './calendar-validation.js';
import { IntervalChips } from './IntervalChips.js';
import { recurrenceText } from './recurrence-text.js';

/** Rows drawn before "Show all": imported calendars may hold thousands of exceptions. */
const FIRST_ROWS = 40;

interface Props {
  readonly exceptions: readonly ExceptionDraft[];
  readonly onChange: (next: ExceptionDraft[]) => void;
  readonly errors: CalendarErrors;
  readonly readOnly?: boolean;
  /** Called when a row's first day changes to a valid date, so the preview can show that month. */
  readonly onDate?: (date: string) => void;
  /** The row just added: its name takes the focus. */
  readonly focusKey?: string | null;
}

function sameYearEnd(from: string): string {
  const year = Number(from.slice(0, 4)) || new Date().getFullYear();
  return `${year + 10}-12-31`;
}

/** Holidays and days with special hours: name, first and last day, holiday or hours, and a yearly repeat. */
export function ExceptionsTable({ exceptions, onChange, errors, readOnly, onDate, focusKey }: Props) {
  const [showAll, setShowAll] = useState(false);
  const firstErrorRow = Object.keys(errors)
    .map((k) => /^exceptions\.(\d+)/.exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b)[0];
  const focusRow = exceptions.findIndex((e) => e.key === focusKey);
  const shown = showAll || Math.max(firstErrorRow ?? 0, focusRow) >= FIRST_ROWS ? exceptions.length : FIRST_ROWS;
  const set = (index: number, change: Partial<ExceptionDraft>) =>
    onChange(exceptions.map((e, i) => (i === index ? { ...e, ...change } : e)));

  if (exceptions.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        No holidays or special working days.
        {readOnly ? '' : ' Use “Add exception”, or click a day in the preview.'}
      </Text>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={readOnly ? 640 : 760}>
        <Table verticalSpacing={6} horizontalSpacing="xs" aria-label="Exceptions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={150}>First day</Table.Th>
              <Table.Th w={150}>Last day / until</Table.Th>
              <Table.Th w={196}>Kind</Table.Th>
              <Table.Th w={130}>Repeats</Table.Th>
              {!readOnly && (
                <Table.Th w={44}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {exceptions.slice(0, shown).map((e, i) => {
              const at = `exceptions.${i}`;
              const n = i + 1;
              const rowProblem = errors[at] ?? errorAt(errors, `${at}.recurrence`);
              const hoursProblem = errorAt(errors, `${at}.working`);
              const repeats = e.kept ? recurrenceText(e.kept.recurrence, e.kept.occurrences) : null;
              return (
                <Fragment key={e.key}>
                  <Table.Tr style={e.holiday ? undefined : { borderBottom: 'none' }}>
                    <Table.Td>
                      {readOnly ? (
                        <Text size="sm">{e.name || '—'}</Text>
                      ) : (
                        <TextInput
                          size="xs"
                          aria-label={`Exception ${n} name`}
                          placeholder="e.g. Christmas Day"
                          autoFocus={e.key === focusKey}
                          value={e.name}
                          onChange={(ev) => set(i, { name: ev.currentTarget.value })}
                          error={errors[`${at}.name`]}
                        />
                      )}
                      {rowProblem && (
                        <Text size="xs" c="red" mt={4} role="alert">
                          {rowProblem}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {readOnly ? (
                        <Text size="sm">{formatDate(e.from)}</Text>
                      ) : (
                        <TextInput
                          size="xs"
                          type="date"
                          aria-label={`Exception ${n} first day`}
                          value={e.from}
                          onChange={(ev) => {
                            const from = ev.currentTarget.value;
                            set(i, { from });
                            if (/^\d{4}-\d{2}-\d{2}$/.test(from)) onDate?.(from);
                          }}
                          error={errors[`${at}.from`]}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {readOnly ? (
                        <Text size="sm">{e.to ? formatDate(e.to) : '—'}</Text>
                      ) : (
                        <TextInput
                          size="xs"
                          type="date"
                          aria-label={e.yearly ? `Exception ${n} repeats until` : `Exception ${n} last day`}
                          value={e.to}
                          min={e.from || undefined}
                          onChange={(ev) => set(i, { to: ev.currentTarget.value })}
                          error={errors[`${at}.to`]}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {readOnly ? (
                        <Badge variant="light" color={e.holiday ? 'red' : 'yellow'} radius="sm" tt="none">
                          {e.holiday ? 'Holiday' : 'Working hours'}
                        </Badge>
                      ) : (
                        <SegmentedControl
                          size="xs"
                          fullWidth
                          aria-label={`Exception ${n} kind`}
                          value={e.holiday ? 'holiday' : 'hours'}
                          onChange={(v) =>
                            set(i, {
                              holiday: v === 'holiday',
                              working: v === 'hours' && e.working.length === 0 ? ['08:00-12:00'] : e.working,
                            })
                          }
                          data={[
                            { value: 'holiday', label: 'Holiday' },
                            { value: 'hours', label: 'Working hours' },
                          ]}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {repeats ? (
                        <Tooltip label="Imported recurrence; kept as it is" withinPortal>
                          <Text size="xs" c="dimmed">
                            {repeats}
                          </Text>
                        </Tooltip>
                      ) : readOnly ? (
                        <Text size="sm">{e.yearly ? 'Every year' : '—'}</Text>
                      ) : (
                        <Checkbox
                          size="xs"
                          label="Every year"
                          aria-label={`Exception ${n} repeats every year on this date`}
                          checked={e.yearly}
                          onChange={(ev) => {
                            const yearly = ev.currentTarget.checked;
                            const to = yearly && (!e.to || e.to <= e.from) ? sameYearEnd(e.from) : e.to;
                            set(i, { yearly, to: yearly ? to : '' });
                          }}
                        />
                      )}
                    </Table.Td>
                    {!readOnly && (
                      <Table.Td>
                        <Tooltip label="Remove exception">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Remove exception ${n}${e.name ? ` ${e.name}` : ''}`}
                            onClick={() => onChange(exceptions.filter((_, k) => k !== i))}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    )}
                  </Table.Tr>
                  {!e.holiday && (
                    <Table.Tr>
                      <Table.Td colSpan={readOnly ? 5 : 6} pt={0}>
                        <Group gap="xs" align="center" wrap="nowrap">
                          <Text size="xs" c="dimmed" w={96} style={{ flexShrink: 0 }}>
                            Working hours
                          </Text>
                          <IntervalChips
                            label={`Exception ${n}`}
                            intervals={e.working}
                            onChange={(working) => set(i, { working })}
                            path={`${at}.working`}
                            errors={errors}
                            readOnly={readOnly}
                          />
                        </Group>
                        {hoursProblem && (
                          <Text size="xs" c="red" mt={4} ml={104} role="alert">
                            {hoursProblem}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown < exceptions.length && (
        <Button variant="subtle" size="xs" onClick={() => setShowAll(true)}>
          Show all {exceptions.length} exceptions
        </Button>
      )}
    </>
  );
}
