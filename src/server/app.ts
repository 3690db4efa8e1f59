import { getConnInfo } from '@hono/node-server/conninfo';
import { secureHeaders } from 'hono/secure-headers';
import type { TrustProxy } from '../config.js';
import type { ServiceContext } from '../services/context.js';
import { authenticate } from './auth.js';
import { type BodyLimitRule, bodyLimits } from './body-limit.js';
import { clientAddressResolver } from './client-address.js';
import { handleError } from './errors.js';
import { router } from './openapi.js';
import { assignmentRoutes } from './routes/assignments.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { baselineRoutes } from './routes/baselines.js';
import { budgetRoutes } from './routes/budgets.js';
import { calendarRoutes } from './routes/calendars.js';
import { capacityRoutes } from './routes/capacity.js';
import { correctiveActionRoutes } from './routes/corrective-actions.js';
import { decisionRoutes } from './routes/decisions.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { levelingRoutes } from './routes/leveling.js';
import { milestoneRoutes } from './routes/milestones.js';
import { moneyRoutes } from './routes/money.js';
import { notificationRoutes } from './routes/notifications.js';
import { planRoutes } from './routes/plan.js';
import { planFileRoutes } from './routes/plan-files.js';
import { planOpsRoutes } from './routes/plan-ops.js';
import { portfolioRoutes } from './routes/portfolios.js';
import { projectHealthRoutes } from './routes/project-health.js';
import { projectRoutes } from './routes/projects.js';
import { reportingRoutes } from './routes/reporting.js';
import { resourceRequestRoutes } from './routes/resource-requests.js';
import { resourceRoutes } from './routes/resources.js';
import { scenarioRoutes } from './routes/scenarios.js';
import { scheduleQualityRoutes } from './routes/schedule-quality.js';
import { statusReportRoutes } from './routes/status-reports.js';
import { timesheetRoutes } from './routes/timesheets.js';
import { userRoutes } from './routes/users.js';
import { webhookRoutes } from './routes/webhooks.js';
import { signInPacing } from './sign-in-pacing.js';
import { mountApiDocs, mountWebApp } from './static-files.js';

/** What the HTTP layer takes from the configuration. */
export interface AppOptions {
  readonly trustProxy: TrustProxy;
  readonly importMaxBytes: number;
  /** Aborted when the server stops: long-lived event streams end then, so closing does not wait on them. */
  readonly shutdown?: AbortSignal;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * Request body limits, first match wins (paths under /api). Sign-in and tokens are tiny; the plan's
 * bulk routes and op batches take whole plans (100,000 tasks at ~300 bytes, or 200,000 links); the
 * import is a file.
 */
function bodyLimitRules(options: AppOptions): BodyLimitRule[] {
  return [
    { path: /^\/api\/(auth|me)\//, maxBytes: 64 * KB },
    { path: /^\/api\/projects\/import$/, maxBytes: options.importMaxBytes },
    { path: /^\/api\/projects\/[^/]+\/(tasks|links|plan\/ops)(\/|$)/, maxBytes: 32 * MB },
  ];
}
/** Every other request body: the largest is a calendar with years of exceptions, well under this. */
const DEFAULT_BODY_LIMIT = 2 * MB;

/**
 * Content-Security-Policy of every response. Styles allow 'unsafe-inline' because React and
 * Mantine set style attributes (the virtualised grid and Gantt position every row that way) and
 * Mantine injects <style> elements; scripts, the dangerous half, come only from our own origin.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

const DEFAULT_OPTIONS: AppOptions = { trustProxy: { kind: 'off' }, importMaxBytes: 64 * MB };

/** The document's header: what /api/openapi.json and the generated client's document share. */
function openApiInfo(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gantry API',
      version,
      description:
        'Project and portfolio management. Authenticate with the session cookie from POST /api/auth/login, or `Authorization: Bearer <token>` with a personal API token. Updates carry the version they are based on (If-Match or `version` in the body); a stale write answers 409.',
    },
  };
}

/**
 * The OpenAPI document /api/openapi.json serves, built in-process without a server or a database
 * (routes read their context per request, so none is needed to describe them): the typed client is
 * generated from it (`npm run gen:client`).
 */
export function openApiDocument(version: string) {
  return createApp({} as ServiceContext, version).getOpenAPI31Document(openApiInfo(version));
}

/** Builds the HTTP application: API under /api, its OpenAPI document and docs, and the web app at /. */
export function createApp(ctx: ServiceContext, version: string, options: AppOptions = DEFAULT_OPTIONS) {
  const app = router();
  const resolveClient = clientAddressResolver(options.trustProxy);
  // First, before any work is done for a sign-in: see sign-in-pacing.ts.
  app.use('/api/auth/login', signInPacing());
  app.use(
    '*',
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
    }),
  );
  app.use('*', async (c, next) => {
    c.set('ctx', ctx);
    c.set('principal', null);
    c.set('sessionSecret', null);
    let peer = 'unknown';
    try {
      peer = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // Not on the Node adapter (in-process requests): one shared bucket.
    }
    const forwarded = {
      forwardedFor: c.req.header('x-forwarded-for'),
      forwardedProto: c.req.header('x-forwarded-proto'),
    };
    // The adapter builds the URL from the socket, scheme first: no need to parse it for that.
    c.set('client', resolveClient(peer, forwarded, c.req.url.startsWith('https:')));
    const started = performance.now();
    await next();
    ctx.logger.debug(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use('/api/*', authenticate);
  // After authentication, so an anonymous caller cannot make us buffer a chunked upload.
  app.use('*', bodyLimits(bodyLimitRules(options), DEFAULT_BODY_LIMIT));
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
  api.route('/', planOpsRoutes());
  api.route('/', scenarioRoutes());
  api.route('/', calendarRoutes());
  api.route('/', baselineRoutes());
  api.route('/', milestoneRoutes());
  api.route('/', projectHealthRoutes());
  api.route('/', scheduleQualityRoutes());
  api.route('/', reportingRoutes());
  api.route('/', statusReportRoutes());
  api.route('/', auditRoutes());
  api.route('/', jobRoutes());
  api.route('/', webhookRoutes());
  api.route('/', correctiveActionRoutes());
  api.route('/', decisionRoutes());
  api.route('/', moneyRoutes());
  api.route('/', timesheetRoutes());
  api.route('/', budgetRoutes());
  api.route('/', resourceRoutes());
  api.route('/', capacityRoutes());
  api.route('/', assignmentRoutes());
  api.route('/', resourceRequestRoutes());
  api.route('/', levelingRoutes());
  api.route('/', notificationRoutes(options.shutdown ?? new AbortController().signal));
  app.route('/api', api);

  app.doc31('/api/openapi.json', openApiInfo(version));
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  mountApiDocs(app);
  mountWebApp(app);
  return app;
}
