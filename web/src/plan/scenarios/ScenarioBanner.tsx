import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconArrowBack, IconChartBar, IconCheck, IconGitBranch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ScenarioConflict } from '../../../../src/contracts/index.js';
import { type ApiError, errorMessage, isApiError } from '../../api/client.js';
import { useApplyScenario, useDiscardScenario, useScenario } from '../../api/scenarios.js';
import { fieldName } from './impact-format.js';
import type { ScenarioExit } from './use-scenario-mode.js';

/** The conflicts a refused apply names (409 `conflict` with `details.conflicts`), or null for any other error. */
export function applyConflicts(error: unknown): readonly ScenarioConflict[] | null {
  if (!isApiError(error, 'conflict')) return null;
  const list = (error as ApiError).details.conflicts;
  return Array.isArray(list) && list.length > 0 ? (list as ScenarioConflict[]) : null;
}

/**
 * Says which scenario the plan view shows and offers what can be done with it: back to the live
 * plan, its impact, apply (confirmed; conflicts listed with what to do) and discard (confirmed).
 */
export function ScenarioBanner(props: {
  projectId: string;
  scenarioId: string;
  impactOpen: boolean;
  onToggleImpact(): void;
  /** Back to the live plan; `applied` when the scenario is now part of it. */
  onLeave(exit: ScenarioExit): void;
}) {
  const scenario = useScenario(props.projectId, props.scenarioId);
  const apply = useApplyScenario(props.projectId);
  const discard = useDiscardScenario(props.projectId);
  const [confirm, setConfirm] = useState<'apply' | 'discard' | null>(null);
  const s = scenario.data;
  const gone = isApiError(scenario.error, 'not_found');

  const close = () => {
    setConfirm(null);
    apply.reset();
    discard.reset();
  };
  const doApply = () => {
    if (!s) return;
    apply.mutate({ id: s.id, version: s.version }, { onSuccess: () => props.onLeave('applied') });
  };
  const doDiscard = () => {
    if (!s) return;
    discard.mutate(s.id, { onSuccess: () => props.onLeave('discarded') });
  };
  const conflicts = applyConflicts(apply.error);
  const edits = s ? `${s.opCount} ${s.opCount === 1 ? 'edit' : 'edits'}` : '';

  return (
    <>
      <Alert
        color="violet"
        variant="light"
        icon={<IconGitBranch size={18} />}
        p="xs"
        data-testid="scenario-banner"
        aria-label="Scenario"
        role="region"
      >
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm">
            {s ? (
              <>
                You are in scenario <b>“{s.name}”</b>{' '}
                <Text span size="xs" c="dimmed">
                  (based on plan version {s.baseVersion}, {edits}; the live plan is unchanged until you apply it)
                </Text>
              </>
            ) : gone ? (
              'This scenario no longer exists (it was applied or discarded).'
            ) : scenario.isError ? (
              `Could not open the scenario: ${errorMessage(scenario.error)}`
            ) : (
              'Opening the scenario…'
            )}
          </Text>
          <Group gap={6} wrap="wrap">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBack size={14} />}
              onClick={() => props.onLeave('back')}
            >
              Back to live plan
            </Button>
            {s && (
              <>
                <Button
                  size="xs"
                  variant={props.impactOpen ? 'filled' : 'light'}
                  color="violet"
                  leftSection={<IconChartBar size={14} />}
                  aria-pressed={props.impactOpen}
                  onClick={props.onToggleImpact}
                >
                  Impact
                </Button>
                <Button
                  size="xs"
                  color="violet"
                  leftSection={<IconCheck size={14} />}
                  disabled={s.opCount === 0}
                  title={s.opCount === 0 ? 'Edit the plan in this scenario first' : undefined}
                  onClick={() => setConfirm('apply')}
                >
                  Apply…
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => setConfirm('discard')}
                >
                  Discard…
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Alert>
      <Modal opened={confirm === 'apply' && !!s} onClose={close} title="Apply this scenario to the live plan?" centered>
        <Stack>
          {conflicts ? (
            <Alert color="orange" title="The live plan changed under this scenario" data-testid="apply-conflicts">
              <Text size="sm">Since you made these edits, someone changed the same things in the live plan:</Text>
              <List size="sm" my="xs">
                {conflicts.map((c) => (
                  <List.Item key={`${c.kind}:${c.id}`}>
                    <b>{c.name}</b> ({c.changed.map(fieldName).join(', ')})
                  </List.Item>
                ))}
              </List>
              <Text size="sm">
                Nothing was changed. Undo your edits of {conflicts.length === 1 ? 'that task' : 'those tasks'} in the
                scenario and apply again, or discard the scenario and start again from the live plan.
              </Text>
            </Alert>
          ) : apply.isError ? (
            <Alert color="red" title="The scenario was not applied">
              {errorMessage(apply.error)}
            </Alert>
          ) : (
            <Text size="sm">
              Its {edits} become one edit of the live plan, which everyone sees at once; you can undo it like any other
              edit. The scenario is then closed.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {conflicts || apply.isError ? 'Close' : 'Cancel'}
            </Button>
            {!conflicts && (
              <Button color="violet" loading={apply.isPending} onClick={doApply}>
                Apply to live plan
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
      <Modal opened={confirm === 'discard' && !!s} onClose={close} title="Discard this scenario?" centered>
        <Stack>
          <Text size="sm">
            “{s?.name}” and its {edits} are deleted. The live plan is not changed.
          </Text>
          {discard.isError && (
            <Alert color="red" title="The scenario was not discarded">
              {errorMessage(discard.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={discard.isPending} onClick={doDiscard}>
              Discard scenario
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
