import {
  activeUsersWithRoles,
  preferencesOf,
  projectFacts,
  recipientsByIds,
} from '../../store/repos/notifications-repo.js';
import type { OutboxEventRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { NOTIFICATION_CHANNEL_LIST } from './notification-channel.js';
import { choiceOf } from './notification-preferences.js';
import { type EventFacts, NOTIFYING_EVENT_TYPES, notificationsOf, peopleOf } from './notification-rules.js';

/**
 * Turns a batch of events into notifications on every channel, as each recipient chose, inside
 * the fan-out transaction. The facts (people, projects and members) are read once per batch.
 */
export async function notifyEvents(ctx: ServiceContext, trx: Executor, batch: readonly OutboxEventRow[]) {
  // Most events (charter edits, baselines…) notify nobody: they cost no lookups.
  const events = batch.filter((e) => NOTIFYING_EVENT_TYPES.has(e.type));
  if (events.length === 0) return;
  const types = new Set(events.map((e) => e.type));
  const [people, projects, pmo, admins] = await Promise.all([
    recipientsByIds(trx, events.flatMap(peopleOf)),
    projectFacts(
      trx,
      events.flatMap((e) => (e.project_id ? [e.project_id] : [])),
    ),
    types.has('project.approval_requested') ||
    types.has('status_report.submitted') ||
    types.has('resource_request.created')
      ? activeUsersWithRoles(trx, ['pmo'])
      : [],
    types.has('webhook.disabled') ? activeUsersWithRoles(trx, ['admin']) : [],
  ]);
  const users = new Map([...people, ...pmo, ...admins].map((u) => [u.id, u]));
  const byId = new Map(projects.map((p) => [p.id, p]));
  const facts: EventFacts = {
    user: (id) => (id ? users.get(id) : undefined),
    project: (id) => (id ? byId.get(id) : undefined),
    pmo,
    admins,
  };
  const drafts = events.flatMap((e) => notificationsOf(e, facts));
  if (drafts.length === 0) return;
  const choices = await preferencesOf(trx, [...new Set(drafts.map((d) => d.userId))]);
  for (const channel of NOTIFICATION_CHANNEL_LIST) {
    const chosen = drafts.filter((d) => choiceOf(choices, d.userId, d.kind, channel.name));
    if (chosen.length > 0) await channel.deliver(ctx, trx, chosen);
  }
}
