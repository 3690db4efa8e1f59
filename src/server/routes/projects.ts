import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ClearApprovalBody,
  CreateProjectBody,
  Project,
  ProjectListQuery,
  ProjectMember,
  ProjectPage,
  PutMemberBody,
  RequestApprovalBody,
  TransitionBody,
  UpdateProjectBody,
} from '../../contracts/index.js';
import * as approvals from '../../services/approval-service.js';
import * as members from '../../services/member-service.js';
import * as projects from '../../services/project-service.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const MemberParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }),
  userId: z.uuid({ message: 'must be a UUID' }),
});

/** /api/projects: charters, lifecycle and members. */
export function projectRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects',
      tags: ['Projects'],
      summary: 'List the projects you can read',
      request: { query: ProjectListQuery },
      responses: { 200: ok(ProjectPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await projects.listProjectPage(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects',
      tags: ['Projects'],
      summary: 'Create a project',
      request: jsonBody(CreateProjectBody),
      responses: { 201: ok(Project, 'Created'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await projects.createProject(write(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}',
      tags: ['Projects'],
      summary: 'One project',
      request: { params: IdParam },
      responses: { 200: ok(Project), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await projects.getProject(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{id}',
      tags: ['Projects'],
      summary: 'Update charter fields',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdateProjectBody) },
      responses: { 200: ok(Project), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await projects.updateProject(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/transitions',
      tags: ['Projects'],
      summary: 'Move the project to another lifecycle state',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(TransitionBody) },
      responses: { 200: ok(Project), 422: { description: 'Transition not allowed from the current state' }, ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await projects.transitionProject(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/approval-request',
      tags: ['Projects'],
      summary: 'Ask the PMO to approve this proposed project',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(RequestApprovalBody) },
      responses: { 200: ok(Project), 422: { description: 'Not proposed, or already requested' }, ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await approvals.requestApproval(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/approval-request/decline',
      tags: ['Projects'],
      summary: 'Decline (PMO) or withdraw (manager) the open approval request',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(ClearApprovalBody) },
      responses: { 200: ok(Project), 422: { description: 'No approval request is open' }, ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await approvals.clearApprovalRequest(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}',
      tags: ['Projects'],
      summary: 'Delete a project',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      await projects.deleteProject(write(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/members',
      tags: ['Projects'],
      summary: 'Project members',
      request: { params: IdParam },
      responses: { 200: ok(z.array(ProjectMember)), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await members.listMembers(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/projects/{id}/members/{userId}',
      tags: ['Projects'],
      summary: 'Add a member or change their relation',
      request: { params: MemberParams, ...jsonBody(PutMemberBody) },
      responses: { 200: ok(z.array(ProjectMember)), ...ERRORS },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      return c.json(await members.putMember(write(c), id, userId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/members/{userId}',
      tags: ['Projects'],
      summary: 'Remove a member',
      request: { params: MemberParams },
      responses: { 204: { description: 'Removed' }, ...ERRORS },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      await members.removeMember(write(c), id, userId);
      return c.body(null, 204);
    },
  );
  return app;
}
