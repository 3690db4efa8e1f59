import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { type CalendarScope, useCalendars, useCreateCalendar, useUpdateCalendar } from '../api/calendars.js';
import { errorMessage, isApiError } from '../api/client.js';
import { CalendarEditor } from './CalendarEditor.js';
import { changedFields, changesWorkingTime, draftFromFields, emptyDraft, fieldsFromDraft } from './calendar-draft.js';
import { apiCalendarErrors, type CalendarErrors, validateDraft } from './calendar-validation.js';

interface Props {
  /** Null: an organisation calendar; a project's id: one of that project's. */
  readonly scope: CalendarScope;
  /** Null creates a new calendar. */
  readonly calendar: CalendarResource | null;
  /** Shows the calendar without controls (for those who may not change it). */
  readonly readOnly?: boolean;
  /** Calendars whose working time a new or edited one may copy. */
  readonly copySources?: readonly CalendarResource[];
  readonly onClose: () => void;
}

/** Creates, edits or shows a calendar in a wide dialog. A change of working time is confirmed first: it reschedules plans. */
export function CalendarFormModal({ scope, calendar, readOnly, copySources = [], onClose }: Props) {
  const phone = useMediaQuery('(max-width: 48em)');
  const list = useCalendars(scope);
  const create = useCreateCalendar(scope);
  const update = useUpdateCalendar(scope);
  // The stored calendar this edit is based on; replaced by a reload after a version conflict.
  const [base, setBase] = useState(calendar);
  const [draft, setDraft] = useState(() => (calendar ? draftFromFields(calendar) : emptyDraft()));
  const [errors, setErrors] = useState<CalendarErrors>({});
  const [confirming, setConfirming] = useState(false);
  // After a first attempt to save, the form re-checks as people type, so fixed fields clear at once.
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = base ? update : create;
  const conflict = isApiError(update.error, 'version_conflict');
  const failure = mutation.error && !conflict && Object.keys(apiCalendarErrors(mutation.error)).length === 0;
  const what = scope === null ? 'organisation calendar' : 'project calendar';

  const onError = (e: unknown) => {
    setConfirming(false);
    setErrors(apiCalendarErrors(e));
  };

  const save = () => {
    if (!base) {
      create.mutate(fieldsFromDraft(draft), {
        onSuccess: (c) => {
          notifications.show({ color: 'teal', message: `Calendar “${c.name}” created` });
          onClose();
        },
        onError,
      });
      return;
    }
    const patch = changedFields(base, draft);
    const retimed = changesWorkingTime(patch);
    update.mutate(
      { id: base.id, version: base.version, ...patch },
      {
        onSuccess: (c) => {
          notifications.show({
            color: 'teal',
            title: `Calendar “${c.name}” saved`,
            message: retimed ? 'Every plan that uses it has been rescheduled.' : undefined,
          });
          onClose();
        },
        onError,
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateDraft(draft);
    setTried(true);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      // Long forms: bring the first field at fault into view rather than leave people searching.
      requestAnimationFrame(() => {
        const form = formRef.current;
        const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
        if (field) field.focus();
        else form?.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center' });
      });
      return;
    }
    if (base) {
      const patch = changedFields(base, draft);
      if (Object.keys(patch).length === 0) return onClose();
      // Only a change of working time moves plans; a new name alone is saved straight away.
      if (changesWorkingTime(patch) && !confirming) return setConfirming(true);
    }
    save();
  };

  const reload = async () => {
    const fresh = (await list.refetch()).data?.items.find((c) => c.id === base?.id);
    update.reset();
    setConfirming(false);
    setTried(false);
    setErrors({});
    if (!fresh) {
      notifications.show({ color: 'orange', message: 'That calendar has been deleted meanwhile.' });
      onClose();
      return;
    }
    setBase(fresh);
    setDraft(draftFromFields(fresh));
  };

  const title = readOnly ? (calendar?.name ?? 'Calendar') : base ? `Edit “${base.name}”` : `New ${what}`;
  const problemCount = Object.keys(errors).length;

  return (
    <Modal opened onClose={onClose} title={title} size="76rem" fullScreen={Boolean(phone)} centered={!phone}>
      <form ref={formRef} onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="lg">
          <CalendarEditor
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              setConfirming(false);
              if (tried) setErrors(validateDraft(next));
            }}
            errors={errors}
            readOnly={readOnly}
            copySources={copySources.filter((c) => c.id !== base?.id)}
          />
          {/* The actions stay in view at the foot of the dialog, however long the exception list. */}
          <Box
            pos="sticky"
            bottom={0}
            bg="var(--mantine-color-body)"
            px="md"
            py="sm"
            mx="calc(-1 * var(--mantine-spacing-md))"
            mb="calc(-1 * var(--mantine-spacing-md))"
            style={{ zIndex: 3, borderTop: '1px solid var(--mantine-color-default-border)' }}
          >
            {conflict && (
              <Alert
                mb="sm"
                color="orange"
                variant="light"
                role="alert"
                icon={<IconAlertTriangle />}
                title="Changed by someone else"
              >
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">
                    Someone else saved this calendar after you opened it, so your changes were not saved. Reload to see
                    their version; your edits in this dialog will be replaced.
                  </Text>
                  <Button
                    size="xs"
                    variant="white"
                    color="orange"
                    leftSection={<IconRefresh size={14} />}
                    onClick={reload}
                  >
                    Reload calendar
                  </Button>
                </Stack>
              </Alert>
            )}
            {failure && (
              <Alert mb="sm" color="red" variant="light" role="alert">
                {errorMessage(mutation.error)}
              </Alert>
            )}
            {confirming && base ? (
              <Alert
                color="yellow"
                variant="light"
                icon={<IconAlertTriangle />}
                title="Reschedule the plans that use it?"
              >
                <Stack gap="sm">
                  <Text size="sm">
                    Saving changes the working time of “{base.name}”. Every plan that uses this calendar, as its default
                    or on a task, is rescheduled at once, and task dates may move.
                  </Text>
                  <Group justify="flex-end" gap="sm">
                    <Button variant="default" onClick={() => setConfirming(false)}>
                      Back to editing
                    </Button>
                    <Button type="submit" color="orange" loading={update.isPending}>
                      Save and reschedule
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="red" role={problemCount > 0 ? 'alert' : undefined}>
                  {problemCount > 0
                    ? `Please correct the ${problemCount === 1 ? 'field' : `${problemCount} fields`} marked in red.`
                    : ''}
                </Text>
                <Group gap="sm">
                  <Button variant="default" onClick={onClose}>
                    {readOnly ? 'Close' : 'Cancel'}
                  </Button>
                  {!readOnly && (
                    <Button type="submit" loading={mutation.isPending} disabled={conflict}>
                      {base ? 'Save' : 'Create calendar'}
                    </Button>
                  )}
                </Group>
              </Group>
            )}
          </Box>
        </Stack>
      </form>
    </Modal>
  );
}
