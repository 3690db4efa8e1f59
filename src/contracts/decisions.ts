import { z } from 'zod';
import { DateOnly, Id, PageQuery, pageOf, Timestamp } from './common.js';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/**
 * How a decision came about: by hand, by a lifecycle move that needs a reason (approval, rejection of
 * an approval request, cancellation, hold), or by the PMO accepting a corrective action (acceptance).
 */
export const DECISION_KINDS = ['manual', 'approval', 'rejection', 'cancellation', 'hold', 'acceptance'] as const;
/** One of DECISION_KINDS. */
export type DecisionKind = (typeof DECISION_KINDS)[number];
/** A decision kind. */
export const DecisionKindSchema = z.enum(DECISION_KINDS).meta({ id: 'DecisionKind' });

/** What a decision may link to besides projects. */
export const DECISION_ITEM_KINDS = ['approval_request', 'corrective_action', 'status_report'] as const;

/** An item a decision is about; `label` is what the log shows of it. */
export const DecisionLink = z
  .object({
    kind: z.enum(['project', ...DECISION_ITEM_KINDS]),
    id: Id,
    projectId: Id.nullable(),
    label: z.string(),
  })
  .meta({ id: 'DecisionLink' });
/** A decision's link. */
export type DecisionLink = z.infer<typeof DecisionLink>;

/** A decision in the log: never changed once recorded. */
export const Decision = z
  .object({
    id: Id,
    kind: DecisionKindSchema,
    title: z.string(),
    context: z.string(),
    options: z.array(z.string()),
    decision: z.string(),
    reasons: z.string(),
    decidedBy: z.object({ id: Id, name: z.string() }),
    decidedAt: Timestamp,
    links: z.array(DecisionLink),
  })
  .meta({ id: 'Decision' });
/** A decision. */
export type Decision = z.infer<typeof Decision>;

/** A page of decisions. */
export const DecisionPage = pageOf(Decision).meta({ id: 'DecisionPage' });
/** A page of decisions. */
export type DecisionPage = z.infer<typeof DecisionPage>;

/** Body of POST /api/decisions: a decision recorded by hand, about at least one project for a manager. */
export const CreateDecisionBody = z
  .object({
    title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    context: text(8000).default(''),
    options: z.array(text(500).min(1, 'must not be empty')).max(20, 'at most 20 options').default([]),
    decision: z.string().trim().min(1, 'is required').max(4000, 'must be at most 4000 characters'),
    reasons: text(8000).default(''),
    projectIds: z.array(Id).max(50, 'at most 50 projects').default([]),
    items: z
      .array(z.object({ kind: z.enum(DECISION_ITEM_KINDS), id: Id }))
      .max(50, 'at most 50 items')
      .default([]),
  })
  .meta({ id: 'CreateDecision' });
/** Decision creation input. */
export type CreateDecisionBody = z.input<typeof CreateDecisionBody>;

/** Filters of GET /api/decisions (and its CSV); from/to are dates, inclusive. */
export const DecisionListQuery = PageQuery.extend({
  projectId: Id.optional(),
  portfolioId: Id.optional(),
  kind: DecisionKindSchema.optional(),
  from: DateOnly.optional(),
  to: DateOnly.optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Matches title, decision, context or reasons' }),
});
/** Parsed decision filters. */
export type DecisionListQuery = z.infer<typeof DecisionListQuery>;

/** A decision awaiting the PMO: a manager's open request for approval. */
export const PendingDecision = z
  .object({
    kind: z.literal('approval_request'),
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    portfolioName: z.string().nullable(),
    requestedAt: Timestamp,
    requestedBy: z.object({ id: Id, name: z.string() }).nullable(),
    note: z.string(),
    projectVersion: z.number().int(),
  })
  .meta({ id: 'PendingDecision' });
/** A pending decision. */
export type PendingDecision = z.infer<typeof PendingDecision>;

/** GET /api/decisions/pending. */
export const PendingDecisionList = z.object({ items: z.array(PendingDecision) }).meta({ id: 'PendingDecisionList' });
/** The pending decisions. */
export type PendingDecisionList = z.infer<typeof PendingDecisionList>;
