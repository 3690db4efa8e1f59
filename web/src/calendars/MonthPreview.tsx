import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { formatWeekdayDate } from '../lib/dates.js';
import { calendarFromFields, monthPreview, type PreviewDay, type PreviewInput } from './calendar-preview.js';
import classes from './MonthPreview.module.css';
import { hoursText } from './working-time.js';

/** A month to show: year and month 1-12. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

const HEADS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const monthTitle = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** This month in the viewer's time zone. */
export function currentMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

function todayText(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function shift({ year, month }: YearMonth, by: number): YearMonth {
  const m0 = year * 12 + month - 1 + by;
  return { year: Math.floor(m0 / 12), month: (m0 % 12) + 1 };
}

function describe(day: PreviewDay): string {
  const date = formatWeekdayDate(day.date);
  const name = day.exception ? ` · ${day.exception}` : '';
  switch (day.kind) {
    case 'holiday':
      return `${date}${name || ' · exception'}: holiday, no work`;
    case 'special':
      return `${date}${name}: special hours ${day.intervals.join(', ')}`;
    case 'working':
      return `${date}: working ${day.intervals.join(', ')}`;
    default:
      return `${date}: non-working`;
  }
}

function note(day: PreviewDay): string {
  if (day.kind === 'holiday') return day.exception || 'Holiday';
  if (day.kind === 'special') return hoursText(day.minutes);
  if (day.kind === 'working') return hoursText(day.minutes);
  return '';
}

const LEGEND = [
  ['working', 'Working'],
  ['nonWorking', 'Non-working'],
  ['holiday', 'Holiday'],
  ['special', 'Special hours'],
] as const;

interface Props {
  readonly fields: PreviewInput;
  readonly month: YearMonth;
  readonly onMonth: (month: YearMonth) => void;
  /** Clicking a day adds it as an exception, when given. */
  readonly onPickDay?: (date: string) => void;
}

/** A month of the calendar as the scheduling engine sees it: working days, non-working days, holidays, special hours. */
export function MonthPreview({ fields, month, onMonth, onPickDay }: Props) {
  const preview = useMemo(() => monthPreview(calendarFromFields(fields), month.year, month.month), [fields, month]);
  const today = todayText();
  const title = monthTitle.format(new Date(Date.UTC(month.year, month.month - 1, 1)));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Month preview">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h6" aria-live="polite">
            {title}
          </Title>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" onClick={() => onMonth(currentMonth())}>
              Today
            </Button>
            <ActionIcon variant="subtle" aria-label="Previous month" onClick={() => onMonth(shift(month, -1))}>
              <IconChevronLeft size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label="Next month" onClick={() => onMonth(shift(month, 1))}>
              <IconChevronRight size={16} />
            </ActionIcon>
          </Group>
        </Group>
        {preview.ok ? (
          <>
            <ul className={classes.grid} aria-label={`Working time in ${title}`}>
              {HEADS.map((h) => (
                <li key={h} className={classes.head} aria-hidden>
                  {h}
                </li>
              ))}
              {Array.from({ length: preview.leadingBlanks }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have no identity
                <li key={`blank-${i}`} aria-hidden />
              ))}
              {preview.days.map((day) => {
                const className = [classes.day, classes[day.kind], day.date === today ? classes.today : '']
                  .filter(Boolean)
                  .join(' ');
                const label = describe(day);
                const content = (
                  <>
                    <span className={classes.number}>{day.dayOfMonth}</span>
                    <span className={classes.note}>{note(day)}</span>
                  </>
                );
                return (
                  <li key={day.date} className={classes.cell}>
                    {onPickDay ? (
                      <button
                        type="button"
                        className={className}
                        title={`${label}. Click to add an exception on this day.`}
                        aria-label={label}
                        data-kind={day.kind}
                        onClick={() => onPickDay(day.date)}
                      >
                        {content}
                      </button>
                    ) : (
                      <div className={className} title={label} data-kind={day.kind}>
                        <VisuallyHidden>{label}</VisuallyHidden>
                        <span aria-hidden className={classes.contents}>
                          {content}
                        </span>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
            <Group gap="md" justify="space-between" wrap="wrap">
              <Group gap="sm" wrap="wrap">
                {LEGEND.map(([kind, label]) => (
                  <Text key={kind} size="xs" c="dimmed">
                    <span className={`${classes.swatch} ${classes[kind]}`} aria-hidden />
                    {label}
                  </Text>
                ))}
              </Group>
              <Text size="xs" fw={500}>
                {preview.workingDays} working days · {hoursText(preview.workingMinutes)}
              </Text>
            </Group>
          </>
        ) : (
          <Alert variant="light" color="gray" icon={<IconInfoCircle />}>
            {preview.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
