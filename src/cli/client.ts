import type { ClientConfig } from '../config.js';

/** A failed CLI call: printed as one line, exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Calls the Gantry API with the configured token; API errors become CliErrors carrying the server's message. */
export async function callApi<T>(config: ClientConfig, method: string, path: string, body?: unknown): Promise<T> {
  if (!config.token)
    throw new CliError(
      'No API token: pass --token or set GANTRY_TOKEN (create one under your user menu > API tokens)',
      2,
    );
  let res: Response;
  try {
    res = await fetch(`${config.url}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${config.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (err) {
    throw new CliError(`Cannot reach Gantry at ${config.url}: ${(err as Error).cause ?? (err as Error).message}`);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`Unexpected answer from ${config.url} (HTTP ${res.status}); is this a Gantry server?`);
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string } }).error;
    throw new CliError(`${e?.message ?? `HTTP ${res.status}`}${e?.code ? ` [${e.code}]` : ''}`);
  }
  return json as T;
}
