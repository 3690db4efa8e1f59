import { z } from 'zod';
import { PROJECT_STATES } from '../core/lifecycle.js';
import { PROJECT_ACTIONS } from '../core/policy.js';
import { PROJECT_RELATIONS } from '../core/roles.js';
import { DateOnly, Id, PageQuery, pageOf, Timestamp, Version } from './common.js';

/** Lifecycle state name. */
export const ProjectStateSchema = z.enum(PROJECT_STATES).meta({ id: 'ProjectState' });

/** Project code: upper-case letters, digits and dashes, like PRJ-0042. */
export const ProjectCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'must be upper-case letters, digits and dashes, like PRJ-0042')
  .min(2, 'must be at least 2 characters')
  .max(20, 'must be at most 20 characters');

/** ISO 4217 currency code. */
export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 code like EUR');

/** Priority 1 (lowest) to 5 (critical). */
export const Priority = z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5');

const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^",]+$/, 'must not contain quotes or commas');
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/**
 * An action on a project, as `allowedActions` names it: `project.update` (charter), `project.delete`,
 * `project.transition` (some lifecycle move; `allowedTransitions` lists which), `project.approve`
 * (approve or cancel), `project.approval.request`, `project.approval.answer` (decline or withdraw the
 * open request), `project.members.manage`, `plan.edit` (tasks, links, project calendars, baselines,
 * scenarios), `plan.progress` (progress on all tasks with `plan.edit`, else on one's own).
 */
export const ProjectActionSchema = z.enum(PROJECT_ACTIONS).meta({ id: 'ProjectAction' });

/** An action the caller could do but the project's state stops now, with the sentence to show. */
export const ProjectActionRefusal = z
  .object({ action: ProjectActionSchema, reason: z.string() })
  .meta({ id: 'ProjectActionRefusal' });

/** An open request that the PMO approve a proposed project: who asked, when (ISO), and why. */
export const ApprovalRequest = z
  .object({
    requestedAt: Timestamp,
    requestedById: Id.nullable(),
    requestedByName: z.string().nullable(),
    note: z.string(),
  })
  .meta({ id: 'ApprovalRequest' });
/** An approval request. */
export type ApprovalRequest = z.infer<typeof ApprovalRequest>;

/** A project's charter and status. Money is integer minor units of `currency`. */
export const Project = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    objective: z.string(),
    inScope: z.string(),
    outOfScope: z.string(),
    client: z.string(),
    sponsor: z.string(),
    managerId: Id.nullable(),
    managerName: z.string().nullable(),
    portfolioId: Id.nullable(),
    portfolioName: z.string().nullable(),
    state: ProjectStateSchema,
    plannedStart: DateOnly.nullable(),
    plannedFinish: DateOnly.nullable(),
    budgetMinor: z.number().int().nonnegative().meta({ description: 'Budget in minor units (cents)' }),
    currency: z.string(),
    priority: z.number().int(),
    tags: z.array(z.string()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    approvalRequest: ApprovalRequest.nullable().meta({ description: 'The open approval request, if any' }),
    relation: z
      .enum(PROJECT_RELATIONS)
      .nullable()
      .meta({ description: "The caller's relation to the project (null: none, they read it by role)" }),
    allowedActions: z
      .array(ProjectActionSchema)
      .meta({ description: 'What the caller may do on this project now, by the same policies the writes obey' }),
    refusedActions: z.array(ProjectActionRefusal).meta({
      description: "Actions the caller's role allows but the project's state stops now, with the reason (e.g. closed)",
    }),
    allowedTransitions: z
      .array(ProjectStateSchema)
      .meta({ description: 'States the caller may move the project to now' }),
  })
  .meta({ id: 'Project' });
/** A project. */
export type Project = z.infer<typeof Project>;

const charterFields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  objective: text(4000),
  inScope: text(8000),
  outOfScope: text(8000),
  client: text(200),
  sponsor: text(200),
  managerId: Id.nullable(),
  portfolioId: Id.nullable(),
  plannedStart: DateOnly.nullable(),
  plannedFinish: DateOnly.nullable(),
  budgetMinor: z
    .number()
    .int('must be a whole number of minor units')
    .min(0, 'must not be negative')
    .max(Number.MAX_SAFE_INTEGER),
  currency: Currency,
  priority: Priority,
  tags: z.array(Tag).max(20, 'at most 20 tags'),
};

function finishAfterStart(v: { plannedStart?: string | null; plannedFinish?: string | null }, ctx: z.RefinementCtx) {
  if (v.plannedStart && v.plannedFinish && v.plannedFinish < v.plannedStart) {
    ctx.addIssue({ code: 'custom', path: ['plannedFinish'], message: 'must not be before the planned start' });
  }
}

/** Body of POST /api/projects. A missing code gets the next PRJ-nnnn; the state starts at `proposed`. */
export const CreateProjectBody = z
  .object({
    code: ProjectCode.optional(),
    name: charterFields.name,
    objective: charterFields.objective.default(''),
    inScope: charterFields.inScope.default(''),
    outOfScope: charterFields.outOfScope.default(''),
    client: charterFields.client.default(''),
    sponsor: charterFields.sponsor.default(''),
    managerId: charterFields.managerId.optional(),
    portfolioId: charterFields.portfolioId.default(null),
    plannedStart: charterFields.plannedStart.default(null),
    plannedFinish: charterFields.plannedFinish.default(null),
    budgetMinor: charterFields.budgetMinor.default(0),
    currency: charterFields.currency.default('EUR'),
    priority: charterFields.priority.default(3),
    tags: charterFields.tags.default([]),
  })
  .superRefine(finishAfterStart)
  .meta({ id: 'CreateProject' });
/** Project creation input. */
export type CreateProjectBody = z.input<typeof CreateProjectBody>;

/** Body of PATCH /api/projects/{id}: any charter field, plus the version it is based on. */
export const UpdateProjectBody = z
  .object({
    code: ProjectCode.optional(),
    ...Object.fromEntries(Object.entries(charterFields).map(([k, s]) => [k, s.optional()])),
    version: Version.optional(),
  } as {
    code: z.ZodOptional<typeof ProjectCode>;
    version: z.ZodOptional<typeof Version>;
  } & { [K in keyof typeof charterFields]: z.ZodOptional<(typeof charterFields)[K]> })
  .superRefine(finishAfterStart)
  .meta({ id: 'UpdateProject' });
/** Project update input. */
export type UpdateProjectBody = z.input<typeof UpdateProjectBody>;

/** Body of POST /api/projects/{id}/transitions. */
export const TransitionBody = z
  .object({ to: ProjectStateSchema, reason: text(1000).default(''), version: Version.optional() })
  .meta({ id: 'Transition' });
/** Transition input. */
export type TransitionBody = z.input<typeof TransitionBody>;

/** Body of POST /api/projects/{id}/approval-request: a note for the PMO. */
export const RequestApprovalBody = z
  .object({ note: text(1000).default(''), version: Version.optional() })
  .meta({ id: 'RequestApproval' });
/** Approval request input. */
export type RequestApprovalBody = z.input<typeof RequestApprovalBody>;

/** Body of DELETE /api/projects/{id}/approval-request: why the request is declined or withdrawn. */
export const ClearApprovalBody = z
  .object({ reason: text(1000).default(''), version: Version.optional() })
  .meta({ id: 'ClearApprovalRequest' });
/** Input to decline or withdraw an approval request. */
export type ClearApprovalBody = z.input<typeof ClearApprovalBody>;

/** Sortable project columns; prefix with '-' for descending. */
export const PROJECT_SORT_FIELDS = [
  'code',
  'name',
  'state',
  'plannedStart',
  'plannedFinish',
  'budgetMinor',
  'priority',
  'updatedAt',
  'manager',
] as const;

/** Query of GET /api/projects. */
export const ProjectListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().meta({ description: 'Matches code or name, ignoring case' }),
  state: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const states = s.split(',');
      for (const st of states) {
        if (!(PROJECT_STATES as readonly string[]).includes(st)) {
          ctx.addIssue({ code: 'custom', message: `unknown state '${st}'` });
          return z.NEVER;
        }
      }
      return states as (typeof PROJECT_STATES)[number][];
    })
    .meta({ description: 'Comma-separated states' }),
  portfolioId: Id.optional(),
  managerId: Id.optional(),
  tag: z.string().trim().max(40).optional(),
  approvalRequested: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .meta({ description: "true: only projects awaiting the PMO's approval; false: only the others" }),
  sort: z.enum([...PROJECT_SORT_FIELDS, ...PROJECT_SORT_FIELDS.map((f) => `-${f}` as const)]).default('code'),
});
/** Parsed project list query. */
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

/** A page of projects. */
export const ProjectPage = pageOf(Project).meta({ id: 'ProjectPage' });
/** A page of Project. */
export type ProjectPage = z.infer<typeof ProjectPage>;

/** A project member: a user and their relation to the project. */
export const ProjectMember = z
  .object({
    userId: Id,
    name: z.string(),
    email: z.string(),
    relation: z.enum(PROJECT_RELATIONS),
  })
  .meta({ id: 'ProjectMember' });
/** A project member. */
export type ProjectMember = z.infer<typeof ProjectMember>;

/** Body of PUT /api/projects/{id}/members/{userId}. The manager is set on the project itself. */
export const PutMemberBody = z.object({ relation: z.enum(['team_member', 'stakeholder']) }).meta({ id: 'PutMember' });
/** Member input. */
export type PutMemberBody = z.infer<typeof PutMemberBody>;
