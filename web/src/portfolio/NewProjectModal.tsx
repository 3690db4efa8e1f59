import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/client.js';
import { useCreateProject } from '../api/projects.js';
import { CHARTER_FIELD_RENAMES, createBodyFromDraft, emptyDraft } from '../lib/charter-draft.js';
import { apiFieldErrors, hasFieldIssues } from '../lib/field-errors.js';
import { CharterFields } from '../project/CharterFields.js';
import { useCharterForm } from '../project/use-charter-form.js';

/** Creates a project from its essentials, then opens it so the charter can be completed there. */
export function NewProjectModal({ onClose, portfolioId }: { onClose: () => void; portfolioId: string | null }) {
  const create = useCreateProject();
  const navigate = useNavigate();
  const form = useCharterForm(
    () => emptyDraft(portfolioId),
    (d) => createBodyFromDraft(d).errors ?? {},
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit()) return;
    const { body } = createBodyFromDraft(form.draft);
    if (!body) return;
    create.mutate(body, {
      onSuccess: (project) => {
        notifications.show({ color: 'teal', title: 'Project created', message: `${project.code} · ${project.name}` });
        onClose();
        navigate(`/projects/${project.id}`);
      },
      onError: (e) => form.setServerErrors(apiFieldErrors(e, CHARTER_FIELD_RENAMES)),
    });
  };

  const generalError = create.error && !hasFieldIssues(create.error) ? errorMessage(create.error) : null;

  return (
    <Modal opened onClose={onClose} title="New project" size="xl" fullScreen={false} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {generalError && (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          )}
          <CharterFields
            draft={form.draft}
            errors={form.errors}
            onChange={form.change}
            onTouch={form.touch}
            variant="create"
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create project
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
