import { ActionIcon, Card, Group, ScrollArea, Skeleton, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCalendarRepeat, IconCoin, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Portfolio } from '../../../src/contracts/index.js';
import { usePortfolios } from '../api/portfolios.js';
import { ErrorState } from '../components/QueryStates.js';
import { can } from '../lib/can.js';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onEdit?: (portfolio: Portfolio) => void;
  /** Opens the portfolio's reporting cadence and template. */
  readonly onReporting?: (portfolio: Portfolio) => void;
}

function PortfolioCard(props: {
  title: string;
  subtitle: string;
  count?: number;
  selected: boolean;
  onClick: () => void;
  onEdit?: () => void;
  onReporting?: () => void;
  /** Where the portfolio's budget is, for those who may read it. */
  budgetHref?: string;
}) {
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      w={260}
      style={{
        flex: '0 0 auto',
        borderColor: props.selected ? 'var(--mantine-color-blue-5)' : undefined,
        boxShadow: props.selected ? '0 0 0 1px var(--mantine-color-blue-5)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <UnstyledButton onClick={props.onClick} aria-pressed={props.selected} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm" truncate title={props.title}>
            {props.title}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {props.subtitle}
          </Text>
          {props.count === undefined ? (
            <Text size="sm" c="blue" fw={500} mt={10}>
              Show every project
            </Text>
          ) : (
            <Text size="xl" fw={700} mt={4}>
              {props.count}
              <Text span size="xs" c="dimmed" fw={400} ml={4}>
                {props.count === 1 ? 'project' : 'projects'}
              </Text>
            </Text>
          )}
        </UnstyledButton>
        {props.budgetHref && (
          <Tooltip label="Budget by year and category">
            <ActionIcon
              component={Link}
              to={props.budgetHref}
              variant="subtle"
              color="gray"
              aria-label={`Budget of portfolio ${props.title}`}
            >
              <IconCoin size={16} />
            </ActionIcon>
          </Tooltip>
        )}
        {props.onReporting && (
          <Tooltip label="Reporting cadence and template">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={props.onReporting}
              aria-label={`Reporting of portfolio ${props.title}`}
            >
              <IconCalendarRepeat size={16} />
            </ActionIcon>
          </Tooltip>
        )}
        {props.onEdit && (
          <Tooltip label="Edit portfolio">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={props.onEdit}
              aria-label={`Edit portfolio ${props.title}`}
            >
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Card>
  );
}

/** The portfolios as a row of cards; choosing one filters the project list below. */
export function PortfolioCards({ selectedId, onSelect, onEdit, onReporting }: Props) {
  const portfolios = usePortfolios();
  if (portfolios.isPending) {
    return (
      <Group gap="sm" wrap="nowrap" aria-busy="true">
        {[1, 2, 3].map((i) => (
          <Skeleton key={i} height={92} width={260} radius="md" />
        ))}
      </Group>
    );
  }
  if (portfolios.isError) {
    return (
      <ErrorState error={portfolios.error} onRetry={() => portfolios.refetch()} title="Could not load portfolios" />
    );
  }
  const items = portfolios.data.items;
  return (
    <ScrollArea type="auto" offsetScrollbars scrollbarSize={6}>
      <Group gap="sm" wrap="nowrap" pb={4} role="group" aria-label="Portfolios">
        <PortfolioCard
          title="All portfolios"
          subtitle={`${items.length} ${items.length === 1 ? 'portfolio' : 'portfolios'}`}
          selected={selectedId === null}
          onClick={() => onSelect(null)}
        />
        {items.map((p) => (
          <PortfolioCard
            key={p.id}
            title={p.name}
            subtitle={`Owner: ${p.ownerName}`}
            count={p.projectCount}
            selected={selectedId === p.id}
            onClick={() => onSelect(selectedId === p.id ? null : p.id)}
            onEdit={onEdit && can(p, 'portfolio.update') ? () => onEdit(p) : undefined}
            onReporting={onReporting ? () => onReporting(p) : undefined}
            budgetHref={can(p, 'portfolio.budget.read') ? `/portfolios/${p.id}/budget` : undefined}
          />
        ))}
      </Group>
    </ScrollArea>
  );
}
