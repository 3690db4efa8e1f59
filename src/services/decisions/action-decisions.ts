import { type Reevaluation, reevaluationSentence } from '../../core/actions/corrective-action.js';
import type { ActionView } from '../../store/repos/corrective-actions-repo.js';
import type { DecisionDraft } from './decision-record.js';

/** The decision the PMO makes by accepting a done action whose finding was not confirmed fixed. */
export function acceptanceDecision(v: ActionView, reason: string, last: Reevaluation | null): DecisionDraft {
  return {
    kind: 'acceptance',
    title: `Accept corrective action “${v.title}” (${v.project_code})`,
    context: last
      ? `Re-evaluated when done: ${reevaluationSentence(last)}.`
      : 'The finding is not measured automatically.',
    options: ['Accept the action as verified', 'Keep it open until the finding no longer fires'],
    decision: 'Accepted as verified',
    reasons: reason,
    links: [
      { kind: 'project', itemId: v.project_id, projectId: v.project_id },
      { kind: 'corrective_action', itemId: v.id, projectId: v.project_id },
    ],
    portfolioId: v.portfolio_id,
  };
}
