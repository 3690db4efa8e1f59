import { Alert, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconRefresh, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TimesheetWeek } from '../../../src/contracts/index.js';
import { TimesheetCards } from './TimesheetCards.js';
import { TimesheetGrid } from './TimesheetGrid.js';
import { bookable } from './timesheet-draft.js';
import { useTimesheetEditor, type WeekEditor } from './use-timesheet-editor.js';
import { dayOfWeek, localDate } from './week.js';

/** The tasks one could add a line for, grouped by project, for the "Add task" picker. */
function AddTask({ week, editor }: { week: TimesheetWeek; editor: WeekEditor }) {
  const tasks = bookable(week, editor.draft);
  if (tasks.length === 0) return null;
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const t of tasks) {
    const group = `${t.projectCode} ${t.projectName}`;
    groups.set(group, [...(groups.get(group) ?? []), { value: t.taskId, label: t.taskName }]);
  }
  return (
    <Select
      aria-label="Add task"
      placeholder="Add task…"
      searchable
      value={null}
      data={[...groups].map(([group, items]) => ({ group, items }))}
      onChange={(taskId) => {
        const task = tasks.find((t) => t.taskId === taskId);
        if (task) editor.add(task);
      }}
      nothingFoundMessage="No such task"
      w={{ base: '100%', xs: 280 }}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
    />
  );
}

/**
 * A week's timesheet being edited: the grid (cards on a phone), "Add task", Save and Submit, and
 * what the server refused. `onDirty` tells the page whether typed hours are unsaved (it asks before
 * leaving the week); `onReload` fetches the week again after someone else changed it.
 */
export function TimesheetEditor({
  week,
  onDirty,
  onReload,
}: {
  week: TimesheetWeek;
  onDirty: (dirty: boolean) => void;
  onReload: () => void;
}) {
  const editor = useTimesheetEditor(week);
  const phone = useMediaQuery('(max-width: 48em)');
  const today = dayOfWeek(week.weekStart, localDate(new Date()));
  const [day, setDay] = useState(Math.max(0, today));
  useEffect(() => onDirty(editor.dirty), [editor.dirty, onDirty]);
  useEffect(() => {
    if (!editor.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [editor.dirty]);
  // On a phone only one day shows: bring the first day with a problem into view.
  const firstTroubled = Object.values(editor.errors.cells)
    .flatMap((days) => Object.keys(days).map(Number))
    .sort()[0];
  useEffect(() => {
    if (phone && firstTroubled !== undefined) setDay(firstTroubled);
  }, [phone, firstTroubled]);

  const empty = editor.draft.length === 0 && week.lines.length === 0;
  const nothingBookable = empty && bookable(week, editor.draft).length === 0;
  if (nothingBookable) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text ta="center" fw={600}>
          Nothing to book this week
        </Text>
        <Text ta="center" size="sm" c="dimmed" mt={4}>
          Tasks you are assigned to, or responsible for, appear here while they run. Another week may have some.
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      {editor.stale && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title="This week has changed">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              It was saved elsewhere, or a manager returned a line, since you opened it. Reload it to see the latest;
              the hours typed here since your last save will be lost.
            </Text>
            <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} onClick={onReload}>
              Reload the week
            </Button>
          </Stack>
        </Alert>
      )}
      {editor.errors.week.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="This week cannot be saved as it is">
          {editor.errors.week.map((message) => (
            <Text key={message} size="sm">
              {message}
            </Text>
          ))}
        </Alert>
      )}
      {empty ? (
        <Paper withBorder radius="md" p="lg">
          <Text ta="center" size="sm" c="dimmed">
            No hours booked this week yet. Add a task to book hours on it.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p={phone ? 'xs' : 0}>
          {phone ? (
            <TimesheetCards week={week} editor={editor} day={day} onDay={setDay} />
          ) : (
            <TimesheetGrid week={week} editor={editor} />
          )}
        </Paper>
      )}
      <Group justify="space-between" gap="sm">
        <AddTask week={week} editor={editor} />
        <Group gap="sm" ml="auto">
          {editor.dirty && (
            <Text size="sm" c="dimmed">
              Unsaved changes
            </Text>
          )}
          <Button
            variant="default"
            onClick={editor.save}
            disabled={!editor.dirty || editor.blocked}
            loading={editor.busy}
          >
            Save
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            onClick={editor.submit}
            disabled={!editor.submittable || editor.blocked}
            loading={editor.busy}
          >
            Submit
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
