import { Alert, Button, Group, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { CreateScenarioBody, RenameScenarioBody, type Scenario } from '../../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../../api/client.js';
import { useCreateScenario, useDiscardScenario, useRenameScenario, useScenarios } from '../../api/scenarios.js';
import { formatDateTime } from '../../lib/dates.js';

/** The message for the name field: the contract's own check first, then the server's (a name in use is a 409). */
function nameProblem(error: unknown): string | null {
  if (isApiError(error, 'conflict')) return 'You already have a scenario with this name';
  if (isApiError(error, 'validation_failed')) {
    const issues = error.details.issues as { message?: string }[] | undefined;
    return issues?.[0]?.message ? `Name ${issues[0].message}` : error.message;
  }
  return null;
}

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? 'is not valid');
}

/**
 * The user's scenarios of this plan: create one (and open it), open, rename or discard one. Only
 * shown to people who may edit the plan: the server refuses anyone else.
 */
export function ScenariosModal(props: {
  projectId: string;
  opened: boolean;
  currentId: string | null;
  onClose(): void;
  onOpen(id: string): void;
  /** The open scenario was discarded here. */
  onDiscarded(id: string): void;
}) {
  const list = useScenarios(props.projectId, props.opened);
  const create = useCreateScenario(props.projectId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = firstIssue(CreateScenarioBody.safeParse({ name }));
    if (problem) {
      setNameError(`Name ${problem}`);
      return;
    }
    setNameError(null);
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (s) => {
          setName('');
          props.onOpen(s.id);
        },
        onError: (error) => setNameError(nameProblem(error)),
      },
    );
  };

  const items = list.data?.items ?? [];
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="What-if scenarios" size="lg" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          A scenario is your private copy of this plan to try changes on. Only you see it; the live plan changes only
          when you apply it.
        </Text>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label="New scenario name"
              placeholder="Build slips a week"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameError}
              style={{ flex: 1 }}
              data-autofocus
            />
            <Button type="submit" mt={25} loading={create.isPending}>
              Create and open
            </Button>
          </Group>
        </form>
        {create.isError && !nameProblem(create.error) && (
          <Alert color="red" title="The scenario was not created">
            {errorMessage(create.error)}
          </Alert>
        )}
        {list.isPending ? (
          <Loader size="sm" aria-label="Loading your scenarios" />
        ) : list.isError ? (
          <Alert color="red" title="Could not load your scenarios">
            {errorMessage(list.error)}
          </Alert>
        ) : items.length === 0 ? (
          <Text size="sm">You have no scenarios of this plan yet.</Text>
        ) : (
          <Table aria-label="Your scenarios" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Scenario</Table.Th>
                <Table.Th>Edits</Table.Th>
                <Table.Th>Changed</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <ScenarioRow
                  key={s.id}
                  projectId={props.projectId}
                  scenario={s}
                  current={s.id === props.currentId}
                  onOpen={props.onOpen}
                  onDiscarded={props.onDiscarded}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}

function ScenarioRow(props: {
  projectId: string;
  scenario: Scenario;
  current: boolean;
  onOpen(id: string): void;
  onDiscarded(id: string): void;
}) {
  const s = props.scenario;
  const rename = useRenameScenario(props.projectId);
  const discard = useDiscardScenario(props.projectId);
  const [mode, setMode] = useState<'view' | 'rename' | 'discard'>('view');
  const [name, setName] = useState(s.name);
  const [error, setError] = useState<string | null>(null);

  const saveName = (e: FormEvent) => {
    e.preventDefault();
    const problem = firstIssue(RenameScenarioBody.safeParse({ name }));
    if (problem) return setError(`Name ${problem}`);
    rename.mutate(
      { id: s.id, name: name.trim(), version: s.version },
      { onSuccess: () => setMode('view'), onError: (err) => setError(nameProblem(err) ?? errorMessage(err)) },
    );
  };

  if (mode === 'rename') {
    return (
      <Table.Tr>
        <Table.Td colSpan={4}>
          <form onSubmit={saveName} noValidate>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`New name of ${s.name}`}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={error}
                style={{ flex: 1 }}
                autoFocus
              />
              <Button type="submit" size="sm" loading={rename.isPending}>
                Save
              </Button>
              <Button size="sm" variant="default" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </Group>
          </form>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr data-scenario={s.name}>
      <Table.Td>
        <Text size="sm" fw={props.current ? 700 : undefined}>
          {s.name}
          {props.current && ' (open)'}
        </Text>
      </Table.Td>
      <Table.Td>{s.opCount}</Table.Td>
      <Table.Td>
        <Text size="xs">{formatDateTime(s.updatedAt)}</Text>
      </Table.Td>
      <Table.Td>
        {mode === 'discard' ? (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Text size="xs">Discard “{s.name}”?</Text>
            <Button
              size="compact-xs"
              color="red"
              loading={discard.isPending}
              onClick={() => discard.mutate(s.id, { onSuccess: () => props.onDiscarded(s.id) })}
            >
              Discard
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setMode('view')}>
              Keep
            </Button>
          </Group>
        ) : (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button size="compact-xs" onClick={() => props.onOpen(s.id)} disabled={props.current}>
              Open
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => setMode('rename')}
              aria-label={`Rename ${s.name}`}
            >
              Rename
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setMode('discard')}
              aria-label={`Discard ${s.name}`}
            >
              Discard
            </Button>
          </Group>
        )}
        {discard.isError && (
          <Text size="xs" c="red">
            {errorMessage(discard.error)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
