import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Project } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useDeleteProject } from '../api/projects.js';

/** Deletes the project after an explicit confirmation, then returns to the overview. */
export function DeleteProjectButton({ project }: { project: Project }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteProject(project.id);
  const navigate = useNavigate();

  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Delete project?" centered>
        <Stack>
          <Text size="sm">
            <b>
              {project.code} · {project.name}
            </b>{' '}
            and its membership will be deleted for everyone. The audit log keeps a record. This cannot be undone.
          </Text>
          {remove.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              Keep project
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: `${project.code} deleted` });
                    navigate('/', { replace: true });
                  },
                })
              }
            >
              Delete project
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
