import { secureHeaders } from 'hono/secure-headers';
import type { ServiceContext } from '../services/context.js';
import { authenticate } from './auth.js';
import { handleError } from './errors.js';
import { router } from './openapi.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { baselineRoutes } from './routes/baselines.js';
import { calendarRoutes } from './routes/calendars.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { milestoneRoutes } from './routes/milestones.js';
import { planRoutes } from './routes/plan.js';
import { planFileRoutes } from './routes/plan-files.js';
import { portfolioRoutes } from './routes/portfolios.js';
import { projectRoutes } from './routes/projects.js';
import { userRoutes } from './routes/users.js';
import { mountApiDocs, mountWebApp } from './static-files.js';

/** Builds the HTTP application: API under /api, its OpenAPI document and docs, and the web app at /. */
export function createApp(ctx: ServiceContext, version: string) {
  const app = router();
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use('*', async (c, next) => {
    c.set('ctx', ctx);
    c.set('principal', null);
    c.set('sessionSecret', null);
    const started = performance.now();
    await next();
    ctx.logger.debug(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use('/api/*', authenticate);
  app.onError(handleError);
  // Hono's own answer is a text/plain "404 Not Found"; clients read every error from one envelope.
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}`, details: {} } }, 404),
  );

  const api = router();
  api.route('/', healthRoutes(version));
  api.route('/', authRoutes());
  api.route('/', userRoutes());
  api.route('/', portfolioRoutes());
  api.route('/', projectRoutes());
  api.route('/', planFileRoutes());
  api.route('/', planRoutes());
  api.route('/', calendarRoutes());
  api.route('/', baselineRoutes());
  api.route('/', milestoneRoutes());
  api.route('/', auditRoutes());
  api.route('/', jobRoutes());
  app.route('/api', api);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Gantry API',
      version,
      description:
        'Project and portfolio management. Authenticate with the session cookie from POST /api/auth/login, or `Authorization: Bearer <token>` with a personal API token. Updates carry the version they are based on (If-Match or `version` in the body); a stale write answers 409.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  mountApiDocs(app);
  mountWebApp(app);
  return app;
}
