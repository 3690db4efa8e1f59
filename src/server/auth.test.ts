import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

describe.each(TEST_DIALECTS)('authentication on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
  });
  afterAll(() => server?.close());

  it('signs in with a session cookie that is httpOnly and SameSite, and signs out', async () => {
    const c = server.anonymous();
    const res = await c.post('/api/auth/login', { email: 'PMO@demo.gantry.local', password: 'gantry-demo' });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('pmo@demo.gantry.local');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/gantry_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await c.get('/api/me')).body.user.role).toBe('pmo');
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const a = await server
      .anonymous()
      .post('/api/auth/login', { email: 'sam@demo.gantry.local', password: 'wrong-password' });
    const b = await server
      .anonymous()
      .post('/api/auth/login', { email: 'nobody@demo.gantry.local', password: 'wrong-password' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body).toEqual(b.body);
    expect(a.body.error.code).toBe('invalid_credentials');
  });

  it('rate-limits repeated failures for one account and address, even with the right password after', async () => {
    const c = server.anonymous();
    for (let i = 0; i < 5; i++) {
      expect((await c.post('/api/auth/login', { email: 'aiko@demo.gantry.local', password: `nope-${i}` })).status).toBe(
        401,
      );
    }
    const blocked = await c.post('/api/auth/login', { email: 'aiko@demo.gantry.local', password: 'gantry-demo' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is unaffected.
    expect(
      (await server.anonymous().post('/api/auth/login', { email: 'marco@demo.gantry.local', password: 'gantry-demo' }))
        .status,
    ).toBe(200);
  });

  it('rejects a login body without fields, naming them', async () => {
    const res = await server.anonymous().post('/api/auth/login', { email: '' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('issues API tokens that are shown once, work as Bearer, and stop working when revoked', async () => {
    const pmo = await server.login('pmo@demo.gantry.local');
    const created = await pmo.post('/api/me/tokens', { name: 'ci', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^gantry_/);
    const list = await pmo.get('/api/me/tokens');
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(list.body[0].prefix).toBe(secret.slice(0, 13));

    const bot = server.anonymous().withToken(secret);
    const me = await bot.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.via).toBe('token');
    expect((await bot.get('/api/projects')).body.total).toBe(8);

    expect((await pmo.delete(`/api/me/tokens/${created.body.token.id}`)).status).toBe(204);
    const after = await bot.get('/api/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('refuses expired tokens and tokens of deactivated users', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const sam = await server.login('sam@demo.gantry.local');
    const token = (await sam.post('/api/me/tokens', { name: 'laptop' })).body.secret;
    expect((await server.anonymous().withToken(token).get('/api/me')).status).toBe(200);
    const users = await admin.get('/api/users?q=sam');
    const u = users.body.items[0];
    expect((await admin.patch(`/api/users/${u.id}`, { active: false, version: u.version })).status).toBe(200);
    expect((await server.anonymous().withToken(token).get('/api/me')).status).toBe(401);
    expect((await sam.get('/api/me')).status).toBe(401);
    await admin.patch(`/api/users/${u.id}`, { active: true, version: u.version + 1 });

    // Expiry: move the stored expiry into the past, as time would.
    const lena = await server.login('lena@demo.gantry.local');
    const t2 = (await lena.post('/api/me/tokens', { name: 'short', expiresInDays: 1 })).body;
    await server.gantry.ctx.store.db
      .updateTable('api_tokens')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', t2.token.id)
      .execute();
    expect((await server.anonymous().withToken(t2.secret).get('/api/me')).status).toBe(401);
    // An expired token already does nothing: it offers no Revoke, a live one does.
    const live = (await lena.post('/api/me/tokens', { name: 'live', expiresInDays: 1 })).body.token;
    const listed = (await lena.get('/api/me/tokens')).body as { id: string; allowedActions: string[] }[];
    expect(listed.find((t) => t.id === t2.token.id)?.allowedActions).toEqual([]);
    expect(listed.find((t) => t.id === live.id)?.allowedActions).toEqual(['token.revoke']);
  });

  it('stores passwords as scrypt hashes and tokens and sessions only as hashes', async () => {
    const { db } = server.gantry.ctx.store;
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'pmo@demo.gantry.local')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain('gantry-demo');
    const c = server.anonymous();
    await c.post('/api/auth/login', { email: 'pmo@demo.gantry.local', password: 'gantry-demo' });
    const secret = c.sessionCookie?.split('=')[1] ?? '';
    const stored = await db.selectFrom('sessions').select('id_hash').execute();
    expect(stored.some((s) => s.id_hash === secret)).toBe(false);
    expect(stored.length).toBeGreaterThan(0);
  });

  it('refuses cookie-authenticated writes from another origin', async () => {
    const pmo = await server.login('pmo@demo.gantry.local');
    const res = await pmo.post('/api/portfolios', { name: 'Evil' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });
});
