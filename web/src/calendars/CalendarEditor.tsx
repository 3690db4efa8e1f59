import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCalendarPlus, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { type CalendarDraft, fieldsFromDraft, newException, weekJson } from './calendar-draft.js';
import { weekTotals } from './calendar-summary.js';
import type { CalendarErrors } from './calendar-validation.js';
import { ExceptionsTable } from './ExceptionsTable.js';
import { currentMonth, MonthPreview, type YearMonth } from './MonthPreview.js';
import { PresetMenu } from './PresetMenu.js';
import { WeekGrid } from './WeekGrid.js';
import { hoursText } from './working-time.js';

/** Error paths the editor shows beside a field; anything else is listed at the top. */
const PLACED = /^(name|hoursPerDay|hoursPerWeek|daysPerMonth|week|exceptions\.\d+)(\.|$)/;

interface Props {
  readonly draft: CalendarDraft;
  readonly onChange: (draft: CalendarDraft) => void;
  readonly errors: CalendarErrors;
  readonly readOnly?: boolean;
  /** Calendars whose working time may be copied into this one. */
  readonly copySources?: readonly CalendarResource[];
}

function firstOf({ year, month }: YearMonth): string {
  const now = currentMonth();
  if (now.year === year && now.month === month) {
    const d = new Date();
    return `${year}-${String(month).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The three numbers that turn days, weeks and months into working hours. */
const UNIT_FIELDS = [
  { key: 'hoursPerDay', label: 'Hours per day', description: 'What “1 day” means', min: 0.25, max: 24, step: 0.5 },
  { key: 'hoursPerWeek', label: 'Hours per week', description: 'What “1 week” means', min: 0.25, max: 168, step: 1 },
  { key: 'daysPerMonth', label: 'Days per month', description: 'What “1 month” means', min: 1, max: 31, step: 1 },
] as const;

/** Edits a working calendar: name, duration conversions, working week, exceptions, with a live month preview. */
export function CalendarEditor({ draft, onChange, errors, readOnly, copySources = [] }: Props) {
  const [month, setMonth] = useState<YearMonth>(currentMonth);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const set = (change: Partial<CalendarDraft>) => onChange({ ...draft, ...change });
  const previewFields = useMemo(() => {
    const f = fieldsFromDraft(draft);
    return { week: f.week, exceptions: f.exceptions, workWeeks: f.workWeeks };
  }, [draft]);

  const unplaced = Object.entries(errors).filter(([path]) => !PLACED.test(path));
  const totals = weekTotals(weekJson(draft.week));
  const perDay = totals.workingDays > 0 ? Math.round((totals.minutesPerWeek / totals.workingDays / 60) * 100) / 100 : 0;
  const perWeek = Math.round((totals.minutesPerWeek / 60) * 100) / 100;
  const differs = perDay > 0 && (Number(draft.hoursPerDay) !== perDay || Number(draft.hoursPerWeek) !== perWeek);

  const addException = (date: string) => {
    const row = newException(date);
    setFocusKey(row.key);
    set({ exceptions: [...draft.exceptions, row] });
  };

  return (
    <Stack gap="lg">
      {unplaced.length > 0 && (
        <Alert color="red" variant="light" role="alert" title="The server did not accept the calendar">
          {unplaced.map(([path, message]) => (
            <Text key={path} size="sm">
              {path === 'form' ? message : `${path}: ${message}`}
            </Text>
          ))}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <TextInput
              label="Name"
              required={!readOnly}
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              value={draft.name}
              maxLength={200}
              placeholder="e.g. Head office, Site B six-day week"
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={errors.name}
              data-autofocus={!readOnly || undefined}
            />
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              {UNIT_FIELDS.map((f) => (
                <NumberInput
                  key={f.key}
                  label={f.label}
                  description={f.description}
                  min={f.min}
                  max={f.max}
                  step={f.step}
                  decimalScale={2}
                  readOnly={readOnly}
                  variant={readOnly ? 'filled' : 'default'}
                  hideControls={readOnly}
                  value={draft[f.key]}
                  onChange={(v) => set({ [f.key]: v })}
                  error={errors[f.key]}
                />
              ))}
            </SimpleGrid>
            {!readOnly && differs && (
              <Text size="xs" c="dimmed">
                The week below has {totals.workingDays} working {totals.workingDays === 1 ? 'day' : 'days'} averaging{' '}
                {hoursText(Math.round(perDay * 60))} ({hoursText(Math.round(perWeek * 60))} a week).{' '}
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  onClick={() => set({ hoursPerDay: perDay, hoursPerWeek: perWeek })}
                >
                  Use these figures
                </Anchor>
              </Text>
            )}
            <Group justify="space-between" align="center" mt="xs">
              <Title order={3} size="h5">
                Working week
              </Title>
              {!readOnly && <PresetMenu draft={draft} onChange={onChange} copySources={copySources} />}
            </Group>
            {errors.week && (
              <Text size="sm" c="red" role="alert">
                {errors.week}
              </Text>
            )}
            <WeekGrid week={draft.week} onChange={(week) => set({ week })} errors={errors} readOnly={readOnly} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap={6} style={{ position: 'sticky', top: 0 }}>
            <MonthPreview
              fields={previewFields}
              month={month}
              onMonth={setMonth}
              onPickDay={readOnly ? undefined : addException}
            />
            <Text size="xs" c="dimmed">
              Worked out by Gantry’s scheduling engine, as plans will be.
              {readOnly ? '' : ' Click a day to add an exception on it.'}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="xs" component="section" aria-labelledby="calendar-exceptions-heading">
        <Group justify="space-between" align="center">
          <Group gap="xs">
            <Title order={3} size="h5" id="calendar-exceptions-heading">
              Exceptions
            </Title>
            <Badge variant="light" color="gray" radius="sm">
              {draft.exceptions.length}
            </Badge>
          </Group>
          {!readOnly && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarPlus size={14} />}
              onClick={() => addException(firstOf(month))}
            >
              Add exception
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Holidays take the day off; special hours replace the week’s hours on those days. Dates are inclusive.
        </Text>
        <ExceptionsTable
          exceptions={draft.exceptions}
          onChange={(exceptions) => set({ exceptions })}
          errors={errors}
          readOnly={readOnly}
          focusKey={focusKey}
          onDate={(date) => setMonth({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) })}
        />
      </Stack>
      {draft.workWeeks.length > 0 && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle />}>
          This calendar also has {draft.workWeeks.length} period{draft.workWeeks.length === 1 ? '' : 's'} with a
          different working week (from an imported plan). They are kept as they are and shown in the preview.
        </Alert>
      )}
    </Stack>
  );
}
