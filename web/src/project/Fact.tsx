import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A term and its value in one of the project page's description lists (charter, plan card). */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" mt={2} ml={0}>
        {children}
      </Text>
    </div>
  );
}
