import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Project } from '../../../src/contracts/index.js';
import type { ProjectState } from '../../../src/core/lifecycle.js';
import { REASON_REQUIRED_TARGETS } from '../../../src/core/lifecycle.js';
import { isApiError } from '../api/client.js';
import { useProject, useTransitionProject } from '../api/projects.js';
import { stateLabel, transitionLabel } from '../lib/states.js';
import { ProjectWriteError } from './ProjectWriteError.js';

const FINAL: readonly ProjectState[] = ['closed', 'cancelled'];

/** Confirms a lifecycle move and records why; stopping or pausing a project needs a reason. */
export function TransitionModal({ project, to, onClose }: { project: Project; to: ProjectState; onClose: () => void }) {
  const transition = useTransitionProject(project.id);
  const reload = useProject(project.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const needsReason = REASON_REQUIRED_TARGETS.includes(to);
  const label = transitionLabel(project.state, to);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) return setReasonError('Give a reason, so others know why');
    transition.mutate(
      { to, reason: reason.trim(), version: project.version },
      {
        onSuccess: (p) => {
          notifications.show({ color: 'teal', message: `${p.code} is now ${stateLabel(p.state)}` });
          onClose();
        },
        onError: (e) => {
          if (isApiError(e, 'version_conflict')) void reload.refetch();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`${label}: ${project.code}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Move <b>{project.name}</b> from {stateLabel(project.state)} to <b>{stateLabel(to)}</b>.
            {FINAL.includes(to) && ' This is final: the project cannot be reopened.'}
          </Text>
          <ProjectWriteError error={transition.error} />
          <Textarea
            label="Reason"
            description={needsReason ? 'Required: recorded in the audit log' : 'Optional: recorded in the audit log'}
            required={needsReason}
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            maxLength={1000}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button
              type="submit"
              color={to === 'cancelled' ? 'red' : to === 'on_hold' ? 'orange' : undefined}
              loading={transition.isPending}
              disabled={isApiError(transition.error, 'version_conflict')}
            >
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
