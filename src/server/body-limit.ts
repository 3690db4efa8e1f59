import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../core/errors.js';
import type { AppEnv } from './env.js';

/** One size rule: requests whose path matches get at most `maxBytes` of body. */
export interface BodyLimitRule {
  readonly path: RegExp;
  readonly maxBytes: number;
}

/** "64 KB", "2 MB": the limit as a person reads it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function tooLarge(c: Context, maxBytes: number): never {
  // The rest of the body is never read, so the connection cannot carry another request: say so,
  // or a keep-alive client sends its next request down a socket that is about to be closed.
  c.header('Connection', 'close');
  throw new DomainError('payload_too_large', `Request body is larger than the limit of ${formatBytes(maxBytes)}`, {
    limitBytes: maxBytes,
  });
}

/**
 * Caps request bodies before anything reads them: the first rule whose path matches wins, else
 * `fallbackBytes`. A declared Content-Length over the limit is refused at once, unread (the Node
 * adapter then drains or drops the connection); a chunked body is counted as it arrives and
 * refused the moment it passes the limit, so the process never holds more than the limit.
 */
export function bodyLimits(rules: readonly BodyLimitRule[], fallbackBytes: number): MiddlewareHandler<AppEnv> {
  const byLimit = new Map<number, MiddlewareHandler>();
  const middlewareFor = (maxBytes: number) => {
    let m = byLimit.get(maxBytes);
    if (!m) {
      m = bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c, maxBytes) });
      byLimit.set(maxBytes, m);
    }
    return m;
  };
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const path = c.req.path;
    const maxBytes = rules.find((r) => r.path.test(path))?.maxBytes ?? fallbackBytes;
    // A body declared within the limit goes straight on. Hono's bodyLimit first asks for the
    // request's body stream, which makes the Node adapter build a full web Request and stream over
    // the socket: more than half of what a refused sign-in cost, 200 of them at once stalling every
    // other request. Node's parser already holds a body to its Content-Length (and refuses a
    // request that also says chunked), and the route then reads the body straight off the socket.
    // A body declared too large still goes through Hono's, as before: refused from the header alone,
    // without the body stream Hono's opens, a client sending 400 MB lost the 413 to the connection's
    // reset 8 times in 12 instead of 3 (on a loaded machine).
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined && Number(declared) <= maxBytes) {
      return next();
    }
    return middlewareFor(maxBytes)(c, next);
  };
}
