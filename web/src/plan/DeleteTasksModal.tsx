import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { PlanTask } from '../../../src/contracts/index.js';

/** Asks before deleting summary tasks, which take their subtasks and links with them. */
export const DeleteTasksModal = memo(function DeleteTasksModal({
  opened,
  tasks,
  subtaskCount,
  onConfirm,
  onClose,
}: {
  /** Kept mounted while closed so the modal can hand focus back to the grid when it closes. */
  opened: boolean;
  tasks: readonly PlanTask[];
  subtaskCount: number;
  onConfirm(): void;
  onClose(): void;
}) {
  const names = tasks.slice(0, 3).map((t) => `“${t.name}”`);
  const more = tasks.length > 3 ? ` and ${tasks.length - 3} more` : '';
  return (
    <Modal opened={opened} onClose={onClose} title="Delete tasks with subtasks?" centered>
      <Stack>
        <Text size="sm">
          Deleting {names.join(', ')}
          {more} also deletes {subtaskCount} subtask{subtaskCount === 1 ? '' : 's'} and every link to them. Undo
          (Ctrl+Z) brings them back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
});
