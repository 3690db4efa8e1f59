import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The built web app: <package root>/dist/web, the same from src/ (tsx) and dist/ (compiled). */
export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

function fileResponse(file: string, cache: string): Response {
  return new Response(readFileSync(file), {
    headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache },
  });
}

/** Serves files under `dir` at `prefix`, refusing paths that climb out of it. */
function serveDir(app: Hono<AppEnv>, prefix: string, dir: string, cache: string) {
  app.get(`${prefix}/*`, (c, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(c.req.path.slice(prefix.length));
    } catch {
      // Broken percent-encoding (/assets/%ZZ) names no file we could have.
      return c.text('Not found', 404);
    }
    const rel = normalize(decoded).replace(/^(\.\.(\/|\\|$))+/, '');
    const file = join(dir, rel);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return next();
    return fileResponse(file, cache);
  });
}

/** Swagger UI at /api/docs, served from the swagger-ui-dist package so it works offline. */
export function mountApiDocs(app: Hono<AppEnv>) {
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  serveDir(app, '/api/docs/assets', dir, 'public, max-age=86400');
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html><html><head><meta charset="utf-8"><title>Gantry API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`),
  );
  app.get('/api/docs/init.js', (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    return c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', withCredentials: true });");
  });
}

/** The single-page app: hashed assets cached for good, every other non-API GET gets index.html. */
export function mountWebApp(app: Hono<AppEnv>, webDir = WEB_DIR) {
  serveDir(app, '/assets', join(webDir, 'assets'), 'public, max-age=31536000, immutable');
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/'))
      return c.json({ error: { code: 'not_found', message: `No API route ${c.req.path}`, details: {} } }, 404);
    const direct = join(webDir, normalize(c.req.path));
    if (direct.startsWith(webDir) && existsSync(direct) && statSync(direct).isFile())
      return fileResponse(direct, 'no-cache');
    const index = join(webDir, 'index.html');
    if (!existsSync(index)) {
      return c.html(
        '<h1>Gantry</h1><p>The web app is not built yet. Run <code>npm run build</code>, then reload.</p>',
        503,
      );
    }
    return fileResponse(index, 'no-cache');
  });
}
