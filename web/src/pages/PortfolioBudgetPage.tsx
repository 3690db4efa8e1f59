import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PortfolioBudget } from '../../../src/contracts/index.js';
import { useCostCategories, usePortfolio, usePortfolioBudget, useSavePortfolioBudget } from '../api/budgets.js';
import { errorMessage, isApiError } from '../api/client.js';
import { PortfolioBudgetGrid } from '../budget/PortfolioBudgetGrid.js';
import {
  cellKey,
  gridAxes,
  type PortfolioDraft,
  portfolioBodyOf,
  portfolioDraftOf,
} from '../budget/portfolio-budget-draft.js';
import { PageHeader } from '../components/PageHeader.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatMoney } from '../lib/money.js';
import { NotFoundPage } from './NotFoundPage.js';

const COUNTED: Record<PortfolioBudget['projects'][number]['counted'], string> = {
  counted: 'Counted',
  no_approved_budget: 'No approved budget',
  cancelled: 'Cancelled',
  other_currency: 'Other currency',
};

/**
 * A portfolio's budget by year and cost category (the PMO's), against its projects' approved
 * budgets spread over their planned years; cells the projects exceed are marked.
 */
export function PortfolioBudgetPage() {
  const { id = '' } = useParams();
  const portfolio = usePortfolio(id);
  const budget = usePortfolioBudget(id);
  const categories = useCostCategories();
  const save = useSavePortfolioBudget(id);
  const [draft, setDraft] = useState<PortfolioDraft | null>(null);
  const [currency, setCurrency] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useDocumentTitle(portfolio.data ? `${portfolio.data.name} budget · Gantry` : 'Portfolio budget · Gantry');

  if (portfolio.isPending || budget.isPending) return <DetailSkeleton />;
  if (portfolio.isError) {
    if (isApiError(portfolio.error, 'not_found')) return <NotFoundPage what="portfolio" />;
    return (
      <ErrorState error={portfolio.error} onRetry={() => portfolio.refetch()} title="Could not load the portfolio" />
    );
  }
  if (budget.isError) {
    return (
      <ErrorState error={budget.error} onRetry={() => budget.refetch()} title="Could not load the portfolio budget" />
    );
  }
  const p = portfolio.data;
  const b = budget.data;
  const names = new Map((categories.data?.items ?? []).map((c) => [c.id, c]));
  const order = (categories.data?.items ?? []).map((c) => c.id);
  const { years, categories: rows } = gridAxes(b, draft ?? {}, order);
  const edit = () => {
    setDraft(portfolioDraftOf(b));
    setCurrency(b.currency);
    setErrors({});
  };
  const onSave = () => {
    if (!draft) return;
    const result = portfolioBodyOf(draft, currency.trim().toUpperCase(), b.version);
    if (!result.ok) return setErrors(result.errors);
    save.mutate(result.body, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: 'Portfolio budget saved' });
        setDraft(null);
      },
      onError: (e) => {
        if (isApiError(e, 'version_conflict')) void budget.refetch();
      },
    });
  };
  const nextYear = years.length ? (years.at(-1) as number) + 1 : new Date().getFullYear();
  const unused = (categories.data?.items ?? []).filter((c) => c.active && !rows.includes(c.id));

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/?portfolio=${p.id}`} size="sm">
          {p.name}
        </Anchor>
        <Text size="sm" c="dimmed">
          Budget
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={`${p.name}: budget`}
        subtitle={`In ${b.currency} · budget ${formatMoney(b.budgetMinor, b.currency)} · projects' approved budgets ${formatMoney(b.projectsMinor, b.currency)}`}
        actions={
          can(p, 'portfolio.budget.edit') &&
          !draft && (
            <Button leftSection={<IconPencil size={16} />} onClick={edit}>
              Edit budget
            </Button>
          )
        }
      />
      {b.unsummed.length > 0 && (
        <Alert color="orange" variant="light" title="Not summed: other currencies">
          {b.unsummed
            .map(
              (u) =>
                `${u.projectIds.length} project(s) in ${u.currency} (${formatMoney(u.approvedTotalMinor, u.currency)})`,
            )
            .join('; ')}
          . Currencies are never converted.
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="grid-heading">
        <Title order={2} size="h5" mb="md" id="grid-heading">
          By year and category
        </Title>
        {years.length === 0 && !draft ? (
          <Text c="dimmed" size="sm">
            No budget and no approved project budgets yet.
          </Text>
        ) : (
          <PortfolioBudgetGrid
            budget={b}
            years={years}
            categories={rows}
            names={names}
            draft={draft}
            errors={errors}
            onChange={(key, text) => setDraft({ ...draft, [key]: text })}
          />
        )}
        {draft && (
          <Stack mt="md">
            <Group gap="sm" align="flex-end">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setDraft({ ...draft, [cellKey(nextYear, rows[0] ?? order[0] ?? 'labour')]: '' })}
              >
                Add {nextYear}
              </Button>
              {unused.length > 0 && (
                <Select
                  size="xs"
                  placeholder="Add a category"
                  aria-label="Add a category"
                  data={unused.map((c) => ({ value: c.id, label: c.name }))}
                  value={null}
                  onChange={(v) => v && setDraft({ ...draft, [cellKey(years[0] ?? nextYear, v)]: '' })}
                />
              )}
              <TextInput
                size="xs"
                label="Currency"
                w={90}
                value={currency}
                onChange={(e) => setCurrency(e.currentTarget.value)}
              />
            </Group>
            {save.error && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(save.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                Cancel
              </Button>
              <Button onClick={onSave} loading={save.isPending}>
                Save budget
              </Button>
            </Group>
          </Stack>
        )}
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="projects-heading">
        <Title order={2} size="h5" mb="md" id="projects-heading">
          Projects
        </Title>
        <Table aria-label="Projects of the portfolio">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Project</Table.Th>
              <Table.Th ta="right">Approved budget</Table.Th>
              <Table.Th>In the sums</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {b.projects.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/projects/${x.id}/budget`} ff="monospace" size="sm">
                    {x.code}
                  </Anchor>{' '}
                  {x.name}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {x.approvedTotalMinor === null
                    ? '—'
                    : `${formatMoney(x.approvedTotalMinor, x.currency)} (v${x.approvedVersion})`}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={x.counted === 'counted' ? 'teal' : 'gray'}>
                    {COUNTED[x.counted]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
