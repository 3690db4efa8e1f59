import { randomUUID as uuid } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/**
 * Policies × project states × roles, against the routes: for every cell, an action is in the
 * project's `allowedActions` exactly when its route succeeds. One project per state is made once
 * and shared by every cell: a refused write changes nothing, and an allowed one (read at its
 * current version) leaves the project in the same state, so cells cannot disturb each other.
 */
const ROLES = ['admin', 'pmo', 'pm', 'otherPm', 'team', 'stakeholder'] as const;
type Role = (typeof ROLES)[number];
const EMAILS: Record<Role, string> = {
  admin: TEST_ADMIN.email,
  pmo: 'pmo@demo.gantry.local',
  pm: 'marco@demo.gantry.local',
  otherPm: 'aiko@demo.gantry.local',
  team: 'lena@demo.gantry.local',
  stakeholder: 'olivia@demo.gantry.local',
};
const STATES = ['proposed', 'executing', 'closed', 'cancelled'] as const;
type State = (typeof STATES)[number];
const PATHS: Record<State, string[]> = {
  proposed: [],
  executing: ['approved', 'planning', 'executing'],
  closed: ['approved', 'planning', 'executing', 'closing', 'closed'],
  cancelled: ['cancelled'],
};

interface Fixture {
  projectId: string;
  teamTaskId: string;
  spareUserId: string;
}

/** One write per policy, sent at the resource's current version. */
const PROBES: Record<string, (c: TestClient, f: Fixture) => Promise<{ status: number; body: any }>> = {
  'plan.edit': async (c, f) => {
    const version = (await c.get(`/api/projects/${f.projectId}/tasks`)).body.plan?.version ?? 1;
    const op = { op: 'updateTask', taskId: f.teamTaskId, fields: { name: `Renamed ${uuid().slice(0, 6)}` } };
    return c.post(`/api/projects/${f.projectId}/plan/ops`, { version, ops: [op] });
  },
  'plan.progress': async (c, f) => {
    const version = (await c.get(`/api/projects/${f.projectId}/tasks`)).body.plan?.version ?? 1;
    return c.patch(`/api/projects/${f.projectId}/tasks/${f.teamTaskId}`, { version, percentComplete: 10 });
  },
  'project.update': async (c, f) => {
    const version = (await c.get(`/api/projects/${f.projectId}`)).body.version ?? 1;
    return c.patch(`/api/projects/${f.projectId}`, { objective: `Objective ${uuid().slice(0, 6)}`, version });
  },
  'budget.edit': async (c, f) => {
    const version = (await c.get(`/api/projects/${f.projectId}/budget`)).body.version ?? 1;
    const lines = [{ category: 'labour', amountMinor: Math.floor(Math.random() * 1e6) }];
    return c.put(`/api/projects/${f.projectId}/budget`, { lines, contingencyMinor: 0, version });
  },
  'project.members.manage': (c, f) =>
    c.put(`/api/projects/${f.projectId}/members/${f.spareUserId}`, { relation: 'stakeholder' }),
};

describe.each(TEST_DIALECTS)('policies × states on %s', (dialect) => {
  let server: TestServer;
  const clients = {} as Record<Role, TestClient>;
  const ids = {} as Record<Role, string>;
  const fixtures = {} as Record<State, Fixture>;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    for (const role of ROLES) {
      clients[role] = await server.login(EMAILS[role]);
      ids[role] = (await clients[role].get('/api/me')).body.user.id;
    }
    const admin = clients.admin;
    const spare = (
      await admin.post('/api/users', {
        email: `spare${uuid().slice(0, 8)}@x.test`,
        name: 'Spare',
        role: 'team_member',
        password: 'long-enough-pw',
      })
    ).body;
    for (const state of STATES) {
      let project = (await admin.post('/api/projects', { name: `Policy ${state}`, managerId: ids.pm })).body;
      await admin.put(`/api/projects/${project.id}/members/${ids.team}`, { relation: 'team_member' });
      await admin.put(`/api/projects/${project.id}/members/${ids.stakeholder}`, { relation: 'stakeholder' });
      const teamTaskId = uuid();
      await admin.post(`/api/projects/${project.id}/tasks`, {
        version: 1,
        tasks: [{ id: teamTaskId, name: 'Team task', responsibleId: ids.team }],
      });
      for (const to of PATHS[state]) {
        project = (
          await admin.post(`/api/projects/${project.id}/transitions`, {
            to,
            reason: 'Fixture',
            version: project.version,
          })
        ).body;
      }
      expect(project.state).toBe(state);
      fixtures[state] = { projectId: project.id, teamTaskId, spareUserId: spare.id };
    }
  });
  afterAll(() => server?.close());

  for (const state of STATES) {
    for (const role of ROLES) {
      for (const [action, probe] of Object.entries(PROBES)) {
        it(`${state} × ${role} × ${action}: listed in allowedActions ⇔ the route succeeds`, async () => {
          const f = fixtures[state];
          const read = await clients[role].get(`/api/projects/${f.projectId}`);
          const listed = read.status === 200 && read.body.allowedActions.includes(action);
          const res = await probe(clients[role], f);
          expect(res.status < 300, `${res.status} ${JSON.stringify(res.body)}`).toBe(listed);
          if (read.status !== 200) expect(res.status).toBe(404);
          if (state === 'closed' || state === 'cancelled') {
            expect(listed).toBe(false);
            const refusedByState = read.status === 200 && res.body.error.message.startsWith('This project is');
            // Whoever the role would allow reads the state-naming reason, in the answer and on the read.
            if (refusedByState) {
              expect(res.status).toBe(403);
              expect(res.body.error.message).toMatch(new RegExp(`^This project is ${state}: `));
              expect(read.body.refusedActions.map((r: { action: string }) => r.action)).toContain(action);
            }
          }
        });
      }
    }
  }

  it('a closed project answers 403 naming its state to every plan edit, even the admin, and changes nothing', async () => {
    const f = fixtures.closed;
    const before = (await clients.admin.get(`/api/projects/${f.projectId}/tasks`)).body;
    for (const role of ['admin', 'pmo', 'pm'] as const) {
      const res = await clients[role].post(`/api/projects/${f.projectId}/plan/ops`, {
        version: before.plan.version,
        ops: [{ op: 'insertTasks', tasks: [{ name: 'Late addition' }] }],
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe('This project is closed: its plan is read-only.');
    }
    expect((await clients.admin.get(`/api/projects/${f.projectId}/tasks`)).body).toEqual(before);
    const project = (await clients.pm.get(`/api/projects/${f.projectId}`)).body;
    expect(project.allowedActions).not.toContain('plan.edit');
    expect(project.refusedActions).toContainEqual({
      action: 'plan.edit',
      reason: 'This project is closed: its plan is read-only.',
    });
  });
});
