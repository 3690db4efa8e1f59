import { Badge, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReportingSettings } from '../../../src/contracts/index.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatDate } from '../lib/dates.js';
import { CADENCE_LABELS, ReportingForm } from './ReportingForm.js';

const SOURCE_LABELS: Readonly<Record<ReportingSettings['effective']['source'], string>> = {
  project: 'set for this project',
  portfolio: 'the portfolio’s',
  default: 'none set: the default',
};

/** What applies, read-only: for everyone who may not configure reporting. */
export function ReportingSummary({ settings }: { settings: ReportingSettings }) {
  const eff = settings.effective;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">
          Cadence: <b>{CADENCE_LABELS[eff.cadence]}</b>
          {eff.startDate && <> from {formatDate(eff.startDate)}</>}
        </Text>
        <Badge variant="light" color="gray">
          {SOURCE_LABELS[eff.source]}
        </Badge>
      </Group>
      <div>
        <Text size="sm" fw={500}>
          Report sections
        </Text>
        <List type="ordered" size="sm" aria-label="Report sections">
          {eff.sections.map((s) => (
            <List.Item key={s.key}>{s.title}</List.Item>
          ))}
        </List>
      </div>
      {!can(settings, 'reporting.configure') && (
        <Text size="xs" c="dimmed">
          The PMO sets the reporting cadence and template.
        </Text>
      )}
    </Stack>
  );
}

/** The reporting settings of a portfolio or project in a dialog: the form for the PMO, the summary for others. */
export function ReportingDialog({
  scope,
  title,
  query,
  onClose,
}: {
  scope: 'portfolio' | 'project';
  title: string;
  query: UseQueryResult<ReportingSettings>;
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      {query.isPending ? (
        <DetailSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not load the settings" />
      ) : can(query.data, 'reporting.configure') ? (
        // Keyed by version: a reopened dialog starts from what the server holds now.
        <ReportingForm key={query.data.version} scope={scope} settings={query.data} onDone={onClose} />
      ) : (
        <ReportingSummary settings={query.data} />
      )}
    </Modal>
  );
}
