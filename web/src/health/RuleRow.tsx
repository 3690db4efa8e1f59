import { ActionIcon, NumberInput, Select, Switch, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { HealthRulesView } from '../../../src/contracts/index.js';
import { COMPARISONS, type Comparison, DIMENSIONS, type Dimension } from '../../../src/core/health/model.js';
import { DIMENSION_LABELS } from './health-format.js';
import type { RuleErrors } from './rule-errors.js';

/** A rule as the editor holds it. */
export type RuleDraft = HealthRulesView['effective'][number];
type Metric = HealthRulesView['metrics'][number];

/** How a comparison reads in a rule: "fires when the value is above the threshold". */
export const COMPARISON_LABELS: Readonly<Record<Comparison, string>> = {
  gt: '> above',
  gte: '≥ at or above',
  lt: '< below',
  lte: '≤ at or below',
};

const UNIT_WORDS = { days: 'working days', percent: '%', count: 'count', ratio: 'ratio' } as const;

interface Props {
  readonly index: number;
  readonly rule: RuleDraft;
  readonly metrics: readonly Metric[];
  readonly errors: RuleErrors;
  readonly readOnly: boolean;
  readonly onChange: (patch: Partial<RuleDraft>) => void;
  readonly onRemove: () => void;
}

/** One editable rule: each cell is a control labelled by its column and row, errors under it. */
export function RuleRow({ index, rule, metrics, errors, readOnly, onChange, onRemove }: Props) {
  const metric = metrics.find((m) => m.key === rule.metric);
  const err = (field: string) => errors[`${index}.${field}`];
  const label = (what: string) => `${what} of rule ${index + 1}`;
  const threshold = (value: number | string) => (value === '' ? null : Number(value));
  return (
    <Table.Tr data-testid={`rule-${rule.id || index}`}>
      <Table.Td miw={150}>
        <TextInput
          aria-label={label('Id')}
          value={rule.id}
          readOnly={readOnly}
          onChange={(e) => onChange({ id: e.currentTarget.value })}
          error={err('id')}
          size="xs"
        />
      </Table.Td>
      <Table.Td miw={220}>
        <Select
          aria-label={label('Metric')}
          data={metrics.map((m) => ({ value: m.key, label: m.name }))}
          value={rule.metric}
          readOnly={readOnly}
          onChange={(v) => {
            const m = metrics.find((x) => x.key === v);
            // A new metric usually feeds its own dimension: follow it unless the PMO changes it after.
            if (v) onChange({ metric: v, ...(m ? { dimension: m.dimension } : {}) });
          }}
          inputWrapperOrder={['input', 'description', 'error']}
          description={
            metric && (
              <Text span size="xs" lineClamp={1} title={metric.description}>
                {UNIT_WORDS[metric.unit]} · {metric.description}
              </Text>
            )
          }
          error={err('metric')}
          size="xs"
          searchable
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td miw={130}>
        <Select
          aria-label={label('Comparison')}
          data={COMPARISONS.map((c) => ({ value: c, label: COMPARISON_LABELS[c] }))}
          value={rule.comparison}
          readOnly={readOnly}
          onChange={(v) => v && onChange({ comparison: v as Comparison })}
          error={err('comparison')}
          size="xs"
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td miw={90}>
        <NumberInput
          aria-label={label('Amber threshold')}
          value={rule.amber ?? ''}
          readOnly={readOnly}
          onChange={(v) => onChange({ amber: threshold(v) })}
          error={err('amber')}
          size="xs"
          decimalScale={2}
        />
      </Table.Td>
      <Table.Td miw={90}>
        <NumberInput
          aria-label={label('Red threshold')}
          value={rule.red ?? ''}
          readOnly={readOnly}
          onChange={(v) => onChange({ red: threshold(v) })}
          error={err('red')}
          size="xs"
          decimalScale={2}
        />
      </Table.Td>
      <Table.Td miw={120}>
        <Select
          aria-label={label('Dimension')}
          data={DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))}
          value={rule.dimension}
          readOnly={readOnly}
          onChange={(v) => v && onChange({ dimension: v as Dimension })}
          error={err('dimension')}
          size="xs"
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td miw={260}>
        <TextInput
          aria-label={label('Message')}
          value={rule.message}
          readOnly={readOnly}
          onChange={(e) => onChange({ message: e.currentTarget.value })}
          error={err('message')}
          size="xs"
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={label('Enabled')}
          checked={rule.enabled}
          disabled={readOnly}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
      </Table.Td>
      {!readOnly && (
        <Table.Td>
          <Tooltip label="Remove this rule">
            <ActionIcon variant="subtle" color="red" aria-label={`Remove rule ${index + 1}`} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
