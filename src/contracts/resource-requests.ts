import { z } from 'zod';
import { DateOnly, Id, Timestamp, Version } from './common.js';
import { resourceActions } from './resource-actions.js';
import { ResourceKindEnum } from './resources.js';

/*
 * Resource requests (issue 11): a project manager asks the PMO for a resource, usually a named
 * person for a generic role's assignment; the PMO fulfils (which staffs the assignment by a plan op)
 * or declines with a note; the manager may withdraw while it is open. Units in percent.
 */

/** Where a request stands. */
export const ResourceRequestStatusEnum = z
  .enum(['open', 'fulfilled', 'declined', 'withdrawn'])
  .meta({ id: 'ResourceRequestStatus' });

/** POST /api/projects/{id}/resource-requests. */
export const NewResourceRequest = z
  .object({
    /** The assignment to staff ("a named person for this Senior developer assignment"); absent: the project at large. */
    assignmentId: Id.nullable().optional(),
    /** What is asked for: a role (anyone filling it) or a named resource. Default: the assignment's resource. */
    resourceId: Id.optional(),
    unitsPercent: z.number().min(1, 'must be at least 1 %').max(1000).default(100),
    from: DateOnly,
    to: DateOnly,
    note: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'NewResourceRequest' });
/** A new request. */
export type NewResourceRequest = z.infer<typeof NewResourceRequest>;

/** A resource request as read. */
export const ResourceRequest = z
  .object({
    id: Id,
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    assignmentId: Id.nullable(),
    taskName: z.string().nullable(),
    resourceId: Id,
    resourceName: z.string(),
    resourceKind: ResourceKindEnum,
    unitsPercent: z.number(),
    from: z.string(),
    to: z.string(),
    note: z.string(),
    status: ResourceRequestStatusEnum,
    fulfilledByResourceId: Id.nullable(),
    fulfilledByName: z.string().nullable(),
    answerNote: z.string(),
    requestedBy: Id,
    requestedByName: z.string().nullable(),
    answeredBy: Id.nullable(),
    answeredByName: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    ...resourceActions('ResourceRequest', [
      'resource_request.fulfil',
      'resource_request.decline',
      'resource_request.withdraw',
    ]),
  })
  .meta({ id: 'ResourceRequest' });
/** A resource request. */
export type ResourceRequest = z.infer<typeof ResourceRequest>;

/** A list of requests (a project's, or every open one for the PMO). */
export const ResourceRequestList = z.object({ items: z.array(ResourceRequest) }).meta({ id: 'ResourceRequestList' });
/** A list of requests. */
export type ResourceRequestList = z.infer<typeof ResourceRequestList>;

/** POST /api/resource-requests/{id}/fulfil: the person who staffs it. */
export const FulfilResourceRequestBody = z
  .object({ resourceId: Id, note: z.string().trim().max(2000).default(''), version: Version })
  .meta({ id: 'FulfilResourceRequestBody' });
/** Fulfil body. */
export type FulfilResourceRequestBody = z.infer<typeof FulfilResourceRequestBody>;

/** POST /api/resource-requests/{id}/decline: why not. */
export const DeclineResourceRequestBody = z
  .object({ note: z.string().trim().min(1, 'say why').max(2000), version: Version })
  .meta({ id: 'DeclineResourceRequestBody' });
/** Decline body. */
export type DeclineResourceRequestBody = z.infer<typeof DeclineResourceRequestBody>;

/** POST /api/resource-requests/{id}/withdraw. */
export const WithdrawResourceRequestBody = z.object({ version: Version }).meta({ id: 'WithdrawResourceRequestBody' });
