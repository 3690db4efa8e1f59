import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Project } from '../../../src/contracts/index.js';
import { PriorityBadge } from '../components/StateBadge.js';
import { formatDate } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';
import { Fact } from './Fact.js';

function Prose({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Title order={3} size="h6" mb={4}>
        {title}
      </Title>
      {text ? (
        <Text size="sm" className="gantry-multiline">
          {text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          Not written yet
        </Text>
      )}
    </div>
  );
}

const dash = (s: string | null) =>
  s ? (
    s
  ) : (
    <Text span c="dimmed">
      —
    </Text>
  );

/** The charter, read-only: the facts at a glance, then objective and scope. */
export function CharterView({ project }: { project: Project }) {
  return (
    <Stack gap="lg">
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 4 }} spacing="md" verticalSpacing="md" m={0}>
        <Fact label="Manager">
          {project.managerName ?? (
            <Text span c="dimmed">
              Unassigned
            </Text>
          )}
        </Fact>
        <Fact label="Portfolio">
          {project.portfolioName ?? (
            <Text span c="dimmed">
              None
            </Text>
          )}
        </Fact>
        <Fact label="Client">{dash(project.client)}</Fact>
        <Fact label="Sponsor">{dash(project.sponsor)}</Fact>
        <Fact label="Planned start">{formatDate(project.plannedStart)}</Fact>
        <Fact label="Planned finish">{formatDate(project.plannedFinish)}</Fact>
        <Fact label="Budget">
          <Text span fw={600} size="sm">
            {formatMoney(project.budgetMinor, project.currency)}
          </Text>
        </Fact>
        <Fact label="Priority">
          <PriorityBadge priority={project.priority} />
        </Fact>
      </SimpleGrid>
      <Prose title="Objective" text={project.objective} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Prose title="In scope" text={project.inScope} />
        <Prose title="Out of scope" text={project.outOfScope} />
      </SimpleGrid>
      <dl style={{ margin: 0 }}>
        <Fact label="Tags">
          {project.tags.length ? (
            <Group gap={6} mt={2}>
              {project.tags.map((t) => (
                <Badge key={t} variant="outline" color="gray" radius="sm" tt="none">
                  {t}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text span c="dimmed">
              None
            </Text>
          )}
        </Fact>
      </dl>
    </Stack>
  );
}
