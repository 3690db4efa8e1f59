import { randomUUID as uuid } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../services/jobs/job-service.js';
import { inTransaction } from '../store/transaction.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { importForm } from '../test-support/import-plan.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/**
 * The permission matrix: every API route, called by nobody and by each role, against a project
 * that `pm` manages, `team` works on and `stakeholder` follows; `otherPm` has no part in it, so
 * project routes must answer them 404 (the project's existence must not leak). Reads and refusals
 * share one fixture (and a refused write must leave it unchanged); a write that should succeed gets
 * fresh rows for just the fields it uses, so no cell's answer depends on another's.
 */
const ROLES = ['admin', 'pmo', 'pm', 'otherPm', 'team', 'stakeholder'] as const;
type Role = (typeof ROLES)[number];
type Expect = 'ok' | 400 | 401 | 403 | 404 | 409;

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
  /** A corrective action on the project, owned by `team` (open, version 1), and one marked done (version 2). */
  actionId: string;
  doneActionId: string;
  /** A decision about the project. */
  decisionId: string;
  resourceId: string;
  /** The capacity settings' current version (one row for the organisation: read fresh for each write). */
  settingsVersion: number;
  /** An open request of `pm`'s for that resource on the project (version 1). */
  requestId: string;
  /** A draft status report of the project (version 1), and a submitted one (version 2). */
  reportId: string;
  submittedReportId: string;
  /** An expense the team member entered on the project, waiting for approval (version 1). */
  expenseId: string;
  /** A line the team member booked on their task of the project and submitted. */
  timesheetLineId: string;
  /** The status period settings' current version (read fresh for each write). */
  periodSettingsVersion: number;
  /** The project's budget: approved once (version 1 exists), then changed and submitted again; its version. */
  budgetVersion: number;
  /** A cost category nothing uses (version 1). */
  categoryId: string;
}

interface Case {
  /** An event stream: only its status is read. */
  stream?: boolean;
  method: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  headers?: (f: Fixture) => Record<string, string>;
  expect: Record<Role, Expect>;
  /**
   * Waits for what an allowed call started in the background (a job), so that it does not write
   * while a later cell compares the database before and after a refusal.
   */
  settle?: (client: TestClient, body: unknown) => Promise<void>;
}

/** Waits until the job of a 202 `{job}` answer has ended (at most ~30 s). */
async function jobEnded(client: TestClient, body: unknown): Promise<void> {
  const id = (body as { job: { id: string } }).job.id;
  for (let i = 0; i < 300; i++) {
    const job = (await client.get(`/api/jobs/${id}`)).body as { state: string };
    if (!['queued', 'running'].includes(job.state)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not end`);
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
/** A Sunday after the last one closed (weeks of 2020 on, one later per call): a period to close. */
const nextWeekEnd = () => new Date(Date.UTC(2020, 0, 12 + 7 * seq++)).toISOString().slice(0, 10);
/** A Monday no one has booked yet (weeks from 2031-01-06 on, one per call). */
const freshWeek = () => new Date(Date.UTC(2031, 0, 6 + 7 * seq++)).toISOString().slice(0, 10);

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
    body: () => ({ to: 'on_hold', reason: 'Matrix pause', version: 1 }),
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
  // Leveling: a job for anyone who may edit the plan; clearing is a plan write.
  'POST /projects/{id}/level': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/level`,
    body: () => ({ scope: 'project', preview: true }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
    settle: jobEnded,
  },
  'POST /projects/{id}/level/clear': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/level/clear`,
    body: (f) => ({ version: f.planVersion }),
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
  // Status reports: the PMO sets the cadence; the manager (and the PMO) write and submit; only the
  // PMO reviews or returns; everyone who reads the project reads its reports.
  'GET /portfolios/{id}/reporting': {
    method: 'GET',
    path: (f) => `/api/portfolios/${f.portfolioId}/reporting`,
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'PUT /portfolios/{id}/reporting': {
    method: 'PUT',
    path: (f) => `/api/portfolios/${f.emptyPortfolioId}/reporting`,
    body: () => ({ cadence: 'monthly' }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /projects/{id}/reporting': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/reporting`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'PUT /projects/{id}/reporting': {
    method: 'PUT',
    path: (f) => `/api/projects/${f.projectId}/reporting`,
    body: () => ({ cadence: 'monthly' }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'GET /projects/{id}/status-reports': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/status-reports`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/status-reports': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/status-reports`,
    body: () => ({}),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/status-reports/{reportId}': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/status-reports/${f.reportId}`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'PATCH /projects/{id}/status-reports/{reportId}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/status-reports/${f.reportId}`,
    body: () => ({ version: 1, sections: [{ key: 'summary', text: 'On track' }] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/status-reports/{reportId}/submit': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/status-reports/${f.reportId}/submit`,
    body: () => ({ version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/status-reports/{reportId}/review': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/status-reports/${f.submittedReportId}/review`,
    body: () => ({ version: 2 }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'POST /projects/{id}/status-reports/{reportId}/return': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/status-reports/${f.submittedReportId}/return`,
    body: () => ({ version: 2, comment: 'Add the risks' }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'GET /status-reports/queue': {
    method: 'GET',
    path: () => '/api/status-reports/queue',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /portfolio/status-summary.pdf': {
    method: 'GET',
    path: () => '/api/portfolio/status-summary.pdf',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /portfolio/status-summary.xlsx': {
    method: 'GET',
    path: () => '/api/portfolio/status-summary.xlsx',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
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
  'GET /projects/{id}/schedule-quality': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/schedule-quality`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /cost-categories': {
    method: 'GET',
    path: () => '/api/cost-categories',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /projects/{id}/expenses': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/expenses`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/expenses': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/expenses`,
    body: () => ({ date: '2030-01-08', amountMinor: 100, category: 'other' }),
    expect: row('ok', 'ok', 'ok', 404, 'ok', 403),
  },
  'POST /projects/{id}/expenses/{expenseId}/approve': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/expenses/${f.expenseId}/approve`,
    body: () => ({ version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/expenses/{expenseId}/reject': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/expenses/${f.expenseId}/reject`,
    body: () => ({ version: 1, note: 'not ours' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/expenses/{expenseId}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/expenses/${f.expenseId}`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 403),
  },
  'POST /cost-categories': {
    method: 'POST',
    path: () => '/api/cost-categories',
    body: () => ({ name: `Matrix ${unique()}` }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'PATCH /cost-categories/{id}': {
    method: 'PATCH',
    path: (f) => `/api/cost-categories/${f.categoryId}`,
    body: () => ({ name: `Renamed ${unique()}`, position: 0, version: 1 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'DELETE /cost-categories/{id}': {
    method: 'DELETE',
    path: (f) => `/api/cost-categories/${f.categoryId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /projects/{id}/budget': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/budget`,
    expect: row('ok', 'ok', 'ok', 404, 403, 'ok'),
  },
  'PUT /projects/{id}/budget': {
    method: 'PUT',
    path: (f) => `/api/projects/${f.projectId}/budget`,
    body: (f) => ({
      lines: [{ category: 'labour', taskId: f.taskId, amountMinor: 100 }],
      contingencyMinor: 10,
      version: 1,
    }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/budget/submit': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/budget/submit`,
    body: () => ({ reason: 'Matrix estimate', version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  // Approving and returning are the PMO's.
  'POST /projects/{id}/budget/approve': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/budget/approve`,
    body: (f) => ({ note: 'Matrix', version: f.budgetVersion }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'POST /projects/{id}/budget/return': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/budget/return`,
    body: (f) => ({ comment: 'Matrix', version: f.budgetVersion }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'GET /projects/{id}/budget/versions/{n}': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/budget/versions/1`,
    expect: row('ok', 'ok', 'ok', 404, 403, 'ok'),
  },
  'GET /portfolios/{id}/budget': {
    method: 'GET',
    path: (f) => `/api/portfolios/${f.portfolioId}/budget`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'PUT /portfolios/{id}/budget': {
    method: 'PUT',
    path: (f) => `/api/portfolios/${f.emptyPortfolioId}/budget`,
    body: () => ({ lines: [{ year: 2030, category: 'labour', amountMinor: 100 }], version: 1 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /projects/{id}/earned-value': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/earned-value`,
    expect: row('ok', 'ok', 'ok', 404, 403, 'ok'),
  },
  'GET /timesheets': {
    method: 'GET',
    path: () => '/api/timesheets',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 403),
  },
  'PUT /timesheets/{week}': {
    method: 'PUT',
    path: () => `/api/timesheets/${freshWeek()}`,
    body: () => ({ version: 0, lines: [] }),
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 403),
  },
  // Nobody has saved the week: a version other than 0 is stale, once the role may book at all.
  'POST /timesheets/{week}/submit': {
    method: 'POST',
    path: () => `/api/timesheets/${freshWeek()}/submit`,
    body: () => ({ version: 1 }),
    expect: row(409, 409, 409, 409, 409, 403),
  },
  'GET /projects/{id}/timesheets': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/timesheets`,
    expect: row('ok', 'ok', 'ok', 404, 403, 'ok'),
  },
  'POST /projects/{id}/timesheets/approve': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/timesheets/approve`,
    body: (f) => ({ lineIds: [f.timesheetLineId] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/timesheets/return': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/timesheets/return`,
    body: (f) => ({ lineIds: [f.timesheetLineId], comment: 'Wrong task' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/earned-value/trend': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/earned-value/trend`,
    expect: row('ok', 'ok', 'ok', 404, 403, 'ok'),
  },
  'GET /status-periods': {
    method: 'GET',
    path: () => '/api/status-periods',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'PUT /status-periods/settings': {
    method: 'PUT',
    path: () => '/api/status-periods/settings',
    body: (f) => ({ cadence: 'week', version: f.periodSettingsVersion }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'POST /status-periods/close': {
    method: 'POST',
    path: () => '/api/status-periods/close',
    body: () => ({ through: nextWeekEnd() }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
    settle: jobEnded,
  },
  'GET /milestones': { method: 'GET', path: () => '/api/milestones', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'GET /projects/{id}/health': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/health`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /projects/{id}/health/history': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/health/history`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  // The RAG is the manager's call; the PMO reviews it rather than makes it.
  'PUT /projects/{id}/health/overrides/{dimension}': {
    method: 'PUT',
    path: (f) => `/api/projects/${f.projectId}/health/overrides/schedule`,
    body: () => ({ rag: 'amber', justification: 'Matrix justification' }),
    expect: row('ok', 403, 'ok', 404, 403, 403),
  },
  'DELETE /projects/{id}/health/overrides/{dimension}': {
    method: 'DELETE',
    path: (f) => `/api/projects/${f.projectId}/health/overrides/schedule`,
    expect: row('ok', 403, 'ok', 404, 403, 403),
  },
  'GET /portfolio/health': {
    method: 'GET',
    path: () => '/api/portfolio/health',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /health-rules': {
    method: 'GET',
    path: () => '/api/health-rules',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'PUT /health-rules': {
    method: 'PUT',
    path: () => '/api/health-rules',
    body: (f) => ({ portfolioId: f.emptyPortfolioId, rules: [], version: 0 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
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

  'GET /corrective-actions': {
    method: 'GET',
    path: () => '/api/corrective-actions?mine=1',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /projects/{id}/corrective-actions': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'POST /projects/{id}/corrective-actions': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions`,
    body: (f) => ({ title: 'Matrix action', ownerId: f.memberId, dueDate: '2030-01-31' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /projects/{id}/corrective-actions/{actionId}': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions/${f.actionId}`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'PATCH /projects/{id}/corrective-actions/{actionId}': {
    method: 'PATCH',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions/${f.actionId}`,
    body: () => ({ title: 'Renamed', version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'POST /projects/{id}/corrective-actions/{actionId}/start': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions/${f.actionId}/start`,
    body: () => ({ version: 1 }),
    // The team member owns it.
    expect: row('ok', 'ok', 'ok', 404, 'ok', 403),
  },
  'POST /projects/{id}/corrective-actions/{actionId}/done': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions/${f.actionId}/done`,
    body: () => ({ version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 'ok', 403),
  },
  'POST /projects/{id}/corrective-actions/{actionId}/verify': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions/${f.doneActionId}/verify`,
    body: () => ({ reason: 'Accepted', version: 2 }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'POST /projects/{id}/corrective-actions/{actionId}/cancel': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/corrective-actions/${f.actionId}/cancel`,
    body: () => ({ version: 1 }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /decisions': { method: 'GET', path: () => '/api/decisions', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  'GET /decisions.csv': {
    method: 'GET',
    path: () => '/api/decisions.csv',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'POST /decisions': {
    method: 'POST',
    path: () => '/api/decisions',
    body: (f) => ({ title: 'Matrix decision', decision: 'Go', projectIds: [f.projectId] }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /decisions/pending': {
    method: 'GET',
    path: () => '/api/decisions/pending',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /decisions/{id}': {
    method: 'GET',
    path: (f) => `/api/decisions/${f.decisionId}`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /resources': { method: 'GET', path: () => '/api/resources', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  // The pool is for those who staff projects; anyone else reads only their own record.
  'GET /resources/{id}': {
    method: 'GET',
    path: (f) => `/api/resources/${f.resourceId}`,
    expect: row('ok', 'ok', 'ok', 'ok', 404, 404),
  },
  // The pool is the PMO's to keep (admins are superusers).
  'POST /resources': {
    method: 'POST',
    path: () => '/api/resources',
    body: () => ({ code: `M${unique()}`.slice(0, 20), name: 'Matrix role', kind: 'role' }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'PATCH /resources/{id}': {
    method: 'PATCH',
    path: (f) => `/api/resources/${f.resourceId}`,
    body: () => ({ department: 'Matrix', version: 1 }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'DELETE /resources/{id}': {
    method: 'DELETE',
    path: (f) => `/api/resources/${f.resourceId}`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  // Of the matrix's users only `team` (Lena) has a record in the demo pool: everyone else has none.
  'GET /resources/me': {
    method: 'GET',
    path: () => '/api/resources/me',
    expect: row(404, 404, 404, 404, 'ok', 404),
  },
  'GET /resource-settings': {
    method: 'GET',
    path: () => '/api/resource-settings',
    expect: row('ok', 'ok', 'ok', 'ok', 403, 403),
  },
  'PUT /resource-settings': {
    method: 'PUT',
    path: () => '/api/resource-settings',
    body: (f) => ({ unstaffedWeeks: 6, version: f.settingsVersion }),
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  // A project's resource load is its manager's (and the PMO's); across projects, the PMO's alone.
  'GET /capacity': {
    method: 'GET',
    path: (f) => `/api/capacity?projectId=${f.projectId}`,
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /capacity/cell': {
    method: 'GET',
    path: (f) => `/api/capacity/cell?groupBy=resource&unit=week&key=${f.resourceId}&period=2030-01-07`,
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'GET /projects/{id}/assignments': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/assignments`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  'GET /me/assignments': {
    method: 'GET',
    path: () => '/api/me/assignments',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  'GET /projects/{id}/resource-requests': {
    method: 'GET',
    path: (f) => `/api/projects/${f.projectId}/resource-requests`,
    expect: row('ok', 'ok', 'ok', 404, 'ok', 'ok'),
  },
  // Managers request resources for their projects; the PMO answers.
  'POST /projects/{id}/resource-requests': {
    method: 'POST',
    path: (f) => `/api/projects/${f.projectId}/resource-requests`,
    body: (f) => ({ resourceId: f.resourceId, from: '2030-01-07', to: '2030-01-18' }),
    expect: row('ok', 'ok', 'ok', 404, 403, 403),
  },
  'GET /resource-requests': {
    method: 'GET',
    path: () => '/api/resource-requests',
    expect: row('ok', 'ok', 403, 403, 403, 403),
  },
  'POST /resource-requests/{id}/fulfil': {
    method: 'POST',
    path: (f) => `/api/resource-requests/${f.requestId}/fulfil`,
    body: (f) => ({ resourceId: f.resourceId, version: 1 }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  'POST /resource-requests/{id}/decline': {
    method: 'POST',
    path: (f) => `/api/resource-requests/${f.requestId}/decline`,
    body: () => ({ note: 'Nobody free', version: 1 }),
    expect: row('ok', 'ok', 403, 404, 403, 403),
  },
  // Who asked (or the project's manager) withdraws; the PMO declines instead.
  'POST /resource-requests/{id}/withdraw': {
    method: 'POST',
    path: (f) => `/api/resource-requests/${f.requestId}/withdraw`,
    body: () => ({ version: 1 }),
    expect: row('ok', 403, 'ok', 404, 403, 403),
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

  /**
   * The objects a call reads or writes, made with the same requests in the same order whether they
   * are shared or fresh. Each part is made once per `Parts` (and only when asked for), so a cell
   * that writes gets disposable rows for exactly what it touches.
   */
  function parts(role: Role, shared?: Fixture) {
    const memo = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as Promise<T>;
    };
    const week = { monday: ['09:00-17:00'], tuesday: ['09:00-17:00'] };
    const portfolioId = () => once('portfolio', async () => (await admin.get('/api/portfolios')).body.items[0].id);
    const user = () =>
      once('user', async () => {
        const body = { email: `t${unique()}@x.test`, name: 'Target', role: 'team_member', password: 'long-enough-pw' };
        return (await admin.post('/api/users', body)).body.id as string;
      });
    const project = () =>
      once('project', async () => {
        const body = { name: 'Matrix target', managerId: ids.pm, portfolioId: await portfolioId() };
        const project = (await admin.post('/api/projects', body)).body;
        await admin.put(`/api/projects/${project.id}/members/${ids.team}`, { relation: 'team_member' });
        await admin.put(`/api/projects/${project.id}/members/${ids.stakeholder}`, { relation: 'stakeholder' });
        // A user's password is hashed on purpose slowly: a fresh project takes the shared user as member.
        const userId = shared?.userId ?? (await user());
        await admin.put(`/api/projects/${project.id}/members/${userId}`, { relation: 'team_member' });
        const [teamTaskId, taskId, spareTaskId, linkId] = [uuid(), uuid(), uuid(), uuid()] as const;
        const plan = await admin.post(`/api/projects/${project.id}/tasks`, {
          version: 1,
          tasks: [
            { id: teamTaskId, name: 'Team task', responsibleId: ids.team },
            { id: taskId, name: 'Other task' },
            { id: spareTaskId, name: 'Spare task' },
          ],
          links: [{ id: linkId, predecessorId: teamTaskId, successorId: taskId }],
        });
        await admin.put(`/api/projects/${project.id}/reporting`, { cadence: 'weekly', startDate: '2026-01-05' });
        return {
          projectId: project.id as string,
          memberId: userId,
          planVersion: plan.body.plan.version as number,
          teamTaskId,
          taskId,
          spareTaskId,
          linkId,
        };
      });
    const proposal = () =>
      once('proposal', async () => {
        const proposal = (await admin.post('/api/projects', { name: 'Matrix proposal', managerId: ids.pm })).body;
        for (const [who, relation] of [
          [ids.team, 'team_member'],
          [ids.stakeholder, 'stakeholder'],
        ] as const)
          await admin.put(`/api/projects/${proposal.id}/members/${who}`, { relation });
        await admin.post(`/api/projects/${proposal.id}/approval-request`, { version: 1 });
        return proposal.id as string;
      });
    const scenario = () =>
      once('scenario', async () => {
        const { projectId, spareTaskId } = await project();
        const pm = clients.pm;
        const scenario = (await pm.post(`/api/projects/${projectId}/scenarios`, { name: `Scenario ${unique()}` })).body;
        await pm.post(`/api/projects/${projectId}/scenarios/${scenario.id}/ops`, {
          version: 1,
          ops: [{ op: 'updateTask', taskId: spareTaskId, fields: { durationMinutes: 240 } }],
        });
        return scenario.id as string;
      });
    /** An action on the project owned by the team member; `done`: marked done (a manual finding stays done, version 2). */
    const actionOf = async (done: boolean) => {
      const { projectId } = await project();
      const base = `/api/projects/${projectId}/corrective-actions`;
      const a = (await admin.post(base, { title: 'Matrix action', ownerId: ids.team, dueDate: '2030-01-31' })).body;
      if (done) await admin.post(`${base}/${a.id}/done`, { version: 1 });
      return a.id as string;
    };
    const reports = () =>
      once('reports', async () => {
        const { projectId } = await project();
        const base = `/api/projects/${projectId}/status-reports`;
        const draft = (await clients.pm.post(base, { periodStart: '2026-01-05' })).body.id as string;
        const submitted = (await clients.pm.post(base, { periodStart: '2026-01-12' })).body.id as string;
        await clients.pm.post(`${base}/${submitted}/submit`, { version: 1 });
        return { draft, submitted };
      });
    /** How to make each fixture field. */
    const make: { [K in keyof Fixture]: () => Promise<Fixture[K]> } = {
      projectId: async () => (await project()).projectId,
      proposalId: proposal,
      portfolioId,
      emptyPortfolioId: () =>
        once(
          'emptyPortfolio',
          async () => (await admin.post('/api/portfolios', { name: `Empty ${unique()}` })).body.id,
        ),
      userId: user,
      memberId: async () => (await project()).memberId,
      tokenId: () =>
        once('token', async () => (await clients[role].post('/api/me/tokens', { name: 'to revoke' })).body.token.id),
      planVersion: async () => (await project()).planVersion,
      teamTaskId: async () => (await project()).teamTaskId,
      taskId: async () => (await project()).taskId,
      spareTaskId: async () => (await project()).spareTaskId,
      linkId: async () => (await project()).linkId,
      orgCalendarId: () =>
        once(
          'orgCalendar',
          async () => (await admin.post('/api/calendars', { name: `Org ${unique()}`, week })).body.id,
        ),
      projectCalendarId: () =>
        once('projectCalendar', async () => {
          const { projectId } = await project();
          return (await admin.post(`/api/projects/${projectId}/calendars`, { name: 'Site', week })).body.id;
        }),
      baselineId: () =>
        once('baseline', async () => {
          const { projectId } = await project();
          return (await admin.post(`/api/projects/${projectId}/baselines`, { name: 'Baseline' })).body.id;
        }),
      jobId: () => once('job', () => finishedJobOf(ids.pm)),
      webhookId: async () => (await once('webhook', async () => webhookOf(await proposal()))).webhookId,
      deliveryId: async () => (await once('webhook', async () => webhookOf(await proposal()))).deliveryId,
      notificationId: () => once('notification', () => notificationOf(ids[role])),
      scenarioId: scenario,
      actionId: async () => (await once('action', () => actionOf(false))) as string,
      doneActionId: async () => (await once('doneAction', () => actionOf(true))) as string,
      decisionId: () =>
        once('decision', async () => {
          const { projectId } = await project();
          return (await admin.post('/api/decisions', { title: 'Matrix', decision: 'Go', projectIds: [projectId] })).body
            .id as string;
        }),
      resourceId: () =>
        once('resource', async () => {
          const body = { code: `R${unique()}`.slice(0, 20), name: 'Matrix engineer', kind: 'person' };
          return (await admin.post('/api/resources', body)).body.id as string;
        }),
      settingsVersion: () =>
        once('settings', async () => (await admin.get('/api/resource-settings')).body.version as number),
      requestId: () =>
        once('request', async () => {
          const { projectId } = await project();
          const resourceId = await make.resourceId();
          const body = { resourceId, from: '2030-01-07', to: '2030-01-18' };
          return (await clients.pm.post(`/api/projects/${projectId}/resource-requests`, body)).body.id as string;
        }),
      reportId: async () => (await reports()).draft,
      submittedReportId: async () => (await reports()).submitted,
      periodSettingsVersion: () =>
        once('periodSettings', async () => (await admin.get('/api/status-periods')).body.version as number),
      timesheetLineId: () =>
        once('timesheetLine', async () => {
          const { projectId, teamTaskId } = await project();
          const week = freshWeek();
          const line = { projectId, taskId: teamTaskId, minutes: [120, 0, 0, 0, 0, 0, 0] };
          const saved = (await clients.team.put(`/api/timesheets/${week}`, { version: 0, lines: [line] })).body;
          await clients.team.post(`/api/timesheets/${week}/submit`, { version: saved.version });
          return saved.lines[0].id as string;
        }),
      expenseId: () =>
        once('expense', async () => {
          const { projectId } = await project();
          const body = { date: '2030-01-08', amountMinor: 2500, category: 'travel' };
          return (await clients.team.post(`/api/projects/${projectId}/expenses`, body)).body.id as string;
        }),
      budgetVersion: () =>
        once('budget', async () => {
          const { projectId, taskId } = await project();
          const base = `/api/projects/${projectId}/budget`;
          const lines = (amountMinor: number) => [{ category: 'labour', taskId, amountMinor }];
          let b = (await clients.pm.put(base, { lines: lines(100), contingencyMinor: 0, version: 1 })).body;
          b = (await clients.pm.post(`${base}/submit`, { reason: 'Matrix', version: b.version })).body;
          b = (await admin.post(`${base}/approve`, { version: b.version })).body;
          b = (await clients.pm.put(base, { lines: lines(200), contingencyMinor: 0, version: b.version })).body;
          b = (await clients.pm.post(`${base}/submit`, { reason: 'Matrix change', version: b.version })).body;
          return b.version as number;
        }),
      categoryId: () =>
        once(
          'category',
          async () => (await admin.post('/api/cost-categories', { name: `Matrix ${unique()}` })).body.id,
        ),
    };
    /** The fields named, made in a fixed order (the order the plan and its parts depend on). */
    return async (keys: readonly (keyof Fixture)[]): Promise<Partial<Fixture>> => {
      const out: Partial<Fixture> = {};
      for (const key of keys) (out as Record<string, unknown>)[key] = await make[key]();
      return out;
    };
  }

  const FIELDS: readonly (keyof Fixture)[] = [
    'portfolioId',
    'userId',
    'projectId',
    'memberId',
    'planVersion',
    'teamTaskId',
    'taskId',
    'spareTaskId',
    'linkId',
    'proposalId',
    'emptyPortfolioId',
    'tokenId',
    'orgCalendarId',
    'projectCalendarId',
    'baselineId',
    'scenarioId',
    'reportId',
    'submittedReportId',
    'jobId',
    'webhookId',
    'deliveryId',
    'notificationId',
    'actionId',
    'doneActionId',
    'decisionId',
    'resourceId',
    'settingsVersion',
    'requestId',
    'expenseId',
    'timesheetLineId',
    'periodSettingsVersion',
    'budgetVersion',
    'categoryId',
  ];

  /** The fixture fields a case reads (found by calling its path, body and headers on a recorder). */
  function fieldsOf(c: Case): (keyof Fixture)[] {
    const read = new Set<string>();
    const recorder = new Proxy({} as Fixture, {
      get: (_, key) => {
        read.add(String(key));
        return key === 'planVersion' ? 1 : 'x';
      },
    });
    c.path(recorder);
    c.body?.(recorder);
    c.headers?.(recorder);
    return FIELDS.filter((k) => read.has(k));
  }

  /**
   * Objects shared by every cell that must change nothing (reads and refusals), one set per role
   * (tokens and notifications are the caller's own); made once, since building them per cell made
   * this file take minutes.
   */
  const shared = {} as Record<Role, Fixture>;
  async function sharedFixture(role: Role): Promise<Fixture> {
    if (!shared[role]) {
      const base = role === 'admin' ? null : await sharedFixture('admin');
      const own = await parts(role)(base ? ['tokenId', 'notificationId'] : FIELDS);
      shared[role] = { ...base, ...own } as Fixture;
    }
    return shared[role];
  }

  /** Fresh objects for a call that writes: just the fields the case uses, over the shared rest. */
  async function freshFixture(role: Role, c: Case): Promise<Fixture> {
    const base = await sharedFixture(role);
    return { ...base, ...(await parts(role, base)(fieldsOf(c))) };
  }

  /**
   * What a refused call must not change: the rows of the aggregates the routes write, and counts of
   * the append-only ones. Tables that background work touches after an earlier cell (schedule
   * caches, deliveries, notifications, jobs) are read only for the shared fixture's rows.
   */
  async function snapshot(f: Fixture): Promise<string> {
    const db = server.gantry.ctx.store.db;
    const rows = async (q: { execute(): Promise<unknown[]> }) =>
      (await q.execute()).map((r) => JSON.stringify(r)).sort();
    const count = async (
      table: 'audit_log' | 'outbox_events' | 'tasks' | 'links' | 'plan_history' | 'baseline_tasks',
    ) =>
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    return JSON.stringify({
      users: await rows(db.selectFrom('users').selectAll()),
      tokens: await rows(db.selectFrom('api_tokens').selectAll()),
      portfolios: await rows(db.selectFrom('portfolios').selectAll()),
      projects: await rows(db.selectFrom('projects').selectAll()),
      members: await rows(db.selectFrom('project_members').selectAll()),
      calendars: await rows(db.selectFrom('calendars').selectAll()),
      plans: await rows(db.selectFrom('plans').select(['project_id', 'version', 'status_date', 'default_calendar_id'])),
      scenarios: await rows(db.selectFrom('scenarios').selectAll()),
      actions: await rows(db.selectFrom('corrective_actions').selectAll()),
      decisions: await rows(db.selectFrom('decisions').selectAll()),
      decisionLinks: await rows(db.selectFrom('decision_links').selectAll()),
      resources: await rows(db.selectFrom('resources').selectAll()),
      resourceSettings: await rows(db.selectFrom('resource_settings').selectAll()),
      reporting: await rows(db.selectFrom('reporting_settings').selectAll()),
      statusReports: await rows(db.selectFrom('status_reports').selectAll()),
      baselines: await rows(db.selectFrom('baselines').selectAll()),
      expenses: await rows(db.selectFrom('expenses').selectAll()),
      timesheets: await rows(db.selectFrom('timesheets').selectAll()),
      timesheetLines: await rows(db.selectFrom('timesheet_lines').selectAll()),
      periods: await rows(db.selectFrom('closed_periods').selectAll()),
      periodSettings: await rows(db.selectFrom('status_period_settings').selectAll()),
      costCategories: await rows(db.selectFrom('cost_categories').selectAll()),
      budgets: await rows(db.selectFrom('project_budgets').selectAll()),
      budgetLines: await rows(db.selectFrom('project_budget_lines').selectAll()),
      budgetVersions: await rows(db.selectFrom('budget_versions').selectAll()),
      portfolioBudgets: await rows(db.selectFrom('portfolio_budgets').selectAll()),
      portfolioBudgetLines: await rows(db.selectFrom('portfolio_budget_lines').selectAll()),
      webhooks: await rows(
        db.selectFrom('webhook_endpoints').select(['id', 'url', 'description', 'event_types', 'project_id', 'version']),
      ),
      preferences: await rows(db.selectFrom('notification_preferences').selectAll()),
      delivery: await rows(db.selectFrom('webhook_deliveries').selectAll().where('id', '=', f.deliveryId)),
      job: await rows(db.selectFrom('jobs').select(['id', 'state']).where('id', '=', f.jobId)),
      notification: await rows(db.selectFrom('notifications').selectAll().where('id', '=', f.notificationId)),
      counts: [
        await count('audit_log'),
        await count('outbox_events'),
        await count('tasks'),
        await count('links'),
        await count('plan_history'),
        await count('baseline_tasks'),
      ],
    });
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

  /**
   * One cell: a call that should succeed and is not a read gets disposable rows for what it uses;
   * every other call runs on the shared fixture and, if it is a write, must leave it as it was.
   */
  async function cell(client: TestClient, role: Role, c: Case, want: Expect) {
    const writes = c.method !== 'GET';
    const f = want === 'ok' && writes ? await freshFixture(role, c) : await sharedFixture(role);
    const before = writes && want !== 'ok' ? await snapshot(f) : null;
    const res = await call(client, c, f);
    if (want === 'ok') {
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      await c.settle?.(client, res.body);
    } else expect(res.status, JSON.stringify(res.body)).toBe(want);
    if (before !== null) expect(await snapshot(f), 'a refused call changed nothing').toBe(before);
    return res;
  }

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: no session -> 401`, async () => {
      const res = await cell(server.anonymous(), 'admin', c, 401);
      expect(res.body.error.code).toBe('unauthenticated');
    });
    for (const role of ROLES) {
      const want = c.expect[role];
      it(`${name}: ${role} -> ${want === 'ok' ? 'allowed' : want}`, async () => {
        await cell(clients[role], role, c, want);
      });
    }
  }

  it("another user's token is 404, and a stakeholder cannot see a project they are not on", async () => {
    const f = await sharedFixture('team');
    expect((await clients.stakeholder.delete(`/api/me/tokens/${f.tokenId}`)).status).toBe(404);
    const other = (await admin.post('/api/projects', { name: 'Not for Olivia' })).body;
    expect((await clients.stakeholder.get(`/api/projects/${other.id}`)).status).toBe(404);
    const list = (await clients.stakeholder.get('/api/projects?pageSize=200')).body.items.map(
      (p: { id: string }) => p.id,
    );
    expect(list).not.toContain(other.id);
  });
});
