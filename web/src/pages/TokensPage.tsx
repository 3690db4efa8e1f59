import { Badge, Button, Card, EmptyState, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { ApiToken } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useRevokeToken, useTokens } from '../api/tokens.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { CreateTokenModal } from '../tokens/CreateTokenModal.js';

function status(t: ApiToken): { label: string; color: string } {
  if (t.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (new Date(t.expiresAt).getTime() < Date.now()) return { label: 'Expired', color: 'orange' };
  return { label: 'Active', color: 'teal' };
}

/** The token's scopes as its strongest level, as the creation form names them. */
function accessLabel(t: ApiToken): string {
  if (t.scopes.includes('admin')) return 'Full access';
  return t.scopes.includes('write') ? 'Read and write' : 'Read only';
}

/** Personal API tokens for scripts and the CLI: list, create (secret shown once), revoke. */
export function TokensPage() {
  useDocumentTitle('API tokens · Gantry');
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: `Token “${revoking.name}” revoked` });
        setRevoking(null);
      },
      onError: (e) => notifications.show({ color: 'red', title: 'Could not revoke', message: errorMessage(e) }),
    });
  };

  let body: ReactNode;
  if (tokens.isPending) body = <TableSkeleton columns={7} rows={3} />;
  else if (tokens.isError)
    body = <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} title="Could not load your tokens" />;
  else if (tokens.data.length === 0)
    body = (
      <EmptyState
        icon={<IconKey />}
        title="No API tokens yet"
        description="Create one to use the Gantry API or CLI from scripts."
        py="xl"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setCreating(true)}>
            Create a token
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Token</Table.Th>
              <Table.Th>Access</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((t) => {
              const s = status(t);
              return (
                <Table.Tr key={t.id}>
                  <Table.Td fw={500}>{t.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {t.prefix}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{accessLabel(t)}</Text>
                  </Table.Td>
                  <Table.Td className="gantry-nowrap">{formatDateTime(t.createdAt)}</Table.Td>
                  <Table.Td className="gantry-nowrap">{formatDateTime(t.expiresAt)}</Table.Td>
                  <Table.Td className="gantry-nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={s.color} radius="sm">
                      {s.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {can(t, 'token.revoke') && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(t)}
                        aria-label={`Revoke ${t.name}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader
        title="API tokens"
        subtitle="Personal tokens act as you, with your role, for scripts and the gantry CLI"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New token
          </Button>
        }
      />
      <Card withBorder radius="md" padding={0}>
        {body}
      </Card>
      {creating && <CreateTokenModal onClose={() => setCreating(false)} />}
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title="Revoke token?" centered>
        <Stack>
          <Text size="sm">Anything using “{revoking?.name}” will stop working at once. This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              Keep it
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={confirmRevoke}>
              Revoke token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
