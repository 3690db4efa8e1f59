import { z } from 'zod';

/** Opaque resource id (a UUID string). */
export const Id = z.uuid().meta({ description: 'Resource id (UUID)', example: '0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10' });

/** Largest version a resource can reach: versions are 32-bit integer columns on PostgreSQL. */
export const MAX_VERSION = 2_147_483_647;

/** Optimistic-concurrency counter: starts at 1, +1 on every write. */
export const Version = z
  .number()
  .int()
  .positive()
  .max(MAX_VERSION)
  .meta({ description: 'Optimistic-concurrency version' });

/** ISO 8601 instant with zone, e.g. 2026-11-27T09:30:00.000Z. */
export const Timestamp = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time' });

/** Calendar date without time, YYYY-MM-DD. */
/**
 * An amount of money in whole minor units (cents), not negative, at most 10^15 (ten trillion in
 * major units): far below 2^53, so sums of many stay exact.
 */
export const MoneyMinor = z
  .number()
  .int('must be a whole number of minor units')
  .min(0, 'must not be negative')
  .max(1_000_000_000_000_000, 'must be at most 10^15 minor units');

export const DateOnly = z.iso.date().meta({ description: 'Date, YYYY-MM-DD', example: '2026-01-15' });

/** The one error envelope every non-2xx response carries. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'validation_failed' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'Error' });
/** Parsed error envelope. */
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Paging query parameters shared by list endpoints (page is 1-based, pageSize 1..200). */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of results. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
}
/** A page of T. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** The version a write is based on, when sent in the body rather than If-Match. */
export const VersionField = z.object({ version: Version.optional() });
