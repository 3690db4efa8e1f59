import { request } from 'node:http';

/** The server's answer to a big body, or status 0 when it closed the connection without one. */
export interface RawAnswer {
  status: number;
  body: string;
  ms: number;
  /** Bytes we had written when the answer came. */
  sent: number;
}

/**
 * Sends `total` bytes of body (declared with Content-Length, or chunked when `declare` is false)
 * in 64 KB chunks, as fast as the server takes them, and stops writing once it answers. Shared
 * by the body-limit tests and the hardening benchmark.
 */
export function sendBig(
  url: string,
  path: string,
  total: number,
  opts: { declare: boolean; headers?: Record<string, string> },
) {
  return new Promise<RawAnswer>((resolve) => {
    const started = performance.now();
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    const req = request(`${url}${path}`, {
      method: 'POST',
      // A connection of its own: the server closes it after refusing the body.
      agent: false,
      headers: {
        'content-type': 'application/json',
        ...(opts.declare ? { 'content-length': String(total) } : { 'transfer-encoding': 'chunked' }),
        ...opts.headers,
      },
    });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started, sent });
        req.destroy();
      });
    });
    // The server closes the connection once it has refused the body, so our next write may fail
    // (EPIPE, ECONNRESET) just before its answer is read: give the answer a moment to arrive.
    // A reset with no answer read at all is reported as status 0.
    req.on('error', () => {
      if (!answered) {
        setTimeout(
          () => (answered ? undefined : resolve({ status: 0, body: '', ms: performance.now() - started, sent })),
          1000,
        );
      }
    });
    // One chunk per event-loop turn, so the answer is read as soon as it comes: the server closes
    // the connection after refusing, and a reset would discard an answer not yet read.
    const pump = () => {
      if (answered) return;
      if (sent >= total) return void req.end();
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      if (req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
}
