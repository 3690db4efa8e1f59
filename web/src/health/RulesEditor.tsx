import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { HealthRulesView } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useSaveHealthRules } from '../api/health.js';
import { can } from '../lib/can.js';
import { type RuleDraft, RuleRow } from './RuleRow.js';
import { type RuleErrors, ruleErrors } from './rule-errors.js';

interface Props {
  readonly view: HealthRulesView;
  readonly portfolioId: string | null;
  readonly onReload: () => void;
}

function newRule(view: HealthRulesView, taken: readonly RuleDraft[]): RuleDraft {
  const metric = view.metrics[0];
  let n = taken.length + 1;
  while (taken.some((r) => r.id === `rule-${n}`)) n += 1;
  return {
    id: `rule-${n}`,
    metric: metric?.key ?? '',
    comparison: 'gt',
    amber: null,
    red: null,
    dimension: metric?.dimension ?? 'schedule',
    message: 'Value {value} passed the threshold {threshold}.',
    enabled: true,
  };
}

/**
 * The table of one rule set (the organisation's, or a portfolio's own): edit, add, remove, save
 * with the version read. Mounted with a key per set and version, so a reload starts it afresh.
 */
export function RulesEditor({ view, portfolioId, onReload }: Props) {
  const set = portfolioId ? view.portfolio : view.organisation;
  const readOnly = !can(view, 'health.rules.manage');
  const [rules, setRules] = useState<RuleDraft[]>(() => [...(set?.rules ?? [])]);
  const [errors, setErrors] = useState<RuleErrors>({});
  const save = useSaveHealthRules();
  const stale = isApiError(save.error, 'version_conflict');
  const dirty = JSON.stringify(rules) !== JSON.stringify(set?.rules ?? []);

  const change = (i: number, patch: Partial<RuleDraft>) =>
    setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () =>
    save.mutate(
      { portfolioId, rules, version: set?.version ?? 0 },
      {
        onSuccess: () => {
          setErrors({});
          notifications.show({ color: 'teal', title: 'Rules saved', message: 'Every project is being re-evaluated.' });
        },
        onError: (e) => setErrors(ruleErrors(e)),
      },
    );

  return (
    <Stack gap="sm">
      {stale && (
        <Alert color="orange" variant="light" role="alert" title="Someone else changed these rules">
          <Group justify="space-between">
            <Text size="sm">Reload to see their version; your changes here will be lost.</Text>
            <Button size="xs" variant="white" onClick={onReload}>
              Reload rules
            </Button>
          </Group>
        </Alert>
      )}
      {save.error && !stale && (
        <Alert color="red" variant="light" role="alert" title="The rules were not saved">
          {errors.general ??
            (Object.keys(errors).length ? 'Correct the fields marked below.' : errorMessage(save.error))}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={1200}>
        <Table verticalSpacing="xs" aria-label={portfolioId ? "The portfolio's rules" : "The organisation's rules"}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Id</Table.Th>
              <Table.Th>Metric</Table.Th>
              <Table.Th>Fires when</Table.Th>
              <Table.Th>Amber</Table.Th>
              <Table.Th>Red</Table.Th>
              <Table.Th>Dimension</Table.Th>
              <Table.Th>
                Message ({'{value}'}, {'{threshold}'})
              </Table.Th>
              <Table.Th>On</Table.Th>
              {!readOnly && <Table.Th aria-label="Remove" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r, i) => (
              <RuleRow
                // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place; the position is the row's identity
                key={i}
                index={i}
                rule={r}
                metrics={view.metrics}
                errors={errors}
                readOnly={readOnly}
                onChange={(patch) => change(i, patch)}
                onRemove={() => setRules((rs) => rs.filter((_, j) => j !== i))}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rules.length === 0 && (
        <Text size="sm" c="dimmed">
          {portfolioId
            ? 'This portfolio uses the organisation’s rules as they are. Add a rule with an organisation rule’s id to replace it here, or a new id to add one.'
            : 'No rules: every project is green.'}
        </Text>
      )}
      {!readOnly && (
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setRules((rs) => [...rs, newRule(view, rs)])}
          >
            Add rule
          </Button>
          <Group gap="sm">
            <Button variant="subtle" disabled={!dirty} onClick={() => setRules([...(set?.rules ?? [])])}>
              Discard changes
            </Button>
            <Button onClick={submit} loading={save.isPending} disabled={!dirty || stale}>
              Save rules
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
