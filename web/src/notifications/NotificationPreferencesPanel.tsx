import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { errorMessage } from '../api/client.js';
import { useNotificationPreferences, usePutNotificationPreferences } from '../api/notifications.js';
import { ErrorState } from '../components/QueryStates.js';

/** One switch per kind of notification: what the user hears about in the app. */
export function NotificationPreferencesPanel() {
  const prefs = useNotificationPreferences();
  const put = usePutNotificationPreferences();
  return (
    <Card withBorder radius="md" id="preferences">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            What you hear about
          </Title>
          <Text size="sm" c="dimmed">
            Shown under the bell. Only about projects you can see, and never about your own changes.
          </Text>
        </div>
        {prefs.isError && (
          <ErrorState error={prefs.error} onRetry={() => prefs.refetch()} title="Could not load your choices" />
        )}
        {prefs.data?.kinds.map((k) => (
          <Switch
            key={k.kind}
            label={k.label}
            description={k.description}
            checked={k.channels.in_app}
            disabled={put.isPending}
            onChange={(e) =>
              put.mutate(
                { kinds: [{ kind: k.kind, channels: { in_app: e.currentTarget.checked } }] },
                {
                  onError: (err) => toasts.show({ color: 'red', title: 'Could not save', message: errorMessage(err) }),
                },
              )
            }
          />
        ))}
      </Stack>
    </Card>
  );
}
