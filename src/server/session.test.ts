import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/** The browser's session probe: an answer, never a 401, so a signed-out page load logs no failed request. */
describe.each(TEST_DIALECTS)('session probe on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
  });
  afterAll(() => server?.close());

  it('answers null before sign-in and after sign-out, and the user in between, while /me keeps its 401', async () => {
    const c = server.anonymous();
    expect(await c.get('/api/auth/session')).toMatchObject({ status: 200, body: { me: null } });
    expect((await c.get('/api/me')).status).toBe(401);
    await c.post('/api/auth/login', { email: 'pmo@demo.gantry.local', password: 'gantry-demo' });
    const signedIn = await c.get('/api/auth/session');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.me).toMatchObject({ user: { email: 'pmo@demo.gantry.local' }, via: 'session' });
    expect(signedIn.body.me.allowedActions).toContain('project.create');
    await c.post('/api/auth/logout');
    expect(await c.get('/api/auth/session')).toMatchObject({ status: 200, body: { me: null } });
  });
});
