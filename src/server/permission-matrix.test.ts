import { randomUUID as uuid } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../services/jobs/job-service.js';
import { inTransaction } from '../store/transaction.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { importForm } from '../test-support/import-plan.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/**
 * The permission matrix: every API route, called by nobody and by each role, against a fresh
 * project that `pm` manages, `team` works on and `stakeholder` follows; `otherPm` has no part in
 * it, so project routes must answer them 404 (the project's existence must not leak).
 */
const ROLES = ['admin', 'pmo', 'pm', 'otherPm', 'team', 'stakeholder'] as const;
type Role = (typeof ROLES)[number];
type Expect = 'ok' | 400 | 403 | 404 | 409;

const EMAILS: Record<Role, string> = {
  admin: TEST_ADMIN.email,
  pmo: 'pmo@demo.gantry.local',
  pm: 'marco@demo.gantry.local',
  otherPm: 'aiko@demo.gantry.local',
  team: 'lena@demo.gantry.local',
  stakeholder: 'olivia@demo.gantry.local',
};

/** Expected answer per role, written out by hand (not derived from the permission table it checks). */
function row(admin: Expect, pmo: Expect, pm: Expect, otherPm: Expect, team: Expect, stakeholder: Expect) {
  return { admin, pmo, pm, otherPm, team, stakeholder };
}

interface Fixture {
  projectId: string;
  /** A second project of `pm`'s, proposed, with an open approval request (version 2). */
  proposalId: string;
  portfolioId: string;
  emptyPortfolioId: string;
  userId: string;
  memberId: string;
  tokenId: string;
  /** The plan: version, a task the team member is responsible for, another task, the link between them. */
  planVersion: number;
  teamTaskId: string;
  taskId: string;
  spareTaskId: string;
  linkId: string;
  /** A fresh organisation calendar and project calendar no plan uses, and a saved baseline. */
  orgCalendarId: string;
  projectCalendarId: string;
  baselineId: string;
  /** A finished background job that `pm` started. */
  jobId: string;
  /** A webhook endpoint and one of its (given-up) deliveries. */
  webhookId: string;
  deliveryId: string;
  /** A notification of the calling role's own. */
  notificationId: string;
  /** A scenario of `pm`'s on the plan, with one edit (version 2). */
  scenarioId: string;
}

interface Case {
  /** An event stream: only its status is read. */
  stream?: boolean;
  method: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  headers?: (f: Fixture) => Record<string, string>;
  expect: Record<Role, Expect>;
}

/** A tiny MS Project file for the import route (a FormData is sent as multipart by the client). */
const IMPORT_FORM = '<import>';
const matrixImportForm = () => {
  const xml =
    '<Project xmlns="http://schemas.microsoft.com/project"><Name>Matrix import</Name><StartDate>2030-01-07T08:00:00</StartDate>' +
    '<Tasks><Task><UID>1</UID><ID>1</ID><Name>One</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task></Tasks></Project>';
  return importForm('matrix.xml', xml);
};

let seq = 0;
const unique = () => `${Date.now().toString(36)}${seq++}`;

const CASES: Record<string, Case> = {
  'GET /me': { method: 'GET', path: () => '/api/me', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'GET /me/tokens': { method: 'GET', path: () => '/api/me/tokens', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'POST /me/tokens': {
    method: 'POST',
    path: () => '/api/me/tokens',
    body: () => ({ name: 'matrix' }),
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'DELETE /me/tokens/{id}': {
    method: 'DELETE',
    path: (f) => `/api/me/tokens/${f.tokenId}`,
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /users': { method: 'GET', path: () => '/api/users', expect: row('ok', 'ok', 'ok', 'ok', 403, 403) },
  'POST /users': {
    method: 'POST',
    path: () => '/api/users',
    body: () => ({ email: `u${unique()}@x.test`, name: 'New', role: 'team_member', password: 'long-enough-pw' }),
    expect: row('ok', 403, 403, 403, 403, 403),
  },
  'GET /users/{id}': {
    method: 'GET',
    path: (f) => `/api/users/${f.userId}`,
    expect: row('ok', 'ok', 'ok', 'ok', 403, 403),
  },
  'PATCH /users/{id}': {
    method: 'PATCH',
    path: (f) => `/api/users/${f.userId}`,
    body: () => ({ name: 'Renamed', version: 1 }),
    expect: row('ok', 403, 403, 403, 403, 403),
  },
  'GET /portfolios': { method: 'GET', path: () => '/api/portfolios', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'POST /portfolios': {
    method: 'POST',
    path: () => '/api/portfolios',
    body: () => ({ name: `P ${unique()}` }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /portfolios/{id}': {
    method: 'GET',
    path: (f) => `/api/portfolios/${f.portfolioId}`,
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'PATCH /portfolios/{id}': {
    method: 'PATCH',
    path: (f) => `/api/portfolios/${f.emptyPortfolioId}`,
    body: () => ({ description: 'changed', version: 1 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'DELETE /portfolios/{id}': {
    method: 'DELETE',
    path: (f) => `/api/portfolios/${f.emptyPortfolioId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /projects': { method: 'GET', path: () => '/api/projects', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'POST /projects': {
    method: 'POST',
    path: () => '/api/projects',
    body: () => ({ name: 'Matrix project' }),
    expect: row('ok', 'ok', 'ok', 'ok', 403, 403),
  },
  'GET /projects/{id}': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'PATCH /projects/{id}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}`,
    body: () => ({ objective: 'Changed', version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}`,
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'POST /projects/{id}/transitions': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/transitions`,
    body: () => ({ to: 'on_hold', version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/approval-request': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/approval-request`,
    body: () => ({ note: 'Ready', version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/approval-request/decline': {
    method: 'POST',
    path: (f) => `/api/projects/${f.proposalId}/approval-request/decline`,
    body: () => ({ reason: 'Not yet', version: 2 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/members': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/members`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'PUT /projects/{id}/members/{userId}': {
    method: 'PUT',
    path: (f) => `/api/projects/${f.projectId}/members/${f.memberId}`,
    body: () => ({ relation: 'stakeholder' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/members/{userId}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/members/${f.memberId}`,
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/tasks': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/tasks`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/tasks': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/tasks`,
    body: (f) => ({ version: f.planVersion, tasks: [{ name: 'Added' }] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  // Progress on a task the team member is responsible for: the one plan write a team member may make.
  'PATCH /projects/{id}/tasks': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/tasks`,
    body: (f) => ({ version: f.planVersion, tasks: [{ id: f.teamTaskId, percentComplete: 50 }] }),
    expect: row('ok', 'ok', 'ok', 404, 'ok', 403),
  },
  'PATCH /projects/{id}/tasks/{taskId}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/tasks/${f.teamTaskId}`,
    body: (f) => ({ version: f.planVersion, name: 'Renamed' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/tasks/{taskId}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/tasks/${f.taskId}`,
    headers: (f) => ({ 'if-match': String(f.planVersion) }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/tasks/move': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/tasks/move`,
    body: (f) => ({ version: f.planVersion, taskIds: [f.taskId], parentId: null, beforeId: f.teamTaskId }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/tasks/indent': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/tasks/indent`,
    body: (f) => ({ version: f.planVersion, taskIds: [f.spareTaskId] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/tasks/outdent': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/tasks/outdent`,
    body: (f) => ({ version: f.planVersion, taskIds: [f.taskId] }),
    expect: row(400, 400, 400, 404, 403, 403),
  },
  'POST /projects/{id}/tasks/delete': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/tasks/delete`,
    body: (f) => ({ version: f.planVersion, taskIds: [f.taskId] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/links': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/links`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/links': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/links`,
    body: (f) => ({
      version: f.planVersion,
      links: [{ predecessorId: f.spareTaskId, successorId: f.taskId, type: 'SS' }],
    }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'PATCH /projects/{id}/links/{linkId}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/links/${f.linkId}`,
    body: (f) => ({ version: f.planVersion, lag: 480 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/links/{linkId}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/links/${f.linkId}`,
    headers: (f) => ({ 'if-match': String(f.planVersion) }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/links/delete': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/links/delete`,
    body: (f) => ({ version: f.planVersion, linkIds: [f.linkId] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/schedule': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/schedule`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /projects/{id}/plan/summary': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/plan/summary`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'PATCH /projects/{id}/schedule': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/schedule`,
    body: (f) => ({ version: f.planVersion, statusDate: '2030-01-09T17:00' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  // A batch of ops: progress on the team member's own task is the one a team member may send.
  'POST /projects/{id}/plan/ops': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/plan/ops`,
    body: (f) => ({
      version: f.planVersion,
      ops: [{ op: 'updateTask', taskId: f.teamTaskId, fields: { percentComplete: 50 } }],
    }),
    expect: row('ok', 'ok', 'ok', 404, 'ok', 403),
  },
  'GET /projects/{id}/plan/history': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/plan/history`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  // Undo is the caller's own: only the admin, who built the fixture's plan, has an edit to take back;
  // anyone else who may edit finds nothing to undo (409).
  'POST /projects/{id}/plan/undo': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/plan/undo`,
    body: (f) => ({ version: f.planVersion }),
    expect: row('ok', 409, 409, 404, 409, 403),
  },
  'POST /projects/{id}/plan/redo': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/plan/redo`,
    body: (f) => ({ version: f.planVersion }),
    expect: row(409, 409, 409, 404, 409, 403),
  },
  // Scenarios: opened by anyone who may edit the plan; each is its owner's (`pm`) alone, so
  // everyone else, admin and PMO included, finds none (404).
  'GET /projects/{id}/scenarios': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/scenarios`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/scenarios': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/scenarios`,
    body: () => ({ name: 'What if' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/scenarios/{sid}': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}`,
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'PATCH /projects/{id}/scenarios/{sid}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}`,
    body: () => ({ name: 'Renamed', version: 2 }),
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'DELETE /projects/{id}/scenarios/{sid}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}`,
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'POST /projects/{id}/scenarios/{sid}/ops': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/ops`,
    body: (f) => ({ version: 2, ops: [{ op: 'updateTask', taskId: f.taskId, fields: { durationMinutes: 960 } }] }),
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'POST /projects/{id}/scenarios/{sid}/undo': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/undo`,
    body: () => ({ version: 2 }),
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'GET /projects/{id}/scenarios/{sid}/schedule': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/schedule`,
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'GET /projects/{id}/scenarios/{sid}/tasks': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/tasks`,
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'GET /projects/{id}/scenarios/{sid}/links': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/links`,
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'GET /projects/{id}/scenarios/{sid}/impact': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/impact`,
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'POST /projects/{id}/scenarios/{sid}/apply': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/scenarios/${f.scenarioId}/apply`,
    body: () => ({ version: 2 }),
    expect: row(404, 404, 'ok', 404, 404, 404),
  },
  'POST /projects/import': {
    method: 'POST',
    path: () => '/api/projects/import',
    body: () => IMPORT_FORM,
    expect: row('ok', 'ok', 'ok', 'ok', 403, 403),
  },
  'GET /projects/{id}/export': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/export?format=mspdi`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /calendars': { method: 'GET', path: () => '/api/calendars', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'POST /calendars': {
    method: 'POST',
    path: () => '/api/calendars',
    body: () => ({ name: `Cal ${unique()}`, week: { monday: ['08:00-16:00'] } }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'PATCH /calendars/{calendarId}': {
    method: 'PATCH',
    path: (f) => `/api/calendars/${f.orgCalendarId}`,
    body: () => ({ version: 1, hoursPerDay: 7 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'DELETE /calendars/{calendarId}': {
    method: 'DELETE',
    path: (f) => `/api/calendars/${f.orgCalendarId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /projects/{id}/calendars': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/calendars`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/calendars': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/calendars`,
    body: () => ({ name: 'Night crew', week: { monday: ['18:00-23:00'] } }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'PATCH /projects/{id}/calendars/{calendarId}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/calendars/${f.projectCalendarId}`,
    body: () => ({ version: 1, name: 'Renamed site' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/calendars/{calendarId}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/calendars/${f.projectCalendarId}`,
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/baselines': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/baselines`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/baselines': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/baselines`,
    body: () => ({ name: 'Re-plan' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/baselines/{baselineId}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/baselines/${f.baselineId}`,
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/baselines/{baselineId}/comparison': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/baselines/${f.baselineId}/comparison`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /milestones': { method: 'GET', path: () => '/api/milestones', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'GET /audit': { method: 'GET', path: () => '/api/audit', expect: row('ok', 'ok', 403, 403, 403, 403) },
  'GET /jobs/{id}': {
    method: 'GET',
    path: (f) => `/api/jobs/${f.jobId}`,
    expect: row('ok', 'ok', 'ok', 404, 404, 404),
  },
  'GET /jobs/{id}/events': {
    method: 'GET',
    path: (f) => `/api/jobs/${f.jobId}/events`,
    expect: row('ok', 'ok', 'ok', 404, 404, 404),
  },
  'POST /jobs/{id}/cancel': {
    method: 'POST',
    path: (f) => `/api/jobs/${f.jobId}/cancel`,
    expect: row('ok', 403, 'ok', 404, 404, 404),
  },
  'GET /webhooks': { method: 'GET', path: () => '/api/webhooks', expect: row('ok', 'ok', 403, 403, 403, 403) },
  'POST /webhooks': {
    method: 'POST',
    path: () => '/api/webhooks',
    body: (f) => ({ url: 'http://127.0.0.1:9/matrix', eventTypes: ['project.deleted'], projectId: f.proposalId }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /webhooks/{id}': {
    method: 'GET',
    path: (f) => `/api/webhooks/${f.webhookId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'PATCH /webhooks/{id}': {
    method: 'PATCH',
    path: (f) => `/api/webhooks/${f.webhookId}`,
    body: () => ({ description: 'Changed', version: 1 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'DELETE /webhooks/{id}': {
    method: 'DELETE',
    path: (f) => `/api/webhooks/${f.webhookId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /webhooks/{id}/deliveries': {
    method: 'GET',
    path: (f) => `/api/webhooks/${f.webhookId}/deliveries`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /webhooks/{id}/deliveries/{deliveryId}': {
    method: 'GET',
    path: (f) => `/api/webhooks/${f.webhookId}/deliveries/${f.deliveryId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'POST /webhooks/{id}/deliveries/{deliveryId}/resend': {
    method: 'POST',
    path: (f) => `/api/webhooks/${f.webhookId}/deliveries/${f.deliveryId}/resend`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'POST /webhooks/{id}/test': {
    method: 'POST',
    path: (f) => `/api/webhooks/${f.webhookId}/test`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /notifications': {
    method: 'GET',
    path: () => '/api/notifications',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /notifications/unread': {
    method: 'GET',
    path: () => '/api/notifications/unread',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /notifications/events': {
    stream: true,
    method: 'GET',
    path: () => '/api/notifications/events',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'POST /notifications/{id}/read': {
    method: 'POST',
    path: (f) => `/api/notifications/${f.notificationId}/read`,
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'POST /notifications/read-all': {
    method: 'POST',
    path: () => '/api/notifications/read-all',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /notifications/preferences': {
    method: 'GET',
    path: () => '/api/notifications/preferences',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'PUT /notifications/preferences': {
    method: 'PUT',
    path: () => '/api/notifications/preferences',
    body: () => ({ kinds: [{ kind: 'task.moved', channels: { in_app: true } }] }),
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
};

/** Routes anyone may call. */
const PUBLIC = new Set(['GET /health', 'GET /auth/session', 'POST /auth/login', 'POST /auth/logout']);

/** Sends one case: JSON, or the import form as multipart; of an event stream, only the status is read. */
async function call(client: TestClient, c: Case, f: Fixture) {
  if (c.stream) {
    const res = await fetch(client.baseUrl + c.path(f), {
      headers: client.sessionCookie ? { cookie: client.sessionCookie } : {},
    });
    const body = res.status >= 400 ? await res.json() : null;
    if (res.status < 400) await res.body?.cancel();
    return { status: res.status, body };
  }
  const body = c.body?.(f);
  if (body === IMPORT_FORM) return client.upload(c.path(f), matrixImportForm());
  return client.request(c.method, c.path(f), body, c.headers?.(f));
}

describe.each(TEST_DIALECTS)('permission matrix on %s', (dialect) => {
  let server: TestServer;
  const clients = {} as Record<Role, TestClient>;
  const ids = {} as Record<Role, string>;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    for (const role of ROLES) {
      clients[role] = await server.login(EMAILS[role]);
      ids[role] = (await clients[role].get('/api/me')).body.user.id;
    }
    admin = clients.admin;
  });
  afterAll(() => server?.close());

  /** Fresh objects for one call, so a write in one cell cannot change the answer of another. */
  async function fixture(role: Role): Promise<Fixture> {
    const portfolioId = (await admin.get('/api/portfolios')).body.items[0].id;
    const emptyPortfolioId = (await admin.post('/api/portfolios', { name: `Empty ${unique()}` })).body.id;
    const project = (await admin.post('/api/projects', { name: 'Matrix target', managerId: ids.pm, portfolioId })).body;
    await admin.put(`/api/projects/${project.id}/members/${ids.team}`, { relation: 'team_member' });
    await admin.put(`/api/projects/${project.id}/members/${ids.stakeholder}`, { relation: 'stakeholder' });
    const proposal = (await admin.post('/api/projects', { name: 'Matrix proposal', managerId: ids.pm })).body;
    for (const [who, relation] of [
      [ids.team, 'team_member'],
      [ids.stakeholder, 'stakeholder'],
    ] as const)
      await admin.put(`/api/projects/${proposal.id}/members/${who}`, { relation });
    await admin.post(`/api/projects/${proposal.id}/approval-request`, { version: 1 });
    const user = (
      await admin.post('/api/users', {
        email: `t${unique()}@x.test`,
        name: 'Target',
        role: 'team_member',
        password: 'long-enough-pw',
      })
    ).body;
    await admin.put(`/api/projects/${project.id}/members/${user.id}`, { relation: 'team_member' });
    const tokenId = (await clients[role].post('/api/me/tokens', { name: 'to revoke' })).body.token.id;
    const [teamTaskId, taskId, spareTaskId, linkId] = [uuid(), uuid(), uuid(), uuid()] as [
      string,
      string,
      string,
      string,
    ];
    const plan = await admin.post(`/api/projects/${project.id}/tasks`, {
      version: 1,
      tasks: [
        { id: teamTaskId, name: 'Team task', responsibleId: ids.team },
        { id: taskId, name: 'Other task' },
        { id: spareTaskId, name: 'Spare task' },
      ],
      links: [{ id: linkId, predecessorId: teamTaskId, successorId: taskId }],
    });
    const week = { monday: ['09:00-17:00'], tuesday: ['09:00-17:00'] };
    const orgCalendarId = (await admin.post('/api/calendars', { name: `Org ${unique()}`, week })).body.id;
    const projectCalendarId = (await admin.post(`/api/projects/${project.id}/calendars`, { name: 'Site', week })).body
      .id;
    const baselineId = (await admin.post(`/api/projects/${project.id}/baselines`, { name: 'Baseline' })).body.id;
    const pm = clients.pm;
    const scenario = (await pm.post(`/api/projects/${project.id}/scenarios`, { name: `Scenario ${unique()}` })).body;
    await pm.post(`/api/projects/${project.id}/scenarios/${scenario.id}/ops`, {
      version: 1,
      ops: [{ op: 'updateTask', taskId: spareTaskId, fields: { durationMinutes: 240 } }],
    });
    return {
      ...(await webhookOf(proposal.id)),
      notificationId: await notificationOf(ids[role]),
      scenarioId: scenario.id,
      jobId: await finishedJobOf(ids.pm),
      orgCalendarId,
      projectCalendarId,
      baselineId,
      projectId: project.id,
      proposalId: proposal.id,
      portfolioId,
      emptyPortfolioId,
      userId: user.id,
      memberId: user.id,
      tokenId,
      planVersion: plan.body.plan.version,
      teamTaskId,
      taskId,
      spareTaskId,
      linkId,
    };
  }

  /** A job that ended (queued and finished in one transaction, so no runner picks it up). */
  async function finishedJobOf(ownerId: string): Promise<string> {
    const { ctx } = server.gantry;
    return inTransaction(ctx.store.db, async (trx) => {
      const job = await enqueueJob(ctx, trx, { kind: 'plan.import', ownerId, input: null });
      await trx.updateTable('jobs').set({ state: 'done', progress: 1 }).where('id', '=', job.id).execute();
      return job.id;
    });
  }

  /**
   * An endpoint nobody listens at, for an event that does not happen here (so the dispatcher is not
   * kept busy failing to reach it), with one delivery that was given up.
   */
  async function webhookOf(projectId: string): Promise<{ webhookId: string; deliveryId: string }> {
    const body = { url: 'http://127.0.0.1:9/matrix', eventTypes: ['project.deleted'], projectId };
    const webhookId = (await admin.post('/api/webhooks', body)).body.webhook.id;
    const { ctx } = server.gantry;
    const deliveryId = uuid();
    await inTransaction(ctx.store.db, async (trx) => {
      const at = new Date().toISOString();
      const eventId = uuid();
      await trx
        .insertInto('outbox_events')
        .values({
          id: eventId,
          type: 'webhook.test',
          project_id: null,
          portfolio_id: null,
          actor_id: null,
          payload: '{"v":1}',
          created_at: at,
          dispatched_at: at,
        })
        .execute();
      const { seq } = await trx
        .selectFrom('outbox_events')
        .select('seq')
        .where('id', '=', eventId)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('webhook_deliveries')
        .values({
          id: deliveryId,
          endpoint_id: webhookId,
          event_seq: seq,
          project_key: '',
          state: 'failed',
          attempts: 1,
          next_attempt_at: at,
          first_attempt_at: at,
          last_attempt_at: at,
          response_status: null,
          duration_ms: 1,
          error: 'Connection refused',
          locked_by: null,
          locked_until: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    });
    return { webhookId, deliveryId };
  }

  /** A notification for `userId`. */
  async function notificationOf(userId: string): Promise<string> {
    const id = uuid();
    await server.gantry.ctx.store.db
      .insertInto('notifications')
      .values({
        id,
        user_id: userId,
        kind: 'member.added',
        title: 'Matrix',
        body: '',
        link: '/',
        project_id: null,
        event_seq: null,
        created_at: new Date().toISOString(),
        read_at: null,
      })
      .execute();
    return id;
  }

  it('covers every route in the OpenAPI document', async () => {
    const doc = (await server.anonymous().get('/api/openapi.json')).body;
    const routes = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api/, '')}`),
    );
    expect(routes.filter((r) => !PUBLIC.has(r)).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: no session -> 401`, async () => {
      const f = await fixture('admin');
      const res = await call(server.anonymous(), c, f);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    });
    for (const role of ROLES) {
      const want = c.expect[role];
      it(`${name}: ${role} -> ${want === 'ok' ? 'allowed' : want}`, async () => {
        const f = await fixture(role);
        const res = await call(clients[role], c, f);
        if (want === 'ok') expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
        else expect(res.status, JSON.stringify(res.body)).toBe(want);
      });
    }
  }

  it("another user's token is 404, and a stakeholder cannot see a project they are not on", async () => {
    const f = await fixture('team');
    expect((await clients.stakeholder.delete(`/api/me/tokens/${f.tokenId}`)).status).toBe(404);
    const other = (await admin.post('/api/projects', { name: 'Not for Olivia' })).body;
    expect((await clients.stakeholder.get(`/api/projects/${other.id}`)).status).toBe(404);
    const list = (await clients.stakeholder.get('/api/projects?pageSize=200')).body.items.map(
      (p: { id: string }) => p.id,
    );
    expect(list).not.toContain(other.id);
  });
});
