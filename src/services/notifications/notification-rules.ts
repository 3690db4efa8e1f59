import type { NotificationKind, PlanChangedPayload, TaskMovement } from '../../contracts/index.js';
import { PROJECT_STATE_LABELS, type ProjectState } from '../../core/lifecycle.js';
import { isAllowed } from '../../core/permissions.js';
import type { SystemRole } from '../../core/roles.js';
import type { ProjectFacts, Recipient } from '../../store/repos/notifications-repo.js';
import type { OutboxEventRow } from '../../store/schema.js';
import { relationOf } from '../access.js';

/** A notification to send to one user, before preferences and channels. */
export interface NotificationDraft {
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly projectId: string | null;
  /** The outbox event it came from; null for reminders of the clock (status reports due). */
  readonly eventSeq: number | null;
}

/** What the rules may look up about the people and projects an event names. */
export interface EventFacts {
  user(id: string | null): Recipient | undefined;
  project(id: string | null): ProjectFacts | undefined;
  /** Active PMO users. */
  readonly pmo: readonly Recipient[];
  /** Active admins. */
  readonly admins: readonly Recipient[];
}

/** The event types any rule below turns into notifications; the others are passed over unread. */
export const NOTIFYING_EVENT_TYPES: ReadonlySet<string> = new Set([
  'plan.changed',
  'project.transitioned',
  'project.approval_requested',
  'project.approval_declined',
  'project.member_added',
  'webhook.disabled',
  'corrective_action.created',
  'corrective_action.updated',
  'status_report.submitted',
  'status_report.reviewed',
  'status_report.returned',
  'resource_request.created',
  'resource_request.answered',
]);

/** A moved task is news to its owner only past this many calendar minutes (one day). */
export const MOVE_THRESHOLD_MINUTES = 24 * 60;

/** The user ids an event's rules need to know about (actor and the people in its payload). */
export function peopleOf(event: OutboxEventRow): string[] {
  const p = JSON.parse(event.payload) as Record<string, unknown>;
  const ids = [event.actor_id, p.managerId, p.userId, p.requestedBy, p.ownerId];
  if (event.type === 'plan.changed') {
    const plan = p as unknown as PlanChangedPayload;
    ids.push(...plan.moved.map((m) => m.responsibleId), ...plan.assigned.map((a) => a.to));
  }
  return ids.filter((id): id is string => typeof id === 'string');
}

/**
 * The notifications one event gives rise to. Nobody is told of their own action, an inactive user
 * is told nothing, and each recipient must (still) be allowed to read the project concerned.
 */
export function notificationsOf(event: OutboxEventRow, facts: EventFacts): NotificationDraft[] {
  const p = JSON.parse(event.payload) as Record<string, unknown>;
  const project = facts.project(event.project_id);
  const actor = facts.user(event.actor_id);
  const by = actor ? ` by ${actor.name}` : '';
  const drafts: NotificationDraft[] = [];
  const tell = (userId: unknown, kind: NotificationKind, title: string, body: string, link: string) => {
    if (typeof userId !== 'string' || userId === event.actor_id) return;
    const user = facts.user(userId);
    if (!user || user.active !== 1) return;
    const role = user.role as SystemRole;
    if (kind === 'webhook.disabled') {
      if (!isAllowed({ userId, role }, 'webhook.manage')) return;
    } else {
      if (!project) return;
      const relation = relationOf(
        { userId, role },
        { manager_id: project.manager_id, member_relation: project.members.get(userId) ?? null },
      );
      if (!isAllowed({ userId, role }, 'project.read', relation)) return;
    }
    drafts.push({ userId, kind, title, body, link, projectId: event.project_id, eventSeq: event.seq });
  };
  const label = project ? `${project.code} ${project.name}` : `${p.code ?? ''} ${p.name ?? ''}`.trim();
  const projectLink = `/projects/${event.project_id}`;

  switch (event.type) {
    case 'plan.changed':
      planNotifications(p as unknown as PlanChangedPayload, label, by, tell);
      break;
    case 'project.transitioned':
      tell(
        p.managerId,
        'project.transitioned',
        `${label} is now ${stateLabel(String(p.to))}`,
        `Moved from ${stateLabel(String(p.from))}${by}${p.reason ? `: ${p.reason}` : ''}`,
        projectLink,
      );
      break;
    case 'project.approval_requested':
      for (const u of facts.pmo) {
        tell(
          u.id,
          'approval.requested',
          `Approval requested for ${label}`,
          `Asked${by}${p.note ? `: ${p.note}` : ''}`,
          projectLink,
        );
      }
      break;
    case 'project.approval_declined':
      for (const id of new Set([p.requestedBy, p.managerId])) {
        tell(
          id,
          'approval.declined',
          `Approval of ${label} was declined`,
          `Declined${by}${p.reason ? `: ${p.reason}` : ''}`,
          projectLink,
        );
      }
      break;
    case 'resource_request.created':
      for (const u of facts.pmo) {
        tell(
          u.id,
          'resource.requested',
          `${String(p.resourceName)} requested for ${label}`,
          `Asked${by}${p.note ? `: ${p.note}` : ''}`,
          '/resource-requests',
        );
      }
      break;
    case 'resource_request.answered':
      if (p.status !== 'withdrawn') {
        tell(
          p.requestedBy,
          'resource.request_answered',
          p.status === 'fulfilled'
            ? `${String(p.fulfilledByName)} staffs your request for ${String(p.resourceName)} on ${label}`
            : `Your request for ${String(p.resourceName)} on ${label} was declined`,
          `${p.status === 'fulfilled' ? 'Fulfilled' : 'Declined'}${by}${p.answerNote ? `: ${p.answerNote}` : ''}`,
          `${projectLink}/plan`,
        );
      }
      break;
    case 'project.member_added':
      tell(
        p.userId,
        'member.added',
        `You were added to ${label}`,
        `As ${String(p.relation).replace('_', ' ')}${by}`,
        projectLink,
      );
      break;
    case 'corrective_action.created':
    case 'corrective_action.updated':
      if (p.assigned === true) {
        tell(
          p.ownerId,
          'action.assigned',
          `You own a corrective action on ${label}`,
          `“${String(p.title)}”, due ${String(p.dueDate)}, assigned${by}`,
          `${projectLink}/actions`,
        );
      }
      break;
    case 'status_report.submitted':
      for (const u of facts.pmo) {
        tell(
          u.id,
          'report.submitted',
          `Status report submitted for ${label}`,
          `For ${p.periodStart} to ${p.periodEnd}${by}`,
          `${projectLink}/reports?report=${p.reportId}`,
        );
      }
      break;
    case 'status_report.reviewed':
    case 'status_report.returned': {
      const returned = event.type === 'status_report.returned';
      tell(
        p.managerId,
        returned ? 'report.returned' : 'report.reviewed',
        `Your status report of ${label} was ${returned ? 'returned' : 'reviewed'}`,
        `${returned ? 'Returned' : 'Reviewed'}${by}${p.comment ? `: ${p.comment}` : ''}`,
        `${projectLink}/reports?report=${p.reportId}`,
      );
      break;
    }
    case 'webhook.disabled': {
      const owner = facts.user(typeof p.ownerId === 'string' ? p.ownerId : null);
      const recipients = owner?.active === 1 ? [owner] : facts.admins;
      for (const u of recipients) {
        tell(
          u.id,
          'webhook.disabled',
          `Webhook ${String(p.url)} was disabled`,
          String(p.reason ?? ''),
          `/webhooks/${p.endpointId}`,
        );
      }
      break;
    }
  }
  return drafts;
}

type Tell = (userId: unknown, kind: NotificationKind, title: string, body: string, link: string) => void;

/** Tasks newly someone's are "assigned"; their other tasks that moved more than a day, "moved" (one note per person). */
function planNotifications(p: PlanChangedPayload, label: string, by: string, tell: Tell): void {
  const plan = `/projects/${p.projectId}/plan`;
  const assignedTo = new Map<string, { id: string; name: string }[]>();
  for (const a of p.assigned) if (a.to) push(assignedTo, a.to, a);
  for (const [userId, tasks] of assignedTo) {
    const title =
      tasks.length === 1
        ? `You are now responsible for “${tasks[0]?.name}”`
        : `You are now responsible for ${tasks.length} tasks`;
    tell(userId, 'task.assigned', title, `${label} · ${names(tasks)}, assigned${by}`, taskLink(plan, tasks));
  }
  const movedFor = new Map<string, TaskMovement[]>();
  for (const m of p.moved) {
    if (!m.responsibleId || assignedTo.get(m.responsibleId)?.some((t) => t.id === m.id)) continue;
    if (Math.max(Math.abs(m.startShiftMinutes), Math.abs(m.finishShiftMinutes)) <= MOVE_THRESHOLD_MINUTES) continue;
    push(movedFor, m.responsibleId, m);
  }
  for (const [userId, tasks] of movedFor) {
    const [first] = tasks;
    const title =
      tasks.length === 1 && first ? `“${first.name}” ${movement(first)}` : `${tasks.length} of your tasks moved`;
    tell(userId, 'task.moved', title, `${label} · ${names(tasks)}${by ? `, changed${by}` : ''}`, taskLink(plan, tasks));
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function taskLink(plan: string, tasks: readonly { id: string }[]): string {
  return tasks.length === 1 ? `${plan}?task=${tasks[0]?.id}` : plan;
}

function names(tasks: readonly { name: string }[]): string {
  const shown = tasks.slice(0, 3).map((t) => t.name);
  return tasks.length > 3 ? `${shown.join(', ')} and ${tasks.length - 3} more` : shown.join(', ');
}

/** "now starts 3 days later", from the larger of the start and finish shifts. */
function movement(m: TaskMovement): string {
  const startMoved = Math.abs(m.startShiftMinutes) > MOVE_THRESHOLD_MINUTES;
  const shift = startMoved ? m.startShiftMinutes : m.finishShiftMinutes;
  const days = Math.round(Math.abs(shift) / MOVE_THRESHOLD_MINUTES);
  return `now ${startMoved ? 'starts' : 'finishes'} ${days} day${days === 1 ? '' : 's'} ${shift > 0 ? 'later' : 'earlier'}`;
}

function stateLabel(state: string): string {
  return PROJECT_STATE_LABELS[state as ProjectState] ?? state;
}
