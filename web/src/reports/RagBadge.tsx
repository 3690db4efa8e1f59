import { Badge } from '@mantine/core';

const COLOURS = { green: 'green', amber: 'yellow', red: 'red' } as const;

/** A RAG as a coloured badge; a dash when not given. */
export function RagBadge({ rag }: { rag: 'green' | 'amber' | 'red' | null | undefined }) {
  if (!rag)
    return (
      <Badge variant="outline" color="gray">
        –
      </Badge>
    );
  return (
    <Badge color={COLOURS[rag]} variant="filled">
      {rag}
    </Badge>
  );
}
