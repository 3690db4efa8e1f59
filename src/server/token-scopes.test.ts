import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

describe.each(TEST_DIALECTS)('API token scopes and revocation on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
  });
  afterAll(() => server?.close());

  it('lets a read token read and nothing else, naming the scope it lacks', async () => {
    const pmo = await server.login('pmo@demo.gantry.local');
    const created = await pmo.post('/api/me/tokens', { name: 'dashboard', scopes: ['read'] });
    expect(created.status).toBe(201);
    expect(created.body.token.scopes).toEqual(['read']);
    const bot = server.anonymous().withToken(created.body.secret);
    expect((await bot.get('/api/projects')).status).toBe(200);
    const write = await bot.post('/api/portfolios', { name: 'Via read token' });
    expect(write.status).toBe(403);
    expect(write.body.error.details.requiredScope).toBe('write');
    expect((await pmo.get('/api/me/tokens')).body[0].scopes).toEqual(['read']);
  });

  it('gives new tokens read and write by default; user administration needs admin', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const rw = (await admin.post('/api/me/tokens', { name: 'ci' })).body;
    expect(rw.token.scopes).toEqual(['read', 'write']);
    const ci = server.anonymous().withToken(rw.secret);
    expect((await ci.post('/api/portfolios', { name: 'Via write token' })).status).toBe(201);
    const newUser = { email: 'scoped@x.test', name: 'Scoped', role: 'team_member', password: 'long-enough-pw' };
    const refused = await ci.post('/api/users', newUser);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.requiredScope).toBe('admin');
    const full = (await admin.post('/api/me/tokens', { name: 'ops', scopes: ['admin'] })).body;
    // admin implies write and read.
    expect(full.token.scopes).toEqual(['read', 'write', 'admin']);
    expect((await server.anonymous().withToken(full.secret).post('/api/users', newUser)).status).toBe(201);
  });

  it('does not let a token mint a token with more scopes or a longer life than its own', async () => {
    const pmo = await server.login('pmo@demo.gantry.local');
    const parent = (await pmo.post('/api/me/tokens', { name: 'parent', expiresInDays: 10 })).body;
    const bot = server.anonymous().withToken(parent.secret);
    const wider = await bot.post('/api/me/tokens', { name: 'wider', scopes: ['admin'], expiresInDays: 5 });
    expect(wider.status).toBe(403);
    expect(wider.body.error.message).toMatch(/scopes/);
    const longer = await bot.post('/api/me/tokens', { name: 'longer', expiresInDays: 30 });
    expect(longer.status).toBe(400);
    expect(longer.body.error.details.issues[0].path).toBe('expiresInDays');
    const child = await bot.post('/api/me/tokens', { name: 'child', scopes: ['read'], expiresInDays: 5 });
    expect(child.status).toBe(201);
    expect(child.body.token.scopes).toEqual(['read']);
  });

  it('revokes a user’s tokens on an admin password reset and on deactivation, for good', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const sam = await server.login('sam@demo.gantry.local');
    const first = (await sam.post('/api/me/tokens', { name: 'laptop' })).body.secret;
    const bot = () => server.anonymous().withToken(first);
    expect((await bot().get('/api/me')).status).toBe(200);
    let user = (await admin.get('/api/users?q=sam')).body.items[0];
    user = (await admin.patch(`/api/users/${user.id}`, { password: 'a-new-long-secret', version: user.version })).body;
    expect((await bot().get('/api/me')).status).toBe(401);

    const sam2 = await server.login('sam@demo.gantry.local', 'a-new-long-secret');
    const second = (await sam2.post('/api/me/tokens', { name: 'desktop' })).body.secret;
    user = (await admin.patch(`/api/users/${user.id}`, { active: false, version: user.version })).body;
    user = (await admin.patch(`/api/users/${user.id}`, { active: true, version: user.version })).body;
    expect(user.active).toBe(true);
    // Reactivation brings the account back, not the tokens.
    expect((await server.anonymous().withToken(second).get('/api/me')).status).toBe(401);
    const listed = (await server.login('sam@demo.gantry.local', 'a-new-long-secret')).get('/api/me/tokens');
    expect((await listed).body.every((t: { revokedAt: string | null }) => t.revokedAt !== null)).toBe(true);
  });
});
