import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { runGantry, serveGantry } from '../test-support/spawn.js';

describe('gantry CLI', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    const pmo = await server.login('pmo@demo.gantry.local');
    token = (await pmo.post('/api/me/tokens', { name: 'cli' })).body.secret;
  });
  afterAll(() => server?.close());
  const env = () => ({ GANTRY_URL: server.url, GANTRY_TOKEN: token });

  it('prints help listing its commands', async () => {
    const r = await runGantry(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['serve', 'admin', 'projects']) expect(r.stdout).toContain(cmd);
  });

  it('lists projects as a table, and as JSON with --json', async () => {
    const table = await runGantry(['projects', 'list', '--state', 'executing'], env());
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^CODE\s+NAME\s+STATE/);
    expect(table.stdout).toContain('PRJ-0001  Customer portal relaunch');
    expect(table.stdout).toContain('2 project(s)');
    const json = await runGantry(['projects', 'list', '--json', '--url', server.url, '--token', token]);
    expect(JSON.parse(json.stdout).total).toBe(8);
  });

  it('creates a project and shows it by code', async () => {
    const created = await runGantry(
      ['projects', 'create', '--name', 'CLI rollout', '--budget', '1234.56', '--start', '2027-01-04', '--json'],
      env(),
    );
    expect(created.code).toBe(0);
    const p = JSON.parse(created.stdout);
    expect(p).toMatchObject({
      name: 'CLI rollout',
      budgetMinor: 123456,
      plannedStart: '2027-01-04',
      state: 'proposed',
    });
    const shown = await runGantry(['projects', 'show', p.code.toLowerCase()], env());
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('CLI rollout');
    expect(shown.stdout).toContain('€1,234.56');
  });

  it('fails clearly: bad input (2), no token (2), bad token (1), unreachable server (1), unknown project (1)', async () => {
    const bad = await runGantry(['projects', 'create', '--name', 'X', '--start', '2027-13-40'], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gantry: --start: expected a date like 2027-01-04, got "2027-13-40"\n');
    const noToken = await runGantry(['projects', 'list'], { GANTRY_URL: server.url });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/token/i);
    const wrong = await runGantry(['projects', 'list'], { GANTRY_URL: server.url, GANTRY_TOKEN: 'gantry_nope' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/invalid, expired or revoked/);
    const down = await runGantry(['projects', 'list'], { GANTRY_URL: 'http://127.0.0.1:9', GANTRY_TOKEN: token });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/Cannot reach Gantry/);
    const missing = await runGantry(['projects', 'show', 'PRJ-9999'], env());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No project/);
  });

  it('names the option and what it expects when an amount is not a number, before calling the server', async () => {
    for (const budget of ['abc', '1,250.50', '12.345', '']) {
      const r = await runGantry(['projects', 'create', '--name', 'X', '--budget', budget], {
        GANTRY_URL: 'http://127.0.0.1:9',
        GANTRY_TOKEN: token,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `gantry: --budget: expected an amount such as 125000 or 1250.50, got ${JSON.stringify(budget)}\n`,
      );
    }
  });

  it('exits 2 and names the option when the server rejects a list filter or sort', async () => {
    const state = await runGantry(['projects', 'list', '--state', 'executing,bogus'], env());
    expect(state.code).toBe(2);
    expect(state.stderr).toBe(`gantry: --state: unknown state 'bogus', got "executing,bogus"\n`);
    const sort = await runGantry(['projects', 'list', '--sort', 'nope'], env());
    expect(sort.code).toBe(2);
    expect(sort.stderr).toMatch(
      /^gantry: --sort: expected one of code, name, .*\(a leading - sorts descending\), got "nope"\n$/,
    );
    const query = await runGantry(['projects', 'list', '-q', 'x'.repeat(101)], env());
    expect(query.code).toBe(2);
    expect(query.stderr).toMatch(/^gantry: --query: /);
  });

  it('refuses to start on a bad setting, naming the variable, with exit code 2', async () => {
    const r = await runGantry(['serve'], { GANTRY_PORT: 'eighty' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GANTRY_PORT/);
  });

  it('creates users straight in the database with admin create-user, and they can sign in', async () => {
    const db = await freshDatabase('sqlite', { migrate: false });
    await db.store.close();
    try {
      const created = await runGantry(
        [
          'admin',
          'create-user',
          '--email',
          'New.PM@x.test',
          '--name',
          'New PM',
          '--role',
          'project_manager',
          '--password',
          'long-enough-pw',
        ],
        { ...db.env, GANTRY_DEMO: '0' },
      );
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/Created project_manager new\.pm@x\.test/);
      const dup = await runGantry(['admin', 'create-user', '--email', 'new.pm@x.test', '--name', 'Again'], db.env);
      expect(dup.code).toBe(1);
      expect(dup.stderr).toMatch(/already used/);
      const badRole = await runGantry(
        ['admin', 'create-user', '--email', 'a@x.test', '--name', 'A', '--role', 'king'],
        db.env,
      );
      expect(badRole.code).toBe(2);
      expect(badRole.stderr).toMatch(/--role/);
      const serve = await serveGantry({ ...db.env, GANTRY_DEMO: '0' });
      try {
        // The database already has a user, so no first admin is created and no password printed.
        expect(serve.output).not.toMatch(/First admin/);
        const res = await fetch(`${serve.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'new.pm@x.test', password: 'long-enough-pw' }),
        });
        expect(res.status).toBe(200);
      } finally {
        await serve.stop();
      }
    } finally {
      await db.dispose();
    }
  });

  it('prints the first admin and a generated password once on a fresh start', async () => {
    const db = await freshDatabase('sqlite', { migrate: false });
    await db.store.close();
    try {
      const first = await serveGantry({ ...db.env, GANTRY_DEMO: '0' });
      await first.stop();
      expect(first.output).toMatch(/First admin: admin@gantry\.local/);
      const pw = /Password:\s+(\S+)/.exec(first.output)?.[1] ?? '';
      expect(pw.length).toBeGreaterThanOrEqual(16);
      const second = await serveGantry({ ...db.env, GANTRY_DEMO: '0' });
      try {
        expect(second.output).not.toMatch(/Password:/);
        const res = await fetch(`${second.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@gantry.local', password: pw }),
        });
        expect(res.status).toBe(200);
      } finally {
        await second.stop();
      }
    } finally {
      await db.dispose();
    }
  });
});
