import { Alert, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useHealthRules } from '../api/health.js';
import { usePortfolios } from '../api/portfolios.js';
import { PageHeader } from '../components/PageHeader.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { DIMENSION_LABELS } from '../health/health-format.js';
import { COMPARISON_LABELS } from '../health/RuleRow.js';
import { RulesEditor } from '../health/RulesEditor.js';
import { can } from '../lib/can.js';

/** The PMO's health rules: the organisation's, or a portfolio's own; read-only for everyone else. */
export function HealthRulesPage() {
  useDocumentTitle('Health rules · Gantry');
  const [params, setParams] = useSearchParams();
  const portfolioId = params.get('portfolio');
  const portfolios = usePortfolios();
  const rules = useHealthRules(portfolioId);
  const set = rules.data && (portfolioId ? rules.data.portfolio : rules.data.organisation);

  return (
    <>
      <PageHeader
        title="Health rules"
        subtitle="Which metric turns which dimension amber or red, organisation-wide or per portfolio"
      />
      <Stack gap="md">
        <Select
          label="Rules of"
          w={320}
          data={[
            { value: '', label: 'The organisation (every portfolio)' },
            ...(portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: `Portfolio: ${p.name}` })),
          ]}
          value={portfolioId ?? ''}
          allowDeselect={false}
          onChange={(v) => setParams(v ? { portfolio: v } : {}, { replace: true })}
        />
        {rules.isPending ? (
          <DetailSkeleton />
        ) : rules.isError ? (
          <ErrorState error={rules.error} onRetry={() => rules.refetch()} title="Could not load the rules" />
        ) : (
          <>
            {!can(rules.data, 'health.rules.manage') && (
              <Alert variant="light" color="gray">
                Only the PMO changes health rules; you see them as they apply.
              </Alert>
            )}
            <RulesEditor
              key={`${portfolioId ?? 'org'}:${set?.version ?? 0}`}
              view={rules.data}
              portfolioId={portfolioId}
              onReload={() => rules.refetch()}
            />
            {portfolioId && (
              <section aria-labelledby="effective-heading">
                <Title order={2} size="h4" mb="xs" id="effective-heading">
                  Rules that apply in this portfolio
                </Title>
                <Table verticalSpacing={4} aria-label="Effective rules">
                  <Table.Tbody>
                    {rules.data.effective.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td ff="monospace">{r.id}</Table.Td>
                        <Table.Td>
                          {r.metric} {COMPARISON_LABELS[r.comparison]} amber {r.amber ?? '—'} · red {r.red ?? '—'}
                        </Table.Td>
                        <Table.Td>{DIMENSION_LABELS[r.dimension]}</Table.Td>
                        <Table.Td>
                          <Text size="xs" c={r.enabled ? undefined : 'dimmed'}>
                            {r.enabled ? 'on' : 'off'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </section>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
