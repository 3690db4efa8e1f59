import { Alert, Button, Group, SegmentedControl, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { StatusReport } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useReportStep, useUpdateReport } from '../api/status-reports.js';
import { can } from '../lib/can.js';
import { apiFieldErrors } from '../lib/field-errors.js';
import { RagBadge } from './RagBadge.js';

type Rag = 'green' | 'amber' | 'red';
type RagDraft = { rag: Rag | null; reason: string };

/**
 * The manager's editor of a draft or returned report: narrative per section, a RAG per dimension
 * (the computed one proposed; a different one asks for a reason), save and submit.
 */
export function ReportEditor({ projectId, report }: { projectId: string; report: StatusReport }) {
  const [texts, setTexts] = useState(() => Object.fromEntries(report.sections.map((s) => [s.key, s.text])));
  const [rags, setRags] = useState<Record<string, RagDraft>>(() =>
    Object.fromEntries(report.rags.map((r) => [r.dimension, { rag: r.rag, reason: r.reason ?? '' }])),
  );
  const update = useUpdateReport(projectId, report.id);
  const step = useReportStep(projectId, report.id);
  const error = update.error ?? step.error;
  const fieldErrors = apiFieldErrors(error);
  const issues =
    (error as { details?: { issues?: { path: string; message: string }[] } } | null)?.details?.issues ?? [];
  const issueAt = (path: string) => issues.find((i) => i.path === path)?.message;

  const body = () => ({
    version: report.version,
    sections: report.sections.map((s) => ({ key: s.key, text: texts[s.key] ?? '' })),
    rags: report.rags.map((r) => ({
      dimension: r.dimension,
      rag: rags[r.dimension]?.rag ?? null,
      reason: rags[r.dimension]?.reason.trim() || null,
    })),
  });
  const save = () => update.mutateAsync(body());
  const submit = async () => {
    const saved = await save();
    await step.mutateAsync({ step: 'submit', version: saved.version });
  };
  const busy = update.isPending || step.isPending;

  return (
    <Stack gap="md">
      {report.sections.map((s) => (
        <Textarea
          key={s.key}
          label={s.title}
          autosize
          minRows={3}
          value={texts[s.key] ?? ''}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setTexts((t) => ({ ...t, [s.key]: text }));
          }}
          disabled={!can(report, 'status_report.update')}
        />
      ))}
      <Title order={3} size="h5">
        RAG by dimension
      </Title>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Dimension</Table.Th>
            <Table.Th>Computed</Table.Th>
            <Table.Th>Your RAG</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rags.map((r, i) => {
            const draft = rags[r.dimension] ?? { rag: null, reason: '' };
            const differs = r.computedRag !== null && draft.rag !== null && draft.rag !== r.computedRag;
            const set = (patch: Partial<RagDraft>) =>
              setRags((all) => ({ ...all, [r.dimension]: { ...draft, ...patch } }));
            return (
              <Table.Tr key={r.dimension}>
                <Table.Td tt="capitalize">{r.dimension}</Table.Td>
                <Table.Td>
                  <RagBadge rag={r.computedRag} />
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={`${r.dimension} RAG`}
                    value={draft.rag ?? ''}
                    onChange={(v) => set({ rag: v as Rag })}
                    data={[
                      { value: 'green', label: 'Green' },
                      { value: 'amber', label: 'Amber' },
                      { value: 'red', label: 'Red' },
                    ]}
                  />
                </Table.Td>
                <Table.Td>
                  {(differs || draft.reason || issueAt(`rags.${i}.reason`)) && (
                    <TextInput
                      size="xs"
                      aria-label={`Reason for the ${r.dimension} RAG`}
                      placeholder="Why it differs from the computed RAG"
                      value={draft.reason}
                      onChange={(e) => set({ reason: e.currentTarget.value })}
                      error={issueAt(`rags.${i}.reason`)}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {error && !fieldErrors.rags && (
        <Alert color="red" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          onClick={() => void save().catch(() => {})}
          loading={update.isPending}
          disabled={busy}
        >
          Save draft
        </Button>
        {can(report, 'status_report.submit') && (
          <Button onClick={() => void submit().catch(() => {})} loading={step.isPending} disabled={busy}>
            Submit report
          </Button>
        )}
        <Text size="xs" c="dimmed">
          Submitting freezes the plan figures and health as they are now.
        </Text>
      </Group>
    </Stack>
  );
}
