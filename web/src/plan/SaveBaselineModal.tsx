import { Alert, Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { type Baseline, MAX_BASELINES, SaveBaselineBody } from '../../../src/contracts/index.js';
import { useSaveBaseline } from '../api/baselines.js';
import { errorMessage } from '../api/client.js';
import { can, refusal } from '../lib/can.js';
import { baselineLabel } from './PlanToolbar.js';

/** The lowest baseline number not in use (MS Project fills Baseline, then Baseline 1, …). */
function firstFree(baselines: readonly Baseline[]): number {
  const used = new Set(baselines.map((b) => b.number));
  for (let n = 0; n < MAX_BASELINES; n++) if (!used.has(n)) return n;
  return 0;
}

/** Saves the current schedule as a baseline; overwriting a used number must be confirmed. */
export function SaveBaselineModal({
  projectId,
  baselines,
  onClose,
  onSaved,
}: {
  projectId: string;
  baselines: readonly Baseline[];
  onClose(): void;
  onSaved(baseline: Baseline): void;
}) {
  const save = useSaveBaseline(projectId);
  const [number, setNumber] = useState<number>(() => firstFree(baselines));
  const [name, setName] = useState(() => (number === 0 ? 'Baseline' : `Baseline ${number}`));
  const [replace, setReplace] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const existing = baselines.find((b) => b.number === number);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = SaveBaselineBody.safeParse({ name, number, replace: existing ? replace : false });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    if (existing && !replace) {
      setErrors({ replace: `Tick to replace ${baselineLabel(existing)}` });
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: (b) => {
        notifications.show({ color: 'teal', message: `${baselineLabel(b)} saved (${b.taskCount} tasks)` });
        onSaved(b);
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title="Save baseline" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            A baseline keeps today’s start and finish of every task, so later changes show as variance.
          </Text>
          {save.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(save.error)}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <NumberInput
            label="Number"
            description="0 is “Baseline”, 1–10 are “Baseline 1” to “Baseline 10”"
            min={0}
            max={10}
            allowDecimal={false}
            clampBehavior="strict"
            value={number}
            onChange={(v) => {
              setNumber(typeof v === 'number' ? v : 0);
              setReplace(false);
            }}
            error={errors.number}
          />
          {existing && (
            <Checkbox
              label={`Replace ${baselineLabel(existing)}, saved ${existing.savedAt.slice(0, 10)}`}
              checked={replace}
              onChange={(e) => setReplace(e.currentTarget.checked)}
              // The baseline's own `allowedActions`: replacing follows the plan's policy (read-only when closed).
              disabled={!can(existing, 'baseline.replace')}
              description={refusal(existing, 'baseline.replace') ?? undefined}
              error={errors.replace}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} color={existing ? 'orange' : undefined}>
              {existing ? 'Replace baseline' : 'Save baseline'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
