import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/server.js';

// No database behaviour here (headers, origins, paths), so SQLite alone.
describe('request hygiene and security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it.each(['null', 'garbage', 'http://[::1', 'https://', 'http://exa mple.com'])(
    'refuses a cookie-authenticated write with the malformed Origin %j as 403, not 500',
    async (origin) => {
      const pmo = await server.login('pmo@demo.gantry.local');
      const res = await pmo.post('/api/portfolios', { name: `Evil ${origin}` }, { origin });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    },
  );

  it('still accepts a write from its own origin', async () => {
    const pmo = await server.login('pmo@demo.gantry.local');
    const res = await pmo.post('/api/portfolios', { name: 'Own origin' }, { origin: server.url });
    expect(res.status).toBe(201);
  });

  it.each(['/assets/%ZZ', '/assets/%E0%A4%A', '/api/docs/assets/%ZZ'])(
    'answers broken percent-encoding in %s with 404, not 500',
    async (path) => {
      const res = await server.anonymous().get(path);
      expect(res.status).toBe(404);
    },
  );

  it('sends a Content-Security-Policy and companions on pages and API answers', async () => {
    for (const path of ['/', '/projects', '/api/health', '/api/docs']) {
      const res = await server.anonymous().get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("base-uri 'self'");
      expect(csp, path).toContain("form-action 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
    }
  });
});
