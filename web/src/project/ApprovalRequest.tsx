import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { Project } from '../../../src/contracts/index.js';
import { isApiError } from '../api/client.js';
import { useDeclineApproval, useProject, useRequestApproval } from '../api/projects.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { ProjectWriteError } from './ProjectWriteError.js';

type Mode = 'request' | 'decline' | 'withdraw';

const COPY: Record<Mode, { title: string; action: string; field: string; intro: string; done: string }> = {
  request: {
    title: 'Request approval',
    action: 'Request approval',
    field: 'Note for the PMO',
    intro: 'The PMO will see this proposal marked "Approval requested" and decide whether it goes ahead.',
    done: 'Approval requested',
  },
  decline: {
    title: 'Decline the request',
    action: 'Decline request',
    field: 'Reason',
    intro: 'The project stays proposed; its manager can rework it and request approval again.',
    done: 'Request declined',
  },
  withdraw: {
    title: 'Withdraw the request',
    action: 'Withdraw request',
    field: 'Reason',
    intro: 'The PMO will no longer see this proposal as waiting for their decision.',
    done: 'Request withdrawn',
  },
};

/** The open approval request (who asked, when, their note) and the buttons to answer it. */
export function ApprovalRequestNotice({ project }: { project: Project }) {
  const [mode, setMode] = useState<Mode | null>(null);
  const request = project.approvalRequest;
  return (
    <>
      {request && (
        <Alert color="grape" variant="light" icon={<IconSend />} mb="md" title="Approval requested">
          <Stack gap={6}>
            <Text size="sm">
              {request.requestedByName ?? 'Someone'} asked the PMO to approve this project on{' '}
              {formatDateTime(request.requestedAt)}.
            </Text>
            {request.note && (
              <Text size="sm" fs="italic">
                “{request.note}”
              </Text>
            )}
            {can(project, 'project.approval.answer') && (
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setMode(project.relation === 'manager' ? 'withdraw' : 'decline')}
                >
                  {project.relation === 'manager' ? 'Withdraw request' : 'Decline request'}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {mode && <ApprovalModal project={project} mode={mode} onClose={() => setMode(null)} />}
    </>
  );
}

/** The manager's "Request approval" button, shown only when the server says they may. */
export function RequestApprovalButton({ project }: { project: Project }) {
  const [open, setOpen] = useState(false);
  if (!can(project, 'project.approval.request')) return null;
  return (
    <>
      <Button size="sm" leftSection={<IconSend size={16} />} onClick={() => setOpen(true)}>
        Request approval
      </Button>
      {open && <ApprovalModal project={project} mode="request" onClose={() => setOpen(false)} />}
    </>
  );
}

function ApprovalModal({ project, mode, onClose }: { project: Project; mode: Mode; onClose: () => void }) {
  const requestApproval = useRequestApproval(project.id);
  const decline = useDeclineApproval(project.id);
  const reload = useProject(project.id);
  const [text, setText] = useState('');
  const copy = COPY[mode];
  const mutation = mode === 'request' ? requestApproval : decline;
  const callbacks = {
    onSuccess: (p: Project) => {
      notifications.show({ color: 'teal', message: `${copy.done}: ${p.code}` });
      onClose();
    },
    onError: (e: Error) => {
      if (isApiError(e, 'version_conflict')) void reload.refetch();
    },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'request') requestApproval.mutate({ note: text.trim(), version: project.version }, callbacks);
    else decline.mutate({ reason: text.trim(), version: project.version }, callbacks);
  };
  return (
    <Modal opened onClose={onClose} title={`${copy.title}: ${project.code}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{copy.intro}</Text>
          <ProjectWriteError error={mutation.error} />
          <Textarea
            label={copy.field}
            description="Optional: recorded in the audit log"
            autosize
            minRows={3}
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={isApiError(mutation.error, 'version_conflict')}
            >
              {copy.action}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
