import { Table, Text } from '@mantine/core';
import { healthMetrics } from '../../../src/core/health/metric-registry.js';
import { formatMetric } from './health-format.js';

/** Every registered metric with its value for this project (a dash where it does not apply). */
export function MetricsTable({ metrics }: { metrics: Readonly<Record<string, number | null>> }) {
  const registered = healthMetrics();
  const known = new Set(registered.map((m) => m.key));
  // Metrics a newer server measures that this build does not know yet still show, unformatted.
  const extra = Object.keys(metrics).filter((k) => !known.has(k));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label="Metrics" tabularNums striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Metric</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Value</Table.Th>
            <Table.Th>What it measures</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {registered.map((m) => (
            <Table.Tr key={m.key} data-testid={`metric-${m.key}`}>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }} className="gantry-nowrap">
                {formatMetric(metrics[m.key], m.unit)}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {m.description}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          {extra.map((k) => (
            <Table.Tr key={k}>
              <Table.Td>{k}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatMetric(metrics[k], undefined)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
