import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ReturnTimesheetBody } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useReturnLines } from '../api/timesheets.js';
import { apiFieldErrors, zodFieldErrors } from '../lib/field-errors.js';
import type { ProjectLine } from './approval-groups.js';
import { formatHours } from './hours.js';

/** Returning the chosen lines to their people, with the comment they read (required). */
export function ReturnTimesheetModal({
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
  const back = useReturnLines(projectId);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const people = [...new Set(lines.map((l) => l.person.name))].join(', ');

  function send() {
    const body = { lineIds: lines.map((l) => l.id), comment };
    const parsed = ReturnTimesheetBody.safeParse(body);
    if (!parsed.success) {
      setError(zodFieldErrors(parsed.error).comment);
      return;
    }
    back.mutate(parsed.data, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: `Returned to ${people}` });
        onDone();
      },
      onError: (e) => {
        const field = apiFieldErrors(e).comment;
        if (field) setError(field);
        else notifications.show({ color: 'red', message: errorMessage(e) });
      },
    });
  }

  return (
    <Modal opened onClose={onClose} title="Return hours">
      <Stack>
        <Text size="sm">
          {lines.length === 1 ? 'One line' : `${lines.length} lines`} (
          {formatHours(lines.reduce((a, l) => a + l.totalMinutes, 0))}) go back to {people}, who can correct them and
          submit again.
        </Text>
        <Textarea
          label="Comment"
          description="Say what to correct: they read it beside the line."
          autosize
          minRows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" loading={back.isPending} onClick={send}>
            Return
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
