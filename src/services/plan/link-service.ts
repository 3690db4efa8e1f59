import type { CreateLinksBody, LinkIdsBody, UpdateLinkBody } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import type { LinkRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { newLinkRows } from './link-rules.js';
import { changePlan, type PlanDraft } from './plan-change.js';

function describe(draft: PlanDraft, l: LinkRow) {
  const name = new Map(draft.tasks.map((t) => [t.id, t.name]));
  const lag =
    l.lag === 0
      ? ''
      : `${l.lag > 0 ? '+' : ''}${l.lag}${l.lag_kind === 'percent' ? '%' : l.lag_kind === 'elapsed' ? 'em' : 'm'}`;
  return `${name.get(l.predecessor_id) ?? l.predecessor_id} -> ${name.get(l.successor_id) ?? l.successor_id} ${l.type}${lag} [${l.id}]`;
}

/** Adds links; a cycle is refused with the tasks that form it. */
export function createLinks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: CreateLinksBody,
  ifMatch?: number,
) {
  return changePlan(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    {
      permission: 'plan.edit',
      audit: 'plan.links.create',
      apply(draft) {
        const rows = newLinkRows(ctx, draft, body.links);
        draft.links.push(...rows);
        return {
          before: null,
          after: { count: rows.length, links: rows.slice(0, 200).map((l) => describe(draft, l)) },
        };
      },
    },
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
  return changePlan(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    {
      permission: 'plan.edit',
      audit: 'plan.links.update',
      apply(draft) {
        const i = draft.links.findIndex((l) => l.id === linkId);
        if (i < 0) throw invalidField('linkId', `no link ${linkId} in this plan`);
        const old = draft.links[i] as LinkRow;
        const next: LinkRow = {
          ...old,
          type: body.type ?? old.type,
          lag_kind: body.lagKind ?? old.lag_kind,
          lag: body.lag ?? old.lag,
        };
        draft.links[i] = next;
        return { before: { link: describe(draft, old) }, after: { link: describe(draft, next) } };
      },
    },
  );
}

/** Deletes links. */
export function deleteLinks(ctx: ServiceContext, actor: Actor, projectId: string, body: LinkIdsBody, ifMatch?: number) {
  return changePlan(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    {
      permission: 'plan.edit',
      audit: 'plan.links.delete',
      apply(draft) {
        const gone = new Set(body.linkIds);
        const known = new Set(draft.links.map((l) => l.id));
        const missing = body.linkIds.find((id) => !known.has(id));
        if (missing) throw invalidField('linkIds', `no link ${missing} in this plan`);
        const removed = draft.links.filter((l) => gone.has(l.id));
        draft.links = draft.links.filter((l) => !gone.has(l.id));
        return {
          before: { count: removed.length, links: removed.slice(0, 200).map((l) => describe(draft, l)) },
          after: null,
        };
      },
    },
  );
}
