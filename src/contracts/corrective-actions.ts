import { z } from 'zod';
import { CORRECTIVE_ACTION_ACTIONS } from '../core/actions/action-policy.js';
import { ACTION_STATUSES, type ActionStatus, DCMA_CHECK_KEYS } from '../core/actions/corrective-action.js';
import { DIMENSIONS } from '../core/health/model.js';
import { DateOnly, Id, PageQuery, pageOf, Timestamp, Version } from './common.js';
import { resourceActions } from './resource-actions.js';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const flag = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === '1' || v === 'true'));

/** A corrective action's status. */
export const ActionStatusSchema = z.enum(ACTION_STATUSES).meta({ id: 'CorrectiveActionStatus' });

/** The finding an action addresses: a health rule, a DCMA check (1..14), a variance, or none (manual). */
export const FindingSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('health'),
      ruleId: z.string().trim().min(1, 'is required').max(100),
      dimension: z.enum(DIMENSIONS),
    }),
    z.object({
      kind: z.literal('dcma'),
      checkId: z.number().int().min(1, 'must be 1..14').max(14, 'must be 1..14'),
      checkKey: z.enum(DCMA_CHECK_KEYS),
    }),
    z.object({ kind: z.literal('variance'), note: text(1000).default('') }),
    z.object({ kind: z.literal('manual') }),
  ])
  .refine((f) => f.kind !== 'dcma' || DCMA_CHECK_KEYS[f.checkId - 1] === f.checkKey, {
    message: 'checkKey does not match checkId',
    path: ['checkKey'],
  })
  .meta({ id: 'Finding' });
/** A finding. */
export type FindingInput = z.input<typeof FindingSchema>;

/** A finding measured again: fires null when it could not be measured; value and threshold in its own unit. */
export const ReevaluationSchema = z
  .object({
    at: Timestamp,
    fires: z.boolean().nullable(),
    value: z.number().nullable(),
    threshold: z.number().nullable(),
    message: z.string(),
    sentence: z.string().meta({ example: 'Still fires: value 3, threshold 1' }),
  })
  .meta({ id: 'Reevaluation' });

/** How an action was verified: automatically (its finding no longer fires) or accepted by the PMO with a reason. */
export const VerificationSchema = z
  .object({
    how: z.enum(['automatic', 'accepted']),
    at: Timestamp,
    byId: Id,
    byName: z.string(),
    reason: z.string(),
    value: z.number().nullable(),
    threshold: z.number().nullable(),
  })
  .meta({ id: 'Verification' });

const Person = z.object({ id: Id, name: z.string() });

/** A corrective action; `dueDate` is a date, `overdue` true when due before today and still open or in progress. */
export const CorrectiveAction = z
  .object({
    id: Id,
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    title: z.string(),
    description: z.string(),
    owner: Person,
    dueDate: DateOnly,
    status: ActionStatusSchema,
    overdue: z.boolean(),
    finding: FindingSchema,
    findingLabel: z.string(),
    reevaluation: ReevaluationSchema.nullable(),
    verification: VerificationSchema.nullable(),
    createdBy: Person,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    ...resourceActions('CorrectiveAction', CORRECTIVE_ACTION_ACTIONS),
  })
  .meta({ id: 'CorrectiveAction' });
/** A corrective action. */
export type CorrectiveAction = z.infer<typeof CorrectiveAction>;

/** A page of corrective actions. */
export const CorrectiveActionPage = pageOf(CorrectiveAction).meta({ id: 'CorrectiveActionPage' });
/** A page of corrective actions. */
export type CorrectiveActionPage = z.infer<typeof CorrectiveActionPage>;

const actionFields = {
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  description: text(4000),
  ownerId: Id,
  dueDate: DateOnly,
  finding: FindingSchema,
};

/** Body of POST /api/projects/{id}/corrective-actions. */
export const CreateCorrectiveActionBody = z
  .object({
    ...actionFields,
    description: actionFields.description.default(''),
    finding: actionFields.finding.default({ kind: 'manual' }),
  })
  .meta({ id: 'CreateCorrectiveAction' });
/** Corrective action creation input. */
export type CreateCorrectiveActionBody = z.input<typeof CreateCorrectiveActionBody>;

/** Body of PATCH /api/projects/{id}/corrective-actions/{actionId}: the fields to change. */
export const UpdateCorrectiveActionBody = z
  .object({
    title: actionFields.title.optional(),
    description: actionFields.description.optional(),
    ownerId: actionFields.ownerId.optional(),
    dueDate: actionFields.dueDate.optional(),
    finding: actionFields.finding.optional(),
    version: Version.optional(),
  })
  .meta({ id: 'UpdateCorrectiveAction' });
/** Corrective action update input. */
export type UpdateCorrectiveActionBody = z.input<typeof UpdateCorrectiveActionBody>;

/** Body of the status moves (start, done, cancel): the version, and an optional note kept in the audit log. */
export const ActionStepBody = z
  .object({ note: text(1000).default(''), version: Version.optional() })
  .meta({ id: 'CorrectiveActionStep' });
/** A status move's input. */
export type ActionStepBody = z.input<typeof ActionStepBody>;

/** Body of POST .../verify: the PMO accepts a done action, with the reason (required). */
export const VerifyActionBody = z
  .object({
    reason: z.string().trim().min(1, 'is required: say why the action is accepted').max(1000),
    version: Version.optional(),
  })
  .meta({ id: 'VerifyCorrectiveAction' });
/** Verification input. */
export type VerifyActionBody = z.input<typeof VerifyActionBody>;

/** Filters of the corrective action lists; `mine=1` the caller's own, `overdue=1` only overdue ones. */
export const CorrectiveActionListQuery = PageQuery.extend({
  status: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const statuses = s.split(',');
      for (const st of statuses) {
        if (!(ACTION_STATUSES as readonly string[]).includes(st)) {
          ctx.addIssue({ code: 'custom', message: `unknown status '${st}'` });
          return z.NEVER;
        }
      }
      return statuses as ActionStatus[];
    })
    .meta({ description: 'Comma-separated statuses' }),
  mine: flag.meta({ description: '1: only actions the caller owns' }),
  overdue: flag.meta({ description: '1: only overdue actions' }),
  portfolioId: Id.optional(),
  projectId: Id.optional(),
});
/** Parsed list filters. */
export type CorrectiveActionListQuery = z.infer<typeof CorrectiveActionListQuery>;
