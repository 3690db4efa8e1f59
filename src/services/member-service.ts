import type { ProjectMember, PutMemberBody } from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import type { Actor } from '../core/permissions.js';
import * as repo from '../store/repos/projects-repo.js';
import { findUserById } from '../store/repos/users-repo.js';
import type { ServiceContext } from './context.js';
import { projectEvent } from './events/outbox.js';
import { loadProjectFor, projectTarget } from './project-service.js';
import { runWrite, type WriteRequest } from './write-pipeline.js';

/** The project's manager first, then team members and stakeholders by name. */
export async function listMembers(ctx: ServiceContext, actor: Actor, projectId: string): Promise<ProjectMember[]> {
  const project = await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  const members: ProjectMember[] = [];
  if (project.manager_id) {
    const m = await findUserById(ctx.store.db, project.manager_id);
    if (m) members.push({ userId: m.id, name: m.name, email: m.email, relation: 'manager' });
  }
  for (const r of await repo.listMembers(ctx.store.db, projectId)) {
    members.push({
      userId: r.user_id,
      name: r.name,
      email: r.email,
      relation: r.relation as 'team_member' | 'stakeholder',
    });
  }
  return members;
}

/** Adds a user to the project, or changes their relation (memberships have no version of their own). */
export async function putMember(req: WriteRequest, projectId: string, userId: string, body: PutMemberBody) {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...projectTarget(actor, projectId, 'project.members.manage'),
    async apply(trx, project) {
      const user = await findUserById(trx, userId);
      if (!user) throw new DomainError('not_found', `User ${userId} not found`, { entity: 'user', id: userId });
      if (project.manager_id === userId) {
        throw new DomainError('validation_failed', 'userId: this user is the project manager', {
          issues: [{ path: 'userId', message: 'is the project manager; change the manager on the project instead' }],
        });
      }
      const before = await repo.findMember(trx, projectId, userId);
      await repo.upsertMember(trx, {
        project_id: projectId,
        user_id: userId,
        relation: body.relation,
        added_at: ctx.now().toISOString(),
      });
      return { before, email: user.email };
    },
    audit: (_, { before, email }) => ({
      action: 'project.member.put',
      entityType: 'project_member',
      entityId: `${projectId}/${userId}`,
      projectId,
      before: before ? { relation: before.relation } : null,
      after: { relation: body.relation, user: email },
    }),
    events: (project, { before }) =>
      before?.relation === body.relation
        ? []
        : [
            projectEvent(before ? 'project.member_changed' : 'project.member_added', project, {
              userId,
              relation: body.relation,
              previousRelation: before?.relation ?? null,
            }),
          ],
  });
  return listMembers(ctx, actor, projectId);
}

/** Removes a user from the project (not the manager, who is set on the project). */
export async function removeMember(req: WriteRequest, projectId: string, userId: string): Promise<void> {
  await runWrite(req, {
    ...projectTarget(req.actor, projectId, 'project.members.manage'),
    async apply(trx) {
      const before = await repo.findMember(trx, projectId, userId);
      if (!before) {
        throw new DomainError('not_found', `User ${userId} is not a member of this project`, {
          entity: 'project_member',
        });
      }
      await repo.deleteMember(trx, projectId, userId);
      return before;
    },
    audit: (_, before) => ({
      action: 'project.member.remove',
      entityType: 'project_member',
      entityId: `${projectId}/${userId}`,
      projectId,
      before: { relation: before.relation },
      after: null,
    }),
    events: (project, before) => [
      projectEvent('project.member_removed', project, { userId, relation: before.relation }),
    ],
  });
}
