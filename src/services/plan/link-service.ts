import type { CreateLinksBody, LinkIdsBody, UpdateLinkBody } from '../../contracts/index.js';
import type { WriteRequest } from '../write-pipeline.js';
import { applyPlanOps } from './plan-ops-service.js';

/*
 * The link routes, thin adapters onto the one op path; errors keep naming the route's own fields.
 */

const asSent = (_: number, path: string) => path;

/** Adds links; a cycle is refused with the tasks that form it. */
export function createLinks(req: WriteRequest, projectId: string, body: CreateLinksBody) {
  return applyPlanOps(req, projectId, [{ op: 'addLinks', links: body.links }], { locate: asSent });
}

/** Changes a link's type or lag. */
export function updateLink(req: WriteRequest, projectId: string, linkId: string, body: UpdateLinkBody) {
  const { version: _, ...fields } = body;
  return applyPlanOps(req, projectId, [{ op: 'updateLink', linkId, fields }], {
    locate: (_, path) => path.replace(/^fields\./, ''),
  });
}

/** Deletes links. */
export function deleteLinks(req: WriteRequest, projectId: string, body: LinkIdsBody) {
  return applyPlanOps(req, projectId, [{ op: 'deleteLinks', linkIds: body.linkIds }], { locate: asSent });
}
