import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProjectHealthView } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import type { DimensionHealth } from '../api/health.js';
import { useRemoveHealthOverride } from '../api/health.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { DIMENSION_LABELS, RAG_LABELS } from './health-format.js';
import { OverrideModal } from './OverrideModal.js';
import { RagBadge } from './RagBadge.js';
import { ReasonList } from './ReasonList.js';

/** Each dimension: what the rules compute beside the PM's override, the reasons, and the PM's controls. */
export function DimensionTable({ health, canAct = false }: { health: ProjectHealthView; canAct?: boolean }) {
  const [editing, setEditing] = useState<DimensionHealth | null>(null);
  const remove = useRemoveHealthOverride(health.projectId);
  const canOverride = can(health, 'health.override');

  const [removing, setRemoving] = useState<DimensionHealth | null>(null);
  const confirmRemove = setRemoving;
  const doRemove = (d: DimensionHealth) =>
    remove.mutate(d.key, {
      onSuccess: () => setRemoving(null),
      onError: (e) => notifications.show({ color: 'red', title: 'Override not removed', message: errorMessage(e) }),
    });

  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" aria-label="Health by dimension">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dimension</Table.Th>
              <Table.Th>Computed</Table.Th>
              <Table.Th>Override</Table.Th>
              <Table.Th>Reasons</Table.Th>
              {canOverride && <Table.Th aria-label="Actions" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {health.dimensions.map((d) => (
              <Table.Tr key={d.key} data-testid={`dimension-${d.key}`}>
                <Table.Td fw={600}>{DIMENSION_LABELS[d.key]}</Table.Td>
                <Table.Td data-testid="computed-rag">
                  {d.measured ? (
                    <RagBadge rag={d.computedRag} />
                  ) : (
                    <Text size="sm" c="dimmed" title="No rule of this dimension applies to the project (yet)">
                      Not measured
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-testid="override">
                  {d.override ? (
                    <Stack gap={2} maw={260}>
                      <RagBadge rag={d.override.rag} variant="outline" />
                      <Text size="xs">“{d.override.justification}”</Text>
                      <Text size="xs" c="dimmed">
                        {d.override.byName}, {formatDateTime(d.override.at)}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ReasonList
                    projectId={health.projectId}
                    reasons={d.reasons}
                    dimension={d.key}
                    canAct={canAct}
                    measured={d.measured}
                  />
                </Table.Td>
                {canOverride && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="xs" variant="light" onClick={() => setEditing(d)}>
                        {d.override ? 'Change override' : 'Override'}
                      </Button>
                      {d.override && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables === d.key}
                          onClick={() => confirmRemove(d)}
                        >
                          Remove override
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {removing && (
        <Modal
          opened
          centered
          onClose={() => setRemoving(null)}
          title={`Remove the ${DIMENSION_LABELS[removing.key].toLowerCase()} override?`}
        >
          <Stack>
            <Text size="sm">The computed RAG ({RAG_LABELS[removing.computedRag]}) counts again.</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                Keep it
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => doRemove(removing)}>
                Remove override
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {editing && <OverrideModal projectId={health.projectId} dimension={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
