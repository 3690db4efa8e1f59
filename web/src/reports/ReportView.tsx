import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { StatusReport } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useReportStep } from '../api/status-reports.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { RagBadge } from './RagBadge.js';

const day = (d: string | null) => (d ? d.slice(0, 10) : '–');

/** A submitted (or reviewed) report as everyone reads it: narrative, RAGs, frozen figures, comments. */
export function ReportView({ report }: { report: StatusReport }) {
  const s = report.snapshot;
  return (
    <Stack gap="md">
      {report.sections.map((sec) => (
        <div key={sec.key}>
          <Title order={3} size="h5">
            {sec.title}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={sec.text.trim() ? undefined : 'dimmed'}>
            {sec.text.trim() || 'Nothing written.'}
          </Text>
        </div>
      ))}
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Dimension</Table.Th>
            <Table.Th>Reported</Table.Th>
            <Table.Th>Computed</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rags.map((r) => (
            <Table.Tr key={r.dimension}>
              <Table.Td tt="capitalize">{r.dimension}</Table.Td>
              <Table.Td>
                <RagBadge rag={r.rag} />
              </Table.Td>
              <Table.Td>
                <RagBadge rag={r.computedRag} />
              </Table.Td>
              <Table.Td>{r.reason ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {s && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Figures frozen at submission ({formatDateTime(s.takenAt)})
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Forecast finish" value={day(s.forecastFinish)} />
            <Figure label="Baseline finish" value={day(s.baselineFinish)} />
            <Figure
              label="Finish variance"
              value={s.finishVarianceDays === null ? '–' : `${s.finishVarianceDays} working days`}
            />
            <Figure
              label="Complete (planned / actual)"
              value={`${s.plannedPercentComplete ?? '–'}% / ${s.actualPercentComplete}%`}
            />
          </SimpleGrid>
          {s.slippedMilestones.length > 0 && (
            <Text size="sm" mt="xs">
              Slipped: {s.slippedMilestones.map((m) => `${m.name} (+${m.slipDays} d)`).join(', ')}
            </Text>
          )}
          {s.health === null && (
            <Text size="xs" c="dimmed" mt="xs">
              Health was not evaluated at submission.
            </Text>
          )}
        </Card>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

/** Review and return comments, oldest first. */
export function ReportComments({ report }: { report: StatusReport }) {
  if (report.comments.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Review comments
      </Title>
      {report.comments.map((c) => (
        <Alert
          key={c.at}
          color={c.kind === 'return' ? 'orange' : 'green'}
          variant="light"
          title={`${c.kind === 'return' ? 'Returned' : 'Reviewed'} by ${c.by.name}, ${formatDateTime(c.at)}`}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}

/** The PMO's decision on a submitted report: review (comment optional) or return (comment required). */
export function ReviewPanel({ projectId, report }: { projectId: string; report: StatusReport }) {
  const [comment, setComment] = useState('');
  const step = useReportStep(projectId, report.id);
  if (!can(report, 'status_report.review') && !can(report, 'status_report.return')) return null;
  const run = (kind: 'review' | 'return') =>
    step.mutate(
      { step: kind, version: report.version, comment: comment.trim() || undefined },
      { onSuccess: () => setComment('') },
    );
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h5">
          PMO review
        </Title>
        <Textarea
          label="Comment"
          description="Required to return the report: say what the manager should change."
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        {step.error && (
          <Alert color="red" role="alert">
            {errorMessage(step.error)}
          </Alert>
        )}
        <Group>
          <Button
            color="green"
            onClick={() => run('review')}
            loading={step.isPending && step.variables?.step === 'review'}
          >
            Mark reviewed
          </Button>
          <Button
            color="orange"
            variant="light"
            onClick={() => run('return')}
            disabled={!comment.trim()}
            loading={step.isPending && step.variables?.step === 'return'}
          >
            Return to manager
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
