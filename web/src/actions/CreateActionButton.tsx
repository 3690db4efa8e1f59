import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { FindingInput } from '../../../src/contracts/index.js';
import { findingLabel } from '../../../src/core/actions/corrective-action.js';
import { useCreateAction } from '../api/actions.js';
import { errorMessage } from '../api/client.js';
import { useMembers } from '../api/projects.js';
import { apiFieldErrors, hasFieldIssues } from '../lib/field-errors.js';

/** In two weeks, YYYY-MM-DD: a sensible first due date. */
function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "Create corrective action": a button and its form, with the finding prefilled by the caller
 * (a health reason, a failed DCMA check) or raised by hand. Render it only where the caller may
 * manage the project's actions (`corrective_action.manage` in the project's allowedActions).
 */
export function CreateActionButton({
  projectId,
  finding = { kind: 'manual' },
  title: suggested = '',
  label = 'Create corrective action',
  size = 'sm',
  variant = 'filled',
}: {
  projectId: string;
  finding?: FindingInput;
  title?: string;
  label?: string;
  size?: 'xs' | 'sm';
  /** `light` where the button sits among content (beside a reason), so it does not outshout it. */
  variant?: 'filled' | 'light';
}) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size={size} variant={variant} leftSection={<IconPlus size={14} />} onClick={open}>
        {label}
      </Button>
      {opened && <CreateActionModal projectId={projectId} finding={finding} suggested={suggested} onClose={close} />}
    </>
  );
}

function CreateActionModal({
  projectId,
  finding,
  suggested,
  onClose,
}: {
  projectId: string;
  finding: FindingInput;
  suggested: string;
  onClose: () => void;
}) {
  const members = useMembers(projectId);
  const create = useCreateAction(projectId);
  const [title, setTitle] = useState(suggested);
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState(inTwoWeeks());
  const errors = apiFieldErrors(create.error);
  const owners = (members.data ?? []).map((m) => ({
    value: m.userId,
    label: `${m.name} (${m.relation.replace('_', ' ')})`,
  }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ title, description, ownerId: ownerId ?? '', dueDate, finding }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title="Create corrective action" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Addresses: {findingLabel(finding.kind === 'variance' ? { ...finding, note: finding.note ?? '' } : finding)}
          </Text>
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            data-autofocus
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          <Group grow align="flex-start">
            <Select
              label="Owner"
              required
              placeholder={members.isPending ? 'Loading people…' : 'Choose who acts'}
              data={owners}
              value={ownerId}
              onChange={setOwnerId}
              error={errors.ownerId}
              searchable
            />
            <TextInput
              label="Due"
              type="date"
              required
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={errors.dueDate}
            />
          </Group>
          {create.isError && !hasFieldIssues(create.error) && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
