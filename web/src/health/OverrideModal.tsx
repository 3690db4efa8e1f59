import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { HealthOverrideInput } from '../../../src/contracts/index.js';
import { RAGS, type Rag } from '../../../src/core/health/model.js';
import { errorMessage } from '../api/client.js';
import type { DimensionHealth } from '../api/health.js';
import { useSetHealthOverride } from '../api/health.js';
import { apiFieldErrors, type FieldErrors, hasFieldIssues, zodFieldErrors } from '../lib/field-errors.js';
import { DIMENSION_LABELS, RAG_LABELS } from './health-format.js';

/** The PM's call on one dimension: a RAG and a mandatory justification, checked here and by the server. */
export function OverrideModal({
  projectId,
  dimension,
  onClose,
}: {
  projectId: string;
  dimension: DimensionHealth;
  onClose(): void;
}) {
  const save = useSetHealthOverride(projectId);
  const [rag, setRag] = useState<Rag>(dimension.override?.rag ?? dimension.computedRag);
  const [justification, setJustification] = useState(dimension.override?.justification ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const label = DIMENSION_LABELS[dimension.key];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = HealthOverrideInput.safeParse({ rag, justification });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    save.mutate(
      { dimension: dimension.key, ...parsed.data },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Override saved', message: `${label} is now ${RAG_LABELS[rag]}` });
          onClose();
        },
        onError: (err) => setErrors(apiFieldErrors(err)),
      },
    );
  };

  const general = save.error && !hasFieldIssues(save.error) ? errorMessage(save.error) : null;
  return (
    <Modal opened onClose={onClose} title={`Override ${label.toLowerCase()} health`} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            The rules say {RAG_LABELS[dimension.computedRag]}. Your call is shown beside it to the PMO and lasts until
            the next status report.
          </Text>
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} mb={4} id="override-rag-label">
              RAG
            </Text>
            <SegmentedControl
              aria-labelledby="override-rag-label"
              value={rag}
              onChange={(v) => setRag(v as Rag)}
              data={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))}
            />
            {errors.rag && (
              <Text size="xs" c="red" mt={4}>
                {errors.rag}
              </Text>
            )}
          </div>
          <Textarea
            label="Justification"
            description="Why the rules do not tell the whole story (at least 10 characters)"
            required
            autosize
            minRows={3}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={errors.justification}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save override
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
