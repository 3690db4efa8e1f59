import { Group, Text } from '@mantine/core';
import { DIAMOND_COLORS, diamondPath } from './MilestoneTimeline.js';
import { MILESTONE_STATUSES, STATUS_LABELS } from './milestone-model.js';

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width={28} height={14} aria-hidden="true" style={{ flex: 'none' }}>
      {children}
    </svg>
  );
}

/** What the shapes and colours of the timeline mean. */
export function TimelineLegend() {
  return (
    <Group gap="md" wrap="wrap" component="ul" aria-label="Legend" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {MILESTONE_STATUSES.map((s) => (
        <Group key={s} component="li" gap={2} wrap="nowrap">
          <Swatch>
            <path
              d={diamondPath(14, 7, 6)}
              fill={DIAMOND_COLORS[s].fill}
              stroke={DIAMOND_COLORS[s].stroke}
              strokeWidth={1.25}
            />
          </Swatch>
          <Text size="xs">{STATUS_LABELS[s]}</Text>
        </Group>
      ))}
      <Group component="li" gap={2} wrap="nowrap">
        <Swatch>
          <line x1={6} x2={24} y1={7} y2={7} stroke="var(--mantine-color-red-6)" strokeWidth={1.5} opacity={0.55} />
          <path
            d={diamondPath(6, 7, 5)}
            fill="var(--mantine-color-body)"
            stroke="var(--mantine-color-gray-6)"
            strokeWidth={1.25}
            opacity={0.75}
          />
          <path d={diamondPath(22, 7, 5)} fill={DIAMOND_COLORS.slipped.fill} stroke={DIAMOND_COLORS.slipped.stroke} />
        </Swatch>
        <Text size="xs">Baseline → current</Text>
      </Group>
      <Group component="li" gap={2} wrap="nowrap">
        <Swatch>
          <line x1={14} x2={14} y1={0} y2={14} stroke="var(--mantine-color-orange-6)" strokeWidth={1.5} />
        </Swatch>
        <Text size="xs">Today</Text>
      </Group>
    </Group>
  );
}
