import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { type CalendarScope, useDeleteCalendar } from '../api/calendars.js';
import { errorMessage, isApiError } from '../api/client.js';

/** Deletes a calendar after confirmation; when plans still use it, shows the server's list of them. */
export function DeleteCalendarModal({
  scope,
  calendar,
  onClose,
}: {
  scope: CalendarScope;
  calendar: CalendarResource;
  onClose: () => void;
}) {
  const remove = useDeleteCalendar(scope);
  const inUse = isApiError(remove.error, 'conflict');

  return (
    <Modal opened onClose={onClose} title="Delete calendar?" centered>
      <Stack>
        <Text size="sm">
          <b>{calendar.name}</b> will be deleted. Gantry refuses if a plan still uses it, as its default calendar or on
          a task. The audit log keeps a record.
        </Text>
        {remove.error && (
          <Alert
            color={inUse ? 'orange' : 'red'}
            variant="light"
            role="alert"
            icon={<IconAlertTriangle />}
            title={inUse ? 'Still in use' : undefined}
          >
            {errorMessage(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {inUse ? 'Close' : 'Keep calendar'}
          </Button>
          {!inUse && (
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(calendar.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: `Calendar “${calendar.name}” deleted` });
                    onClose();
                  },
                })
              }
            >
              Delete calendar
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
