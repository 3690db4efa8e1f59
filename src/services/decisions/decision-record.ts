import type { DecisionKind } from '../../contracts/index.js';
import { insertDecision } from '../../store/repos/decisions-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import type { DomainEvent } from '../events/outbox.js';

/** A link of a decision about to be recorded: `projectId` is the project whose readers may read it. */
export interface DraftLink {
  readonly kind: 'project' | 'approval_request' | 'corrective_action' | 'status_report';
  readonly itemId: string;
  readonly projectId: string | null;
}

/** A decision about to be recorded. */
export interface DecisionDraft {
  readonly kind: DecisionKind;
  readonly title: string;
  readonly context: string;
  readonly options: readonly string[];
  readonly decision: string;
  readonly reasons: string;
  readonly links: readonly DraftLink[];
  /** For the event: the portfolio of its first project. */
  readonly portfolioId?: string | null;
}

/**
 * Records a decision inside the caller's transaction (a lifecycle move, the PMO accepting an
 * action, a decision made by hand), so it commits with the change it explains or not at all.
 * Answers its `decision.recorded` event, for the caller to append with its own, last.
 */
export async function recordDecision(
  ctx: ServiceContext,
  trx: Executor,
  actorId: string,
  d: DecisionDraft,
): Promise<DomainEvent & { readonly decisionId: string }> {
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  const links = dedupe(d.links);
  await insertDecision(
    trx,
    {
      id,
      kind: d.kind,
      title: d.title,
      context: d.context,
      options: JSON.stringify(d.options),
      decision: d.decision,
      reasons: d.reasons,
      decided_by: actorId,
      decided_at: at,
      created_at: at,
    },
    links.map((l) => ({ decision_id: id, kind: l.kind, item_id: l.itemId, project_id: l.projectId })),
  );
  const projectId = links.find((l) => l.kind === 'project')?.projectId ?? null;
  return {
    decisionId: id,
    type: 'decision.recorded',
    projectId,
    portfolioId: d.portfolioId ?? null,
    payload: {
      v: 1,
      decisionId: id,
      kind: d.kind,
      title: d.title,
      decision: d.decision,
      projectIds: links.filter((l) => l.kind === 'project').map((l) => l.itemId),
    },
  };
}

function dedupe(links: readonly DraftLink[]): DraftLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.kind}/${l.itemId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
