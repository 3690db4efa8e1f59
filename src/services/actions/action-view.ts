import type { CorrectiveAction } from '../../contracts/index.js';
import {
  type CorrectiveActionAction,
  type CorrectiveActionResource,
  correctiveActionActions,
  correctiveActionPolicy,
} from '../../core/actions/action-policy.js';
import {
  type ActionStatus,
  type Finding,
  findingLabel,
  isOverdue,
  type Reevaluation,
  reevaluationSentence,
} from '../../core/actions/corrective-action.js';
import type { Actor } from '../../core/permissions.js';
import type { ActionView } from '../../store/repos/corrective-actions-repo.js';
import { authoriseOn, projectResource } from '../access.js';

/** What a stored verification holds (JSON in `verification`). */
export interface StoredVerification {
  readonly how: 'automatic' | 'accepted';
  readonly at: string;
  readonly byId: string;
  readonly byName: string;
  readonly reason: string;
  readonly value: number | null;
  readonly threshold: number | null;
}

/** Today's date (YYYY-MM-DD, UTC) as "overdue" compares due dates with it. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A stored action as policies see it, for `actor`. */
export function actionResource(actor: Actor, v: ActionView): CorrectiveActionResource {
  return {
    project: projectResource(actor, v),
    status: v.status as ActionStatus,
    ownedByActor: v.owner_id === actor.userId,
  };
}

/** Throws the policy's refusal unless `actor` may do `action` on `v` now. */
export function authoriseAction(actor: Actor, action: CorrectiveActionAction, v: ActionView): void {
  authoriseOn(correctiveActionPolicy(actor, action, actionResource(actor, v)), { action });
}

/** The wire shape of a stored action, for `actor`. */
export function toCorrectiveAction(actor: Actor, v: ActionView, now: Date): CorrectiveAction {
  const finding = JSON.parse(v.finding) as Finding;
  const reevaluation = v.reevaluation ? (JSON.parse(v.reevaluation) as Reevaluation) : null;
  return {
    id: v.id,
    projectId: v.project_id,
    projectCode: v.project_code,
    projectName: v.project_name,
    title: v.title,
    description: v.description,
    owner: { id: v.owner_id, name: v.owner_name },
    dueDate: v.due_date,
    status: v.status as ActionStatus,
    overdue: isOverdue(v.status as ActionStatus, v.due_date, todayOf(now)),
    finding,
    findingLabel: findingLabel(finding),
    reevaluation: reevaluation ? { ...reevaluation, sentence: reevaluationSentence(reevaluation) } : null,
    verification: v.verification ? (JSON.parse(v.verification) as StoredVerification) : null,
    createdBy: { id: v.created_by, name: v.created_by_name },
    createdAt: v.created_at,
    updatedAt: v.updated_at,
    version: v.version,
    ...correctiveActionActions(actor, actionResource(actor, v)),
  };
}
