import createClient, { type Client } from 'openapi-fetch';
import type { ClientConfig } from '../config.js';
import type { paths } from '../contracts/openapi.gen.js';
import { BAD_INPUT, CliError } from './cli-error.js';
import { type InputIssue, inputError, type OptionsByField } from './input-errors.js';

export { CliError };

/** The Gantry API, typed by its OpenAPI document (`src/contracts/openapi.gen.ts`, `npm run gen:client`). */
export type GantryApi = Client<paths>;

/**
 * A typed client for the server in `config`, sending its token. Calls take the document's path
 * templates (`api.GET('/api/projects/{id}', { params: { path: { id } } })`); `ok` unwraps them.
 */
export function apiClient(config: ClientConfig): GantryApi {
  if (!config.token)
    throw new CliError(
      'No API token: pass --token or set GANTRY_TOKEN (create one under your user menu > API tokens)',
      BAD_INPUT,
    );
  const api = createClient<paths>({ baseUrl: config.url, headers: { authorization: `Bearer ${config.token}` } });
  api.use({
    onError: ({ error }) =>
      new CliError(`Cannot reach Gantry at ${config.url}: ${(error as Error).cause ?? (error as Error).message}`),
    // Something else answering on that port (a proxy page, another app): say so rather than fail on its HTML.
    onResponse: ({ response, options }) => {
      const json = response.headers.get('content-type')?.includes('json');
      if (options.parseAs === 'json' && response.status !== 204 && !json) {
        throw new CliError(`Unexpected answer from ${config.url} (HTTP ${response.status}); is this a Gantry server?`);
      }
      return undefined;
    },
  });
  return api;
}

/** A call's outcome as openapi-fetch gives it: the typed body on success, the parsed error otherwise. */
interface Outcome<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

interface ErrorEnvelope {
  readonly error?: { code?: string; message?: string; details?: { issues?: InputIssue[] } };
}

/**
 * Resolves with a call's typed body; API errors become CliErrors carrying the server's message. A
 * 400 `validation_failed` is the user's input: exit 2, naming the option through `options`.
 */
export async function ok<T>(call: Promise<Outcome<T>>, options: OptionsByField = {}): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const e = (error as ErrorEnvelope | undefined)?.error;
  if (response.status === 400 && e?.code === 'validation_failed') {
    throw inputError(e.details?.issues ?? [{ path: '', message: e.message ?? 'invalid input' }], options);
  }
  throw new CliError(`${e?.message ?? `HTTP ${response.status}`}${e?.code ? ` [${e.code}]` : ''}`);
}
