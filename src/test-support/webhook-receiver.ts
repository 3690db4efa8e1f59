import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with the clock reading `now()` gave when it arrived. */
export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

/** How the receiver answers: a status (and body), or never (to test timeouts). */
export type Answer =
  | { readonly status: number; readonly body?: string; readonly headers?: Record<string, string> }
  | 'hang';

/**
 * A real HTTP server standing in for a customer's webhook endpoint: it records every request,
 * answers as told, and can be stopped and started again on the same port, as a receiver that
 * goes down and comes back would.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  answer: Answer = { status: 200, body: 'ok' };
  /** Milliseconds to wait before answering. */
  delayMs = 0;
  /** Requests being answered right now, per event id: more than one means a concurrent double delivery. */
  readonly inFlight = new Map<string, number>();
  maxInFlightPerEvent = 0;
  private server: Server | null = null;
  private port = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const id = String(req.headers['gantry-event-id'] ?? '');
        const busy = (this.inFlight.get(id) ?? 0) + 1;
        this.inFlight.set(id, busy);
        this.maxInFlightPerEvent = Math.max(this.maxInFlightPerEvent, busy);
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: this.now() });
        const answer = this.answer;
        const reply = () => {
          this.inFlight.set(id, (this.inFlight.get(id) ?? 1) - 1);
          if (answer === 'hang') return;
          res.writeHead(answer.status, answer.headers ?? { 'content-type': 'text/plain' });
          res.end(answer.body ?? '');
        };
        if (this.delayMs > 0) setTimeout(reply, this.delayMs);
        else reply();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops at once, cutting open connections, as a killed process would. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The bodies received, parsed. */
  events(): { id: string; sequence: number; type: string; projectId: string | null; data: Record<string, unknown> }[] {
    return this.received.map((r) => JSON.parse(r.body));
  }
}
