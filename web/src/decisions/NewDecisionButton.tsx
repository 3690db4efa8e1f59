import { Alert, Button, Group, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { useCreateDecision } from '../api/decisions.js';
import { useProjects } from '../api/projects.js';
import { apiFieldErrors, hasFieldIssues } from '../lib/field-errors.js';

/** "New decision": a decision recorded by hand, with the options weighed and the projects it concerns. */
export function NewDecisionButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPlus size={14} />} onClick={open}>
        New decision
      </Button>
      {opened && <NewDecisionModal onClose={close} />}
    </>
  );
}

function NewDecisionModal({ onClose }: { onClose: () => void }) {
  const create = useCreateDecision();
  const projects = useProjects({ pageSize: 200, sort: 'code' });
  const [title, setTitle] = useState('');
  const [context, setContext] = useState('');
  const [options, setOptions] = useState('');
  const [decision, setDecision] = useState('');
  const [reasons, setReasons] = useState('');
  const [projectIds, setProjectIds] = useState<string[]>([]);
  const errors = apiFieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const list = options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    create.mutate({ title, context, options: list, decision, reasons, projectIds }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title="Record a decision" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            data-autofocus
          />
          <Textarea
            label="Context"
            autosize
            minRows={2}
            value={context}
            onChange={(e) => setContext(e.currentTarget.value)}
            error={errors.context}
          />
          <Textarea
            label="Options considered"
            description="One per line"
            autosize
            minRows={2}
            value={options}
            onChange={(e) => setOptions(e.currentTarget.value)}
            error={errors.options}
          />
          <Textarea
            label="Decision"
            required
            autosize
            value={decision}
            onChange={(e) => setDecision(e.currentTarget.value)}
            error={errors.decision}
          />
          <Textarea
            label="Reasons"
            autosize
            minRows={2}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            error={errors.reasons}
          />
          <MultiSelect
            label="Projects"
            searchable
            placeholder="The projects it concerns"
            data={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            value={projectIds}
            onChange={setProjectIds}
            error={errors.projectIds}
          />
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
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
