import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startGantry } from '../main.js';
import { freshDatabase, TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';
import { runGantry } from '../test-support/spawn.js';

const WEAK: ReadonlyArray<readonly [string, string]> = [
  [' '.repeat(10), 'password: must be at least 12 characters'],
  ['1234567890', 'password: must be at least 12 characters'],
  [' '.repeat(14), 'password: must not be only spaces'],
  // From the breached-passwords list, whatever the case.
  ['qwerty123456', 'password: is too common (found in a list of breached passwords); choose another'],
  ['QwErTy123456', 'password: is too common (found in a list of breached passwords); choose another'],
  ['1q2w3e4r5t6y', 'password: is too common (found in a list of breached passwords); choose another'],
];

describe.each(TEST_DIALECTS)('password policy on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
  });
  afterAll(() => server?.close());

  it.each(WEAK)('refuses %j for a new user, naming the field', async (password, message) => {
    const admin = await server.login(TEST_ADMIN.email);
    const res = await admin.post('/api/users', { email: 'weak@x.test', name: 'Weak', role: 'team_member', password });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
    expect(res.body.error.details.issues[0].path).toBe('password');
  });

  it('refuses a common password on a reset, and accepts a long uncommon one', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const user = (await admin.get('/api/users?q=lena')).body.items[0];
    const weak = await admin.patch(`/api/users/${user.id}`, { password: 'qwertyuiop123', version: user.version });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.issues[0].path).toBe('password');
    const strong = await admin.patch(`/api/users/${user.id}`, { password: 'amber-kettle-91', version: user.version });
    expect(strong.status).toBe(200);
  });
});

describe('password policy outside the API', () => {
  it('gantry admin create-user refuses a common password with exit code 2', async () => {
    const db = await freshDatabase('sqlite');
    try {
      const r = await runGantry(
        ['admin', 'create-user', '--email', 'x@x.test', '--name', 'X', '--password', 'qwerty123456'],
        { ...db.env, GANTRY_DEMO: '0' },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--password: is too common');
      const short = await runGantry(
        ['admin', 'create-user', '--email', 'x@x.test', '--name', 'X', '--password', '1234567890'],
        db.env,
      );
      expect(short.code).toBe(2);
      expect(short.stderr).toContain('--password: must be at least 12 characters');
    } finally {
      await db.dispose();
    }
  });

  it('refuses to create the first admin with a breached GANTRY_ADMIN_PASSWORD', async () => {
    const db = await freshDatabase('sqlite', { migrate: false });
    try {
      const config = loadConfig(
        { GANTRY_ADMIN_EMAIL: 'boss@x.test', GANTRY_ADMIN_PASSWORD: 'qwerty123456' },
        { port: 0, logLevel: 'silent' },
      );
      await expect(startGantry(config, db.store)).rejects.toThrow(/^GANTRY_ADMIN_PASSWORD: is too common/);
    } finally {
      await db.dispose();
    }
  });
});
