import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useProjectAssignments } from '../api/assignments.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useApproveLines } from '../api/timesheets.js';
import { defaultRemaining, type ProjectLine, tasksOf } from './approval-groups.js';
import { formatHours, parseHours } from './hours.js';

// The API's bound on remaining work, in minutes.
const MAX_REMAINING = 100_000_000;

interface Issue {
  readonly path: string;
  readonly message: string;
}

/**
 * Approving the chosen lines: their hours post to the plan as actual work. Remaining work is
 * re-estimated as planned less done unless the manager types their own estimate per task.
 */
export function ApproveTimesheetModal({
  projectId,
  lines,
  onClose,
  onDone,
}: {
  projectId: string;
  lines: readonly ProjectLine[];
  onClose: () => void;
  onDone: () => void;
}) {
  const approve = useApproveLines(projectId);
  const assignments = useProjectAssignments(projectId);
  const tasks = tasksOf(lines);
  const [remaining, setRemaining] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const hours = lines.reduce((a, l) => a + l.totalMinutes, 0);

  function send() {
    const estimates: { taskId: string; remainingWorkMinutes: number }[] = [];
    const found: Record<string, string> = {};
    for (const t of tasks) {
      const text = remaining[t.taskId] ?? '';
      if (text.trim() === '') continue;
      const p = parseHours(text, MAX_REMAINING);
      if (p.ok) estimates.push({ taskId: t.taskId, remainingWorkMinutes: p.minutes });
      else found[t.taskId] = p.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    approve.mutate(
      { lineIds: lines.map((l) => l.id), remaining: estimates },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: `Approved ${lines.length === 1 ? 'one line' : `${lines.length} lines`}: ${formatHours(hours)} posted to the plan`,
          });
          onDone();
        },
        onError: (e) => {
          // `remaining.2.…` names the third estimate sent: show it under its task.
          const issues = isApiError(e) && Array.isArray(e.details.issues) ? (e.details.issues as Issue[]) : [];
          const onTask: Record<string, string> = {};
          for (const { path, message } of issues) {
            const m = /^remaining\.(\d+)/.exec(path);
            const task = m ? estimates[Number(m[1])]?.taskId : undefined;
            if (task) onTask[task] = message;
          }
          if (Object.keys(onTask).length > 0) setErrors(onTask);
          else notifications.show({ color: 'red', message: errorMessage(e) });
        },
      },
    );
  }

  return (
    <Modal opened onClose={onClose} title="Approve hours">
      <Stack>
        <Text size="sm">
          {lines.length === 1 ? 'One line' : `${lines.length} lines`}, {formatHours(hours)} in all. Their hours become
          actual work on the plan and actual cost at each person's rates.
        </Text>
        {tasks.map((t) => {
          const estimate = assignments.data ? defaultRemaining(assignments.data.items, t.taskId, t.minutes) : null;
          return (
            <TextInput
              key={t.taskId}
              label={`Remaining work on ${t.taskName} (hours)`}
              description={
                estimate === null
                  ? `${formatHours(t.minutes)} approved now. Leave empty to keep planned less done.`
                  : `${formatHours(t.minutes)} approved now. Leave empty for planned less done: ${formatHours(estimate)}.`
              }
              placeholder={estimate === null ? undefined : formatHours(estimate)}
              value={remaining[t.taskId] ?? ''}
              onChange={(e) => setRemaining({ ...remaining, [t.taskId]: e.currentTarget.value })}
              error={errors[t.taskId]}
              inputMode="decimal"
            />
          );
        })}
        {assignments.isError && (
          <Alert color="gray" variant="light">
            The plan's remaining work could not be read; approving still estimates it as planned less done.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="teal" loading={approve.isPending} onClick={send}>
            Approve
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
