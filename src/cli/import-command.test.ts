import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leanMspdi } from '../test-support/mspdi-file.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { runGantry } from '../test-support/spawn.js';

describe('gantry projects import', () => {
  let server: TestServer;
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'gantry-cli-import-'));
  const file = (name: string, xml: string) => {
    const path = join(dir, name);
    writeFileSync(path, xml);
    return path;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const pm = await server.login('marco@demo.gantry.local');
    env = { GANTRY_URL: server.url, GANTRY_TOKEN: (await pm.post('/api/me/tokens', { name: 'cli' })).body.secret };
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows a large import to its end and prints the new project', async () => {
    const r = await runGantry(['projects', 'import', file('big.xml', leanMspdi(4500)), '--name', 'From the CLI'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Imported PRJ-\d+ From the CLI \([0-9a-f-]{36}\): 4500 tasks/);
  });

  it('imports a small file at once, with --json', async () => {
    const r = await runGantry(['projects', 'import', file('small.xml', leanMspdi(12)), '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).report.taskCount).toBe(12);
  });

  it('exits 1 with the reason when the job fails', async () => {
    const cyclic = leanMspdi(4500).replace(
      '<Name>Task 3</Name>',
      '<Name>Task 3</Name><PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type></PredecessorLink>',
    );
    const r = await runGantry(['projects', 'import', file('cycle.xml', cyclic)], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/import failed: .*cycle/i);
  });
});
