import { z } from 'zod';
import { PORTFOLIO_ACTIONS } from '../core/policy.js';
import { Id, PageQuery, pageOf, Timestamp, Version } from './common.js';

/** A portfolio: a named group of projects with one owner. */
export const Portfolio = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    ownerId: Id,
    ownerName: z.string(),
    projectCount: z.number().int().nonnegative().meta({ description: 'Projects in it that the caller may read' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    allowedActions: z
      .array(z.enum(PORTFOLIO_ACTIONS).meta({ id: 'PortfolioAction' }))
      .meta({ description: 'What the caller may do on this portfolio, by the same policies the writes obey' }),
  })
  .meta({ id: 'Portfolio' });
/** A portfolio. */
export type Portfolio = z.infer<typeof Portfolio>;

const name = z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters');
const description = z.string().trim().max(4000, 'must be at most 4000 characters');

/** Body of POST /api/portfolios. The owner defaults to the caller. */
export const CreatePortfolioBody = z
  .object({ name, description: description.default(''), ownerId: Id.optional() })
  .meta({ id: 'CreatePortfolio' });
/** Portfolio creation input. */
export type CreatePortfolioBody = z.input<typeof CreatePortfolioBody>;

/** Body of PATCH /api/portfolios/{id}. */
export const UpdatePortfolioBody = z
  .object({
    name: name.optional(),
    description: description.optional(),
    ownerId: Id.optional(),
    version: Version.optional(),
  })
  .meta({ id: 'UpdatePortfolio' });
/** Portfolio update input. */
export type UpdatePortfolioBody = z.input<typeof UpdatePortfolioBody>;

/** Query of GET /api/portfolios. */
export const PortfolioListQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });
/** Parsed portfolio list query. */
export type PortfolioListQuery = z.infer<typeof PortfolioListQuery>;

/** A page of portfolios. */
export const PortfolioPage = pageOf(Portfolio).meta({ id: 'PortfolioPage' });
/** A page of Portfolio. */
export type PortfolioPage = z.infer<typeof PortfolioPage>;
