import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, openApiDocument } from '../../src/server/app.js';
import { startTestServer } from '../../src/test-support/server.js';
import { VERSION } from '../../src/version.js';
import { CLIENT_FILE, clientSource, STALE_MESSAGE } from './client-source.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gantry-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run check:client` against `file`, with the routes' document or the one in `document`. */
function check(file: string, document?: object): Promise<{ code: number; stderr: string }> {
  const args = ['--import', 'tsx', 'scripts/client/gen-client.ts', '--check', '--out', file];
  if (document) {
    const path = join(dir, `document-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(document));
    args.push('--document', path);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT }, (err, _stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

/** The document after a route is added: what a helper's new endpoint does to it. */
function documentWithNewRoute(): object {
  const app = createApp({} as never, '0.0.0');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/projects/{id}/forecast',
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: z.object({ finish: z.string() }) } },
        },
      },
    }),
    (c) => c.json({ finish: '2027-01-01' }, 200),
  );
  return app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Gantry API', version: '0.0.0' } });
}

describe('the generated client', () => {
  it('is what the current routes produce (the committed file is not stale)', async () => {
    expect(await clientSource(openApiDocument('0.0.0'))).toBe(readFileSync(CLIENT_FILE, 'utf8'));
  });

  it('is built from the very document a running server serves at /api/openapi.json', async () => {
    const server = await startTestServer({ demo: false, jobWorkers: 0 });
    try {
      const served = (await server.anonymous().get('/api/openapi.json')).body;
      expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument(VERSION))));
    } finally {
      await server.close();
    }
  });

  it('check:client passes on a fresh file and fails, saying what to run, once a route is added or changed', async () => {
    const file = join(dir, 'openapi.gen.ts');
    const doc = openApiDocument('0.0.0') as { components: { schemas: Record<string, { properties: object }> } };
    writeFileSync(file, await clientSource(doc));
    expect(await check(file, doc)).toEqual({ code: 0, stderr: '' });

    const added = await check(file, documentWithNewRoute());
    expect(added.code).toBe(1);
    expect(added.stderr).toContain(STALE_MESSAGE);

    // A field's type changes: Project.budgetMinor becomes a string.
    const changed = structuredClone(doc);
    Object.assign(changed.components.schemas.Project?.properties ?? {}, { budgetMinor: { type: 'string' } });
    const typeChanged = await check(file, changed);
    expect(typeChanged.code).toBe(1);
    expect(typeChanged.stderr).toContain('generated client is stale: run npm run gen:client');
  }, 180_000); // three runs of the script, each building the app and generating

  it('types request bodies as callers send them: a field with a default may be left out, an answer always has it', async () => {
    const source = readFileSync(CLIENT_FILE, 'utf8');
    const createProject = /'\/api\/projects': \{[\s\S]*?post: \{[\s\S]*?requestBody: \{([\s\S]*?)\n {6}\};/.exec(
      source,
    )?.[1];
    expect(createProject).toMatch(/currency\?: string;/);
    const project = /\n {4}Project: \{([\s\S]*?)\n {4}\};/.exec(source)?.[1];
    expect(project).toMatch(/currency: string;/);
  });
});
