import type { EventType } from '../../contracts/index.js';
import type { CorrectiveActionRow } from '../../store/schema.js';
import { type DomainEvent, type ProjectRef, projectEvent } from '../events/outbox.js';

/** What the audit log records of an action (JSON columns as values, so the diff names what changed). */
export function actionSnapshot(r: CorrectiveActionRow): Record<string, unknown> {
  return {
    title: r.title,
    description: r.description,
    ownerId: r.owner_id,
    dueDate: r.due_date,
    status: r.status,
    finding: JSON.parse(r.finding),
    reevaluation: r.reevaluation ? JSON.parse(r.reevaluation) : null,
    verification: r.verification ? JSON.parse(r.verification) : null,
  };
}

/** An event about an action, with its project's identity (v1 payload). */
export function actionEvent(
  type: EventType,
  project: ProjectRef,
  r: CorrectiveActionRow,
  data: Record<string, unknown> = {},
): DomainEvent {
  return projectEvent(type, project, {
    actionId: r.id,
    title: r.title,
    status: r.status,
    dueDate: r.due_date,
    ...data,
  });
}
