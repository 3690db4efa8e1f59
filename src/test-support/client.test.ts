import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, TestClient } from './client.js';
import { startTestServer, type TestServer } from './server.js';

// The tests' client: its typed calls (the generated document types) and its free-form ones share
// one session, so a test can mix them; a wrong path, parameter or body is a compile error.
describe('the test client', () => {
  let server: TestServer;
  let pmo: TestClient;
  beforeAll(async () => {
    server = await startTestServer();
    pmo = await server.login('pmo@demo.gantry.local');
  });
  afterAll(() => server?.close());

  it('signs in with a typed call and keeps the session for both kinds of call, until sign-out', async () => {
    const client = server.anonymous();
    const login = await client.api.POST('/api/auth/login', {
      body: { email: 'pmo@demo.gantry.local', password: 'gantry-demo' },
    });
    expect(login.response.status).toBe(200);
    expect(login.data?.user.email).toBe('pmo@demo.gantry.local');
    const me = await client.get<Answer<'/api/me'>>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(login.data?.user.id);

    await client.api.POST('/api/auth/logout');
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.api.GET('/api/me')).response.status).toBe(401);
  });

  it('sends query and path parameters as the server reads them, and a token instead of the cookie', async () => {
    const { data: page } = await pmo.api.GET('/api/projects', { params: { query: { pageSize: 2, sort: '-code' } } });
    expect(page?.items.length).toBe(2);
    const codes = page?.items.map((p) => p.code) ?? [];
    expect(codes).toEqual([...codes].sort().reverse());
    const id = page?.items[0]?.id ?? '';
    const { data: project } = await pmo.api.GET('/api/projects/{id}', { params: { path: { id } } });
    expect(project?.code).toBe(codes[0]);

    const created = await pmo.api.POST('/api/me/tokens', { body: { name: 'typed client', scopes: ['read'] } });
    expect(created.response.status).toBe(201);
    const viaToken = pmo.withToken(created.data?.secret ?? '');
    expect((await viaToken.api.GET('/api/projects/{id}', { params: { path: { id } } })).data?.id).toBe(id);
  });

  it('answers errors in the envelope, typed', async () => {
    const { data, error, response } = await pmo.api.GET('/api/projects/{id}', {
      params: { path: { id: '0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10' } },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error?.error.code).toBe('not_found');
  });

  it('refuses at compile time the calls the server would refuse at run time', async () => {
    // @ts-expect-error a path the document does not have
    expect((await pmo.api.GET('/api/projetcs')).response.status).toBe(404);
    // @ts-expect-error a path parameter left out
    expect((await pmo.api.GET('/api/projects/{id}', { params: { path: {} } })).response.status).toBe(400);
    // @ts-expect-error a body field of the wrong type
    expect((await pmo.api.POST('/api/projects', { body: { name: 'x', budgetMinor: '12' } })).response.status).toBe(400);
  });
});
