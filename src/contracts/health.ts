import { z } from 'zod';

/** GET /api/health. */
export const Health = z
  .object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']), version: z.string() })
  .meta({ id: 'Health' });
/** Health answer. */
export type Health = z.infer<typeof Health>;
