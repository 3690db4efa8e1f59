import { Badge, Button, Card, EmptyState, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFilterOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../api/auth.js';
import { errorMessage } from '../api/client.js';
import { usePortfolioHealth } from '../api/health.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { DashboardFiltersBar } from './DashboardFiltersBar.js';
import { dashboardRows, exportTable, ragCounts, shownDimensions } from './dashboard-model.js';
import { downloadCsv, downloadXlsx } from './export-table.js';
import { HealthHeatMap } from './HealthHeatMap.js';
import { HealthTable } from './HealthTable.js';
import { RAG_COLOURS, RAG_LABELS } from './health-format.js';
import { useDashboardFilters } from './use-dashboard-filters.js';

/** Rows per table page: a page renders fast however many projects there are. */
const PAGE_SIZE = 50;

/** The PMO's home: every project's health, filtered, sorted, as a heat map and a table, exportable. */
export function HealthDashboard() {
  const me = useCurrentUser();
  const { filters, update, clear, active } = useDashboardFilters(me);
  const health = usePortfolioHealth(filters.portfolioId);
  const [exporting, setExporting] = useState(false);
  const items = health.data?.items ?? [];
  const rows = useMemo(() => dashboardRows(items, filters), [items, filters]);
  const dimensions = useMemo(() => shownDimensions(items), [items]);
  const counts = ragCounts(rows);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const pageRows = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const fileBase = `gantry-health-${new Date().toISOString().slice(0, 10)}`;
  const exportCsv = () => {
    const t = exportTable(rows, dimensions);
    downloadCsv(t.header, t.rows, `${fileBase}.csv`);
  };
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const t = exportTable(rows, dimensions);
      await downloadXlsx(t.header, t.rows, `${fileBase}.xlsx`, 'Project health');
    } catch (e) {
      notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(e) });
    } finally {
      setExporting(false);
    }
  };

  const bar = (
    <DashboardFiltersBar
      filters={filters}
      items={items}
      onChange={update}
      onClear={clear}
      active={active}
      extra={
        <>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            disabled={!rows.length}
            onClick={exportCsv}
          >
            CSV
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            disabled={!rows.length}
            loading={exporting}
            onClick={exportXlsx}
          >
            XLSX
          </Button>
        </>
      }
    />
  );

  if (health.isPending) {
    return (
      <Stack>
        {bar}
        <TableSkeleton columns={10} />
      </Stack>
    );
  }
  if (health.isError) {
    return <ErrorState error={health.error} onRetry={() => health.refetch()} title="Could not load project health" />;
  }
  return (
    <Stack gap="md">
      {bar}
      {rows.length === 0 ? (
        <EmptyState
          icon={<IconFilterOff />}
          title={items.length ? 'No projects match these filters' : 'No projects to show yet'}
          description={
            items.length
              ? 'Clear the filters to see every project.'
              : 'Projects you can see will appear here with their health.'
          }
          py="xl"
        >
          {active && (
            <EmptyState.Actions>
              <Button variant="light" onClick={clear}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <Group gap="xs" aria-label="Projects by overall RAG">
            <Text size="sm">{rows.length} projects:</Text>
            {(['red', 'amber', 'green'] as const).map((r) => (
              <Badge key={r} color={RAG_COLOURS[r]} variant="light" data-testid={`count-${r}`}>
                {counts[r]} {RAG_LABELS[r].toLowerCase()}
              </Badge>
            ))}
          </Group>
          <Card withBorder padding="sm" maw={720}>
            <Title order={3} size="h5" mb={4}>
              Heat map
            </Title>
            <HealthHeatMap rows={rows} dimensions={dimensions} />
          </Card>
          <HealthTable
            rows={pageRows}
            dimensions={dimensions}
            sort={filters.sort}
            onSort={(sort) => update({ sort })}
          />
          {pages > 1 && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {(page - 1) * PAGE_SIZE + 1}–{Math.min(page * PAGE_SIZE, rows.length)} of {rows.length}
              </Text>
              <Pagination total={pages} value={page} onChange={(p) => update({ page: p })} size="sm" />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
