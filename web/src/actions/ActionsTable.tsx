import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CorrectiveAction } from '../../../src/contracts/index.js';
import { useActionStep } from '../api/actions.js';
import { errorMessage } from '../api/client.js';
import { can, refusal } from '../lib/can.js';

const STATUS_COLOURS: Record<CorrectiveAction['status'], string> = {
  open: 'blue',
  in_progress: 'indigo',
  done: 'yellow',
  verified: 'teal',
  cancelled: 'gray',
};

/** A status as a badge. */
export function ActionStatusBadge({ status }: { status: CorrectiveAction['status'] }) {
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {status.replace('_', ' ')}
    </Badge>
  );
}

/** Corrective actions with their finding, re-evaluation and the moves the caller may make on each. */
export function ActionsTable({
  actions,
  showProject = false,
}: {
  actions: readonly CorrectiveAction[];
  showProject?: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Corrective actions">
        <Table.Thead>
          <Table.Tr>
            {showProject && <Table.Th>Project</Table.Th>}
            <Table.Th>Action</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th>Finding</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => (
            <ActionRow key={a.id} a={a} showProject={showProject} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ActionRow({ a, showProject }: { a: CorrectiveAction; showProject: boolean }) {
  const step = useActionStep(a);
  const [verifying, setVerifying] = useState(false);
  const run = (name: 'start' | 'done' | 'cancel') =>
    step.mutate(
      { step: name },
      {
        onSuccess: (after) => {
          if (name === 'done') {
            notifications.show({
              color: after.status === 'verified' ? 'teal' : 'yellow',
              message:
                after.status === 'verified'
                  ? `“${after.title}” is verified: ${after.reevaluation?.sentence ?? 'done'}`
                  : `“${after.title}” is done. ${after.reevaluation?.sentence ?? 'It awaits the PMO’s acceptance.'}`,
            });
          }
        },
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );
  return (
    <Table.Tr data-testid={`action-${a.id}`}>
      {showProject && (
        <Table.Td>
          <Anchor component={Link} to={`/projects/${a.projectId}/actions`} size="sm" ff="monospace">
            {a.projectCode}
          </Anchor>
        </Table.Td>
      )}
      <Table.Td>
        <Text size="sm" fw={500}>
          {a.title}
        </Text>
        {a.description && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {a.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{a.owner.name}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c={a.overdue ? 'red' : undefined} fw={a.overdue ? 600 : undefined}>
          {a.dueDate}
          {a.overdue ? ' · overdue' : ''}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <ActionStatusBadge status={a.status} />
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{a.findingLabel}</Text>
          {a.reevaluation && (
            <Text size="xs" c={a.reevaluation.fires ? 'orange' : 'teal'} data-testid="reevaluation">
              {a.reevaluation.sentence}
            </Text>
          )}
          {a.verification && (
            <Text size="xs" c="dimmed">
              {a.verification.how === 'automatic'
                ? 'Verified automatically'
                : `Accepted by ${a.verification.byName}: ${a.verification.reason}`}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {can(a, 'corrective_action.start') && (
            <Button size="xs" variant="default" loading={step.isPending} onClick={() => run('start')}>
              Start
            </Button>
          )}
          {can(a, 'corrective_action.done') && (
            <Button size="xs" variant="light" loading={step.isPending} onClick={() => run('done')}>
              {a.status === 'done' ? 'Check again' : 'Mark done'}
            </Button>
          )}
          {can(a, 'corrective_action.verify') && (
            <Button size="xs" color="teal" onClick={() => setVerifying(true)}>
              Verify
            </Button>
          )}
          {can(a, 'corrective_action.cancel') && (
            <Button size="xs" variant="subtle" color="red" loading={step.isPending} onClick={() => run('cancel')}>
              Cancel
            </Button>
          )}
          {!can(a, 'corrective_action.verify') && refusal(a, 'corrective_action.verify') && a.status !== 'verified' && (
            <Tooltip label={refusal(a, 'corrective_action.verify')}>
              <Button size="xs" color="teal" disabled>
                Verify
              </Button>
            </Tooltip>
          )}
        </Group>
        {verifying && <VerifyModal a={a} onClose={() => setVerifying(false)} />}
      </Table.Td>
    </Table.Tr>
  );
}

function VerifyModal({ a, onClose }: { a: CorrectiveAction; onClose: () => void }) {
  const step = useActionStep(a);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={`Verify “${a.title}”`}>
      <Stack>
        {a.reevaluation && <Text size="sm">Last re-evaluation: {a.reevaluation.sentence}</Text>}
        <Textarea
          label="Why is it accepted?"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={step.isError ? errorMessage(step.error) : undefined}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="teal"
            loading={step.isPending}
            onClick={() => step.mutate({ step: 'verify', body: { reason } }, { onSuccess: onClose })}
          >
            Accept as verified
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
