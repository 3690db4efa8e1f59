import type { CreateLinksBody, LinkIdsBody, UpdateLinkBody } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { ServiceContext } from '../context.js';
import { applyPlanOps } from './plan-ops-service.js';

/*
 * The link routes, thin adapters onto the one op path; errors keep naming the route's own fields.
 */

const asSent = (_: number, path: string) => path;

/** Adds links; a cycle is refused with the tasks that form it. */
export function createLinks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: CreateLinksBody,
  ifMatch?: number,
) {
  return applyPlanOps(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    [{ op: 'addLinks', links: body.links }],
    { locate: asSent },
  );
}

/** Changes a link's type or lag. */
export function updateLink(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  linkId: string,
  body: UpdateLinkBody,
  ifMatch?: number,
) {
  const { version, ...fields } = body;
  return applyPlanOps(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: version },
    [{ op: 'updateLink', linkId, fields }],
    {
      locate: (_, path) => path.replace(/^fields\./, ''),
    },
  );
}

/** Deletes links. */
export function deleteLinks(ctx: ServiceContext, actor: Actor, projectId: string, body: LinkIdsBody, ifMatch?: number) {
  return applyPlanOps(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    [{ op: 'deleteLinks', linkIds: body.linkIds }],
    { locate: asSent },
  );
}
