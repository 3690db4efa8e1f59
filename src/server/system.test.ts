import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

describe.each(TEST_DIALECTS)('system endpoints on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect, demo: false });
  });
  afterAll(() => server?.close());

  it('reports health with the database in use', async () => {
    const res = await server.anonymous().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: dialect, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('publishes an OpenAPI 3.1 document built from the contracts, and interactive docs', async () => {
    const doc = (await server.anonymous().get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/projects'].post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/CreateProject',
    );
    expect(doc.components.schemas.Project.properties.budgetMinor.type).toBe('integer');
    const docs = await server.anonymous().get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    const asset = await fetch(`${server.url}/api/docs/assets/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
  });

  it('answers unknown API routes and malformed JSON in the error envelope', async () => {
    const admin = await server.login('admin@test.gantry.local');
    const missing = await admin.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const broken = await admin.request('POST', '/api/projects', '{"name": ', { 'content-type': 'application/json' });
    expect(broken.status, JSON.stringify(broken.body)).toBe(400);
    expect(broken.body.error.code).toBe('validation_failed');
    const badId = await admin.get('/api/projects/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.issues[0].path).toBe('id');
  });

  it('starts empty but for the admin when demo data is off', async () => {
    const admin = await server.login('admin@test.gantry.local');
    expect((await admin.get('/api/projects')).body.total).toBe(0);
    expect((await admin.get('/api/users')).body.total).toBe(1);
  });

  it('sets protective headers', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY'); // Nothing frames Gantry (CSP frame-ancestors 'none' too).
  });
});
