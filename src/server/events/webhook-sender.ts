import type { AttemptOutcome } from '../../services/webhooks/delivery-queue.js';

/** The most of a receiver's answer that is kept (bytes): enough to read an error message, never a download. */
export const EXCERPT_BYTES = 1024;

/**
 * POSTs one delivery. A redirect is not followed (a receiver that moved must be re-registered, and
 * following one would let a receiver point Gantry at another host); the answer is read only up to
 * EXCERPT_BYTES; `signal` ends the attempt (the timeout, or the dispatcher shutting down). Never
 * throws: a failure is an outcome with a reason a person can act on.
 */
export async function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal });
    const excerpt = await readExcerpt(res);
    const status = res.status;
    let error: string | null = null;
    if (status >= 300 && status < 400) error = `Redirected (HTTP ${status}); redirects are not followed`;
    else if (status < 200 || status >= 300) error = `HTTP ${status}`;
    return { status, durationMs: elapsed(), error, excerpt };
  } catch (err) {
    return { status: null, durationMs: elapsed(), error: describe(err, signal), excerpt: '' };
  }
}

async function readExcerpt(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // An answer cut short still tells its status; its text is only a help.
  } finally {
    void reader.cancel().catch(() => {});
  }
  const bytes = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES);
  // A cut may split a UTF-8 sequence; the decoder replaces the broken tail.
  return new TextDecoder().decode(bytes);
}

function describe(err: unknown, signal: AbortSignal): string {
  if (signal.aborted) {
    const reason = signal.reason as { name?: string } | undefined;
    return reason?.name === 'TimeoutError' ? 'No answer in time (timed out)' : 'Stopped: Gantry was shutting down';
  }
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'Connection refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'The connection was closed before an answer came';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'Host not found';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'No answer in time (timed out)';
    default:
      return cause?.message ?? (err as Error).message ?? String(err);
  }
}
