import type { DecisionKind } from '../../contracts/index.js';
import { PROJECT_STATE_LABELS, type ProjectState, TRANSITIONS } from '../../core/lifecycle.js';
import type { DecisionDraft, DraftLink } from './decision-record.js';

/** A project as the decisions of its lifecycle name it. */
interface DecidedProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly state: string;
  readonly portfolio_id: string | null;
  readonly approval_requested_at: string | null;
  readonly approval_note: string;
}

/** The moves that are decisions about the project's future, and the kind each is logged as. */
const DECIDING_MOVES: Partial<Record<ProjectState, DecisionKind>> = {
  approved: 'approval',
  cancelled: 'cancellation',
  on_hold: 'hold',
};

const VERBS: Record<string, string> = { approved: 'Approve', cancelled: 'Cancel', on_hold: 'Put on hold' };

/**
 * The decision a lifecycle move records (approve, cancel, put on hold), or null for the moves that
 * follow a plan (planning, executing, closing …). The options are the moves the project had.
 */
export function transitionDecision(
  p: DecidedProject,
  to: ProjectState,
  reason: string,
  settlesRequest: boolean,
): DecisionDraft | null {
  const kind = DECIDING_MOVES[to];
  if (!kind) return null;
  const from = p.state as ProjectState;
  const label = (s: ProjectState) => PROJECT_STATE_LABELS[s] ?? s;
  const links: DraftLink[] = [{ kind: 'project', itemId: p.id, projectId: p.id }];
  // The approval request has no id of its own: it lives on the project row.
  if (settlesRequest) links.push({ kind: 'approval_request', itemId: p.id, projectId: p.id });
  return {
    kind,
    title: `${VERBS[to]} ${p.code} ${p.name}`,
    context: requestContext(p, settlesRequest) ?? `The project was ${label(from).toLowerCase()}.`,
    options: [
      `Keep it ${label(from).toLowerCase()}`,
      ...TRANSITIONS[from].map((s) => `Move it to ${label(s).toLowerCase()}`),
    ],
    decision: `${label(from)} → ${label(to)}`,
    reasons: reason,
    links,
    portfolioId: p.portfolio_id,
  };
}

/** The decision of declining a manager's approval request. */
export function rejectionDecision(p: DecidedProject, reason: string): DecisionDraft {
  return {
    kind: 'rejection',
    title: `Decline the approval request of ${p.code} ${p.name}`,
    context: requestContext(p, true) ?? '',
    options: ['Approve', 'Decline (the proposal goes back to its manager)', 'Put on hold', 'Cancel'],
    decision: 'Approval declined; the project stays proposed',
    reasons: reason,
    links: [
      { kind: 'project', itemId: p.id, projectId: p.id },
      { kind: 'approval_request', itemId: p.id, projectId: p.id },
    ],
    portfolioId: p.portfolio_id,
  };
}

function requestContext(p: DecidedProject, settlesRequest: boolean): string | null {
  if (!settlesRequest || !p.approval_requested_at) return null;
  const asked = `Approval requested on ${p.approval_requested_at.slice(0, 10)}`;
  return p.approval_note ? `${asked}: ${p.approval_note}` : `${asked}.`;
}
