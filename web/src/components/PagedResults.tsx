import { Card } from '@mantine/core';
import type { ReactNode } from 'react';
import { Pager } from './Pager.js';

interface Props {
  /** The list, or its loading / empty / error state. */
  readonly children: ReactNode;
  /** The page the query answered, once it has (undefined while loading). */
  readonly data: { readonly items: readonly unknown[]; readonly total: number } | undefined;
  /** True while the previous page is still shown and the next one loads. */
  readonly stale: boolean;
  /** On a phone, a non-empty list is cards of its own and needs no surrounding card. */
  readonly phone: boolean;
  readonly page: number;
  readonly pageSize: number;
  readonly onPage: (page: number) => void;
  readonly noun: string;
}

/** A paged list: framed (except phone card lists), dimmed while the next page loads, and its pager. */
export function PagedResults({ children, data, stale, phone, page, pageSize, onPage, noun }: Props) {
  return (
    <>
      <div style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }}>
        {phone && data?.items.length ? (
          children
        ) : (
          <Card withBorder radius="md" padding={0}>
            {children}
          </Card>
        )}
      </div>
      {data && data.total > 0 && (
        <Pager page={page} pageSize={pageSize} total={data.total} onPage={onPage} noun={noun} />
      )}
    </>
  );
}
