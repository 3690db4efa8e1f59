import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import type { Project } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useProject, useUpdateProject } from '../api/projects.js';
import { CHARTER_FIELD_RENAMES, draftFromProject, updateBodyFromDraft } from '../lib/charter-draft.js';
import { apiFieldErrors, hasFieldIssues } from '../lib/field-errors.js';
import { CharterFields } from './CharterFields.js';
import { useCharterForm } from './use-charter-form.js';

/** The charter as a form. Saves only changed fields, based on the version that was loaded. */
export function CharterEditor({ project, onDone }: { project: Project; onDone: () => void }) {
  const update = useUpdateProject(project.id);
  const reload = useProject(project.id);
  const form = useCharterForm(
    () => draftFromProject(project),
    (d) => updateBodyFromDraft(d, project).errors ?? {},
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit()) return;
    const { body } = updateBodyFromDraft(form.draft, project);
    if (!body) return;
    if (Object.keys(body).length === 1) return onDone(); // only `version`: nothing changed
    update.mutate(body, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: `${saved.code} saved` });
        onDone();
      },
      onError: (e) => form.setServerErrors(apiFieldErrors(e, CHARTER_FIELD_RENAMES)),
    });
  };

  const loadLatest = async () => {
    const { data } = await reload.refetch();
    if (data) form.reset(draftFromProject(data));
    update.reset();
  };

  const conflict = isApiError(update.error, 'version_conflict');
  const otherError = update.error && !conflict && !hasFieldIssues(update.error);

  return (
    <form onSubmit={submit} noValidate aria-label="Edit charter">
      <Stack>
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle />}
            title="Someone else changed this project"
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              Your changes were not saved, so that theirs are not lost. Reload to see the latest version, then make your
              changes again.
              <Button size="xs" color="orange" onClick={loadLatest} loading={reload.isFetching}>
                Reload latest version
              </Button>
            </Stack>
          </Alert>
        )}
        {otherError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <CharterFields
          draft={form.draft}
          errors={form.errors}
          onChange={form.change}
          onTouch={form.touch}
          variant="full"
          managerName={project.managerName}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
