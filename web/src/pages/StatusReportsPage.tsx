import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { StatusReport, StatusReportList } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useProject } from '../api/projects.js';
import { reportPdfHref, useCreateReport, useStatusReport, useStatusReports } from '../api/status-reports.js';
import { DetailSkeleton, ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatDate, formatDateTime } from '../lib/dates.js';
import { CadenceControl } from '../reports/CadenceControl.js';
import { RagBadge } from '../reports/RagBadge.js';
import { ReportEditor } from '../reports/ReportEditor.js';
import { ReportTrendChart } from '../reports/ReportTrendChart.js';
import { ReportComments, ReportView, ReviewPanel } from '../reports/ReportView.js';
import { NotFoundPage } from './NotFoundPage.js';

const STATE_COLOURS = { draft: 'gray', submitted: 'blue', reviewed: 'green', returned: 'orange' } as const;

/** A report's workflow state as a badge. */
export function ReportStateBadge({ state }: { state: StatusReport['state'] }) {
  return (
    <Badge
      color={STATE_COLOURS[state]}
      variant="light"
      // A badge truncates its label by default; a state is short and must read whole.
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
    >
      {state}
    </Badge>
  );
}

/** A project's status reports: history with a trend, the chosen report (editor, view, PMO review), PDF. */
export function StatusReportsPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const project = useProject(id);
  const reports = useStatusReports(id);
  const chosen = search.get('report') ?? reports.data?.items[0]?.id ?? null;
  useDocumentTitle(project.data ? `Status reports · ${project.data.code} · Gantry` : 'Status reports · Gantry');
  if (project.isError && isApiError(project.error, 'not_found')) return <NotFoundPage />;
  const choose = (reportId: string) => setSearch({ report: reportId });

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/" size="sm">
          Portfolio
        </Anchor>
        <Anchor component={Link} to={`/projects/${id}`} size="sm">
          {project.data ? `${project.data.code} ${project.data.name}` : 'Project'}
        </Anchor>
        <Text size="sm">Status reports</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        Status reports
      </Title>
      {reports.isPending ? (
        <TableSkeleton rows={4} columns={5} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <History list={reports.data} chosen={chosen} onChoose={choose} projectId={id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {chosen ? (
              <ChosenReport projectId={id} reportId={chosen} />
            ) : (
              <Card withBorder>
                <Text c="dimmed">
                  No report yet.{' '}
                  {reports.data.cadence === 'none'
                    ? 'The PMO has set no reporting cadence for this project.'
                    : 'Start the report of this period.'}
                </Text>
              </Card>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function History({
  list,
  chosen,
  onChoose,
  projectId,
}: {
  list: StatusReportList;
  chosen: string | null;
  onChoose: (id: string) => void;
  projectId: string;
}) {
  const create = useCreateReport(projectId);
  const current = list.currentPeriod;
  const hasCurrent = current !== null && list.items.some((r) => r.periodStart === current.start);
  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm">
              Cadence: <b>{list.cadence}</b>
              {list.nextDue && <> · next due {formatDate(list.nextDue)}</>}
            </Text>
            {list.overdueDays > 0 && <Badge color="red">{list.overdueDays} days overdue</Badge>}
          </Group>
          <CadenceControl projectId={projectId} />
          {can(list, 'status_report.create') && !hasCurrent && current && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => create.mutate(undefined, { onSuccess: (r) => onChoose(r.id) })}
              loading={create.isPending}
            >
              Write the report for {formatDate(current.start)} – {formatDate(current.end)}
            </Button>
          )}
          {create.error && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <ReportTrendChart items={list.items} />
      </Card>
      {list.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          No reports yet.
        </Text>
      ) : (
        <Table highlightOnHover withTableBorder aria-label="Report history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              <Table.Th miw={104}>State</Table.Th>
              <Table.Th miw={80}>Overall</Table.Th>
              <Table.Th>Forecast finish</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((r) => (
              <Table.Tr
                key={r.id}
                onClick={() => onChoose(r.id)}
                style={{ cursor: 'pointer' }}
                bg={r.id === chosen ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td>
                  <Anchor component="button" size="sm" onClick={() => onChoose(r.id)}>
                    {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ReportStateBadge state={r.state} />
                </Table.Td>
                <Table.Td>
                  <RagBadge rag={r.overall} />
                </Table.Td>
                <Table.Td>{r.forecastFinish ? formatDate(r.forecastFinish.slice(0, 10)) : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function ChosenReport({ projectId, reportId }: { projectId: string; reportId: string }) {
  const report = useStatusReport(projectId, reportId);
  if (report.isPending) return <DetailSkeleton />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const editable = can(r, 'status_report.update');
  return (
    <Card withBorder>
      <Stack gap="md">
        <Group justify="space-between">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
            </Title>
            <Group gap="xs">
              <ReportStateBadge state={r.state} />
              <Text size="xs" c="dimmed">
                Due {formatDate(r.dueDate)}
                {r.submittedAt && ` · submitted ${formatDateTime(r.submittedAt)} by ${r.submittedBy?.name}`}
              </Text>
            </Group>
          </Stack>
          <Button
            component="a"
            href={reportPdfHref(projectId, r.id)}
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
          >
            PDF
          </Button>
        </Group>
        <ReportComments report={r} />
        {editable ? (
          <ReportEditor key={`${r.id}-${r.version}`} projectId={projectId} report={r} />
        ) : (
          <ReportView report={r} />
        )}
        <ReviewPanel projectId={projectId} report={r} />
      </Stack>
    </Card>
  );
}
