import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

interface Note {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  projectId: string | null;
  readAt: string | null;
}

const DAY_OF_WORK = 480;

describe.each(TEST_DIALECTS)('notifications on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let marco: TestClient;
  let aiko: TestClient;
  let lena: TestClient;
  let sam: TestClient;
  let planning: { id: string; code: string };
  let lenaId: string;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    const login = (name: string) => server.login(`${name}@demo.gantry.local`);
    pmo = await login('pmo');
    marco = await login('marco');
    aiko = await login('aiko');
    lena = await login('lena');
    sam = await login('sam');
    planning = (await pmo.get('/api/projects?q=PRJ-0002')).body.items[0];
    lenaId = (await lena.get('/api/me')).body.user.id;
  }, 60_000);
  afterAll(() => server?.close());

  const notes = async (c: TestClient, query = ''): Promise<{ items: Note[]; unread: number; total: number }> =>
    (await c.get(`/api/notifications${query}`)).body;

  /** Waits until `c` has a notification that `match` picks (the dispatcher fans events out in the background). */
  async function arrives(c: TestClient, match: (n: Note) => boolean): Promise<Note> {
    for (let i = 0; i < 100; i++) {
      const found = (await notes(c)).items.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no such notification arrived');
  }

  /** Lets the dispatcher finish what is pending: a write made after this is the newest event. */
  async function settled(): Promise<void> {
    const store = server.gantry.ctx.store;
    for (let i = 0; i < 100; i++) {
      const left = await store.db
        .selectFrom('outbox_events')
        .select('seq')
        .where('dispatched_at', 'is', null)
        .executeTakeFirst();
      if (!left) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('events were not dispatched');
  }

  async function planOf(c: TestClient, projectId: string) {
    return (await c.get(`/api/projects/${projectId}/tasks`)).body as {
      plan: { version: number };
      tasks: { id: string; name: string; durationMinutes: number; responsibleId: string | null }[];
    };
  }

  async function lengthen(c: TestClient, projectId: string, name: string, minutes: number): Promise<void> {
    const plan = await planOf(c, projectId);
    const task = plan.tasks.find((t) => t.name === name);
    const res = await c.patch(`/api/projects/${projectId}/tasks`, {
      version: plan.plan.version,
      tasks: [{ id: task?.id, durationMinutes: (task?.durationMinutes ?? 0) + minutes }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  it('tells a team member when her task moves by more than a day, and not when it moves by an hour', async () => {
    await settled();
    const before = (await notes(lena)).total;
    // Integrations comes before System test, the one task of hers after it.
    await lengthen(aiko, planning.id, 'Integrations', 60);
    await settled();
    expect((await notes(lena)).total).toBe(before);

    await lengthen(aiko, planning.id, 'Integrations', 3 * DAY_OF_WORK);
    const moved = await arrives(lena, (n) => n.kind === 'task.moved');
    const test = (await planOf(lena, planning.id)).tasks.find((t) => t.name === 'System test');
    expect(moved.title).toMatch(/^“System test” now starts [3-5] days later$/);
    expect(moved.body).toBe('PRJ-0002 ERP finance module · System test, changed by Aiko Tanaka');
    expect(moved.link).toBe(`/projects/${planning.id}/plan?task=${test?.id}`);
    expect(moved.readAt).toBeNull();
    // Aiko moved it herself: she is told nothing.
    expect((await notes(aiko)).items.some((n) => n.kind === 'task.moved')).toBe(false);

    // Several of her tasks moved by one change: one notification names them.
    await lengthen(aiko, planning.id, 'Solution architecture', 2 * DAY_OF_WORK);
    const several = await arrives(lena, (n) => n.kind === 'task.moved' && n.id !== moved.id);
    expect(several.title).toBe('2 of your tasks moved');
    expect(several.body).toBe('PRJ-0002 ERP finance module · Core services, System test, changed by Aiko Tanaka');
    expect(several.link).toBe(`/projects/${planning.id}/plan`);
  });

  it('tells a person when a task is made theirs', async () => {
    const plan = await planOf(aiko, planning.id);
    const task = plan.tasks.find((t) => t.name === 'Integrations');
    const res = await aiko.patch(`/api/projects/${planning.id}/tasks`, {
      version: plan.plan.version,
      tasks: [{ id: task?.id, responsibleId: lenaId }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const note = await arrives(lena, (n) => n.kind === 'task.assigned');
    expect(note.title).toBe('You are now responsible for “Integrations”');
  });

  it('tells a manager when the PMO moves their project, and the PMO when a manager asks for approval', async () => {
    const proposal = (await pmo.get('/api/projects?q=PRJ-0003')).body.items[0];
    const asked = await marco.post(`/api/projects/${proposal.id}/approval-request`, {
      note: 'Ready for a decision',
      version: proposal.version,
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const request = await arrives(pmo, (n) => n.kind === 'approval.requested');
    expect(request.title).toBe('Approval requested for PRJ-0003 Data platform');
    expect(request.body).toBe('Asked by Marco Rossi: Ready for a decision');
    expect(request.link).toBe(`/projects/${proposal.id}`);

    const approved = await pmo.post(`/api/projects/${proposal.id}/transitions`, {
      to: 'approved',
      reason: 'Funded',
      version: asked.body.version,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const note = await arrives(marco, (n) => n.kind === 'project.transitioned');
    expect(note.title).toBe('PRJ-0003 Data platform is now Approved');
    expect(note.body).toBe('Moved from Proposed by Priya Okafor: Funded');

    // The manager moving his own project is not news to him.
    await settled();
    const count = (await notes(marco)).total;
    const planned = await marco.post(`/api/projects/${proposal.id}/transitions`, {
      to: 'planning',
      version: approved.body.version,
    });
    expect(planned.status).toBe(200);
    await settled();
    expect((await notes(marco)).total).toBe(count);
  });

  it('sends nothing of a kind the user turned off', async () => {
    const put = await lena.put('/api/notifications/preferences', {
      kinds: [{ kind: 'task.moved', channels: { in_app: false } }],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const prefs = (await lena.get('/api/notifications/preferences')).body;
    expect(prefs.channels).toEqual(['in_app']);
    expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'task.moved').channels).toEqual({ in_app: false });
    expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'task.assigned').channels).toEqual({ in_app: true });

    await settled();
    const before = (await notes(lena)).total;
    await lengthen(aiko, planning.id, 'Solution architecture', 2 * DAY_OF_WORK);
    await settled();
    expect((await notes(lena)).total).toBe(before);
    await lena.put('/api/notifications/preferences', { kinds: [{ kind: 'task.moved', channels: { in_app: true } }] });

    const bad = await lena.put('/api/notifications/preferences', { kinds: [{ kind: 'task.exploded', channels: {} }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('kinds.0.kind');
  });

  it('marks read one by one or all at once, and keeps each user to their own', async () => {
    const mine = await notes(lena, '?unread=true');
    expect(mine.unread).toBeGreaterThan(0);
    expect(mine.items.every((n) => n.readAt === null)).toBe(true);
    const [first] = mine.items;
    if (!first) throw new Error('no notification');

    expect((await sam.post(`/api/notifications/${first.id}/read`)).status).toBe(404);
    const read = await lena.post(`/api/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await lena.get('/api/notifications/unread')).body.unread).toBe(mine.unread - 1);

    const all = await lena.post('/api/notifications/read-all');
    expect(all.body).toEqual({ unread: 0 });
    expect((await notes(lena, '?unread=true')).items).toEqual([]);
  });

  it('hides notifications about a project once the user may no longer read it', async () => {
    const visible = (await notes(lena)).items.filter((n) => n.projectId === planning.id);
    expect(visible.length).toBeGreaterThan(0);
    expect((await aiko.delete(`/api/projects/${planning.id}/members/${lenaId}`)).status).toBe(204);
    expect((await notes(lena)).items.filter((n) => n.projectId === planning.id)).toEqual([]);
    // Tasks she is still named on move, but she cannot read the project: she is not told.
    await lengthen(aiko, planning.id, 'Solution architecture', 2 * DAY_OF_WORK);
    await settled();
    const rows = await server.gantry.ctx.store.db
      .selectFrom('notifications')
      .select('title')
      .where('user_id', '=', lenaId)
      .where('project_id', '=', planning.id)
      .execute();
    expect(rows.length).toBe(visible.length);
  });

  it('streams the unread count', async () => {
    const res = await fetch(`${server.url}/api/notifications/events`, {
      headers: { cookie: marco.sessionCookie ?? '' },
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body?.getReader();
    const first = new TextDecoder().decode((await reader?.read())?.value);
    const unread = (await marco.get('/api/notifications/unread')).body.unread;
    expect(first).toContain('event: unread');
    expect(first).toContain(`"unread":${unread}`);
    await reader?.cancel();
  });
});
