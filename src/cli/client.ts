import type { ClientConfig } from '../config.js';
import { BAD_INPUT, CliError } from './cli-error.js';
import { type InputIssue, inputError, type OptionsByField } from './input-errors.js';

export { CliError };

/**
 * Calls the Gantry API with the configured token; API errors become CliErrors carrying the server's
 * message. A 400 `validation_failed` is the user's input: exit 2, naming the option through `options`.
 */
export async function callApi<T>(
  config: ClientConfig,
  method: string,
  path: string,
  body?: unknown,
  options: OptionsByField = {},
): Promise<T> {
  if (!config.token)
    throw new CliError(
      'No API token: pass --token or set GANTRY_TOKEN (create one under your user menu > API tokens)',
      BAD_INPUT,
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
    const e = (json as { error?: { code?: string; message?: string; details?: { issues?: InputIssue[] } } }).error;
    if (res.status === 400 && e?.code === 'validation_failed') {
      throw inputError(e.details?.issues ?? [{ path: '', message: e.message ?? 'invalid input' }], options);
    }
    throw new CliError(`${e?.message ?? `HTTP ${res.status}`}${e?.code ? ` [${e.code}]` : ''}`);
  }
  return json as T;
}
