import { Alert, Button, Drawer, Group, NumberInput, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PROJECT_STATE_LABELS, PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useResourceSettings, useUpdateResourceSettings } from '../api/resources.js';
import { ErrorState } from '../components/QueryStates.js';

type Weights = Record<ProjectState, number | string>;

/**
 * The PMO's capacity settings: at what weight each lifecycle state's demand counts in capacity
 * views (proposed work at half by default), and how many weeks ahead the "unstaffed generic
 * assignments" health metric looks. Read-only for anyone the server does not let change them.
 */
export function CapacitySettingsDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const settings = useResourceSettings(opened);
  const save = useUpdateResourceSettings();
  const [weights, setWeights] = useState<Weights | null>(null);
  const [weeks, setWeeks] = useState<number | string>(4);
  const data = settings.data;
  useEffect(() => {
    if (!opened || !data) return;
    setWeights({ ...data.stateWeights });
    setWeeks(data.unstaffedWeeks);
    save.reset();
  }, [opened, data, save.reset]);
  const canEdit = data?.allowedActions.includes('resource.settings.manage') ?? false;
  const issues = isApiError(save.error, 'validation_failed')
    ? ((save.error.details.issues as { path: string; message: string }[] | undefined) ?? [])
    : [];
  const issueOf = (path: string) => issues.find((i) => i.path === path)?.message;

  const submit = () => {
    if (!data || !weights) return;
    save.mutate(
      {
        stateWeights: Object.fromEntries(PROJECT_STATES.map((s) => [s, Number(weights[s])])),
        unstaffedWeeks: Number(weeks),
        version: data.version,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title="Capacity settings">
      {settings.isPending ? (
        <Skeleton height={300} aria-label="Loading capacity settings" />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} title="Could not load the settings" />
      ) : weights ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            How much of a project's remaining work counts as demand, by its lifecycle state.
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            {PROJECT_STATES.map((s) => (
              <NumberInput
                key={s}
                label={PROJECT_STATE_LABELS[s]}
                suffix=" %"
                min={0}
                max={100}
                clampBehavior="none"
                allowDecimal={false}
                value={weights[s]}
                onChange={(v) => setWeights((w) => (w ? { ...w, [s]: v } : w))}
                error={issueOf(`stateWeights.${s}`)}
                readOnly={!canEdit}
              />
            ))}
          </SimpleGrid>
          <NumberInput
            label="Unstaffed roles: look ahead"
            description="Generic-role assignments starting within this many weeks count against health"
            suffix=" weeks"
            min={1}
            max={52}
            clampBehavior="none"
            allowDecimal={false}
            value={weeks}
            onChange={setWeeks}
            error={issueOf('unstaffedWeeks')}
            readOnly={!canEdit}
          />
          {save.isError && issues.length === 0 && (
            <Alert color="red" title="Not saved">
              {isApiError(save.error, 'version_conflict')
                ? 'Someone changed these settings meanwhile: close and open them again.'
                : errorMessage(save.error)}
            </Alert>
          )}
          {canEdit && (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button onClick={submit} loading={save.isPending}>
                Save settings
              </Button>
            </Group>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
