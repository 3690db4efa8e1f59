import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { isFinalJobState, Job } from '../../contracts/index.js';
import { cancelJob, getJob } from '../../services/jobs/job-service.js';
import { caller } from '../call.js';
import { ERRORS, IdParam, ok, router } from '../openapi.js';

const tags = ['Jobs'];
/** How often the event stream looks at the job: progress is saved every few seconds, or held live by the local runner. */
const EVENT_POLL_MS = 400;

/** /api/jobs/{id}: a background job, its progress as server-sent events, and cancelling it. */
export function jobRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/jobs/{id}',
      tags,
      summary: 'A background job: state, progress (0-1) and message, then its result or error',
      request: { params: IdParam },
      responses: { 200: ok(Job), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getJob(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/jobs/{id}/events',
      tags,
      summary: "The job's progress as server-sent events (`event: job`, data: the Job), closed after its last state",
      request: { params: IdParam },
      responses: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
        ...ERRORS,
      },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id } = c.req.valid('param');
      // Read once before streaming, so an unknown or foreign job is a plain 404, not an empty stream.
      let job = await getJob(ctx, actor, id);
      return streamSSE(c, async (stream) => {
        let open = true;
        stream.onAbort(() => {
          open = false;
        });
        let last = '';
        while (open) {
          const data = JSON.stringify(job);
          if (data !== last) {
            await stream.writeSSE({ event: 'job', data, id: `${job.state}-${job.progress}` });
            last = data;
          }
          if (isFinalJobState(job.state)) break;
          await stream.sleep(EVENT_POLL_MS);
          job = await getJob(ctx, actor, id);
        }
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/jobs/{id}/cancel',
      tags,
      summary: 'Cancel a job: a queued one at once, a running one at its next progress point (owner or admin)',
      request: { params: IdParam },
      responses: { 200: ok(Job), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await cancelJob(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  return app;
}
