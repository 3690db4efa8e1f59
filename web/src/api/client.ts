import createClient from 'openapi-fetch';
import type { ErrorBody } from '../../../src/contracts/index.js';
import type { paths } from '../../../src/contracts/openapi.gen.js';

/*
 * The web app's one API client, typed by the OpenAPI document (`src/contracts/openapi.gen.ts`,
 * written by `npm run gen:client`). Every hook calls it the same way:
 *
 *   queryFn: () => ok(gantry.GET('/api/projects/{id}', { params: { path: { id } } })),
 *   mutationFn: (body: UpdateProjectBody) =>
 *     ok(gantry.PATCH('/api/projects/{id}', { params: { path: { id } }, body })),
 *
 * The path is the document's template, so a misspelt path, a missing parameter or a body of the
 * wrong shape is a type error, and `ok` resolves with the response body typed from the document.
 * A new route: `npm run gen:client`, then a hook like these (there is no path-string helper).
 */

/** A failed API call, carrying the server's stable error code so the UI can react to it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** True when `e` is an ApiError with the given code. */
export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

/** Query parameters; undefined, null and empty values are left out so the server applies its defaults. */
export type Params = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** Builds `a=1&b=x,y` from params, skipping empty ones (lists are comma-separated, as the API reads them). */
export function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  return search.toString();
}

/** The query parameters of a GET route, as the document names them. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

const NETWORK_MESSAGE = 'Cannot reach the Gantry server. Check your connection and try again.';

/**
 * Same origin with the session cookie (the browser adds Origin, which the server's CSRF check
 * reads); paths carry their `/api` prefix as the document names them.
 */
export const gantry = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: (query) => queryString(query as Params),
});
gantry.use({
  // fetch itself failed (offline, server down): one sentence the user can act on.
  onError: () => new ApiError(0, 'network', NETWORK_MESSAGE),
});

/** The error an unsuccessful answer stands for: the server's envelope, or a generic one (a proxy's error page). */
export function toApiError(response: Response, body: unknown): ApiError {
  const e = (body as Partial<ErrorBody> | undefined)?.error;
  if (e?.code) return new ApiError(response.status, e.code, e.message, e.details ?? {});
  return new ApiError(
    response.status,
    'http_error',
    `The server answered ${response.status} ${response.statusText}`.trim(),
  );
}

/** A call's outcome as openapi-fetch gives it: the typed body on success, the parsed error otherwise. */
interface Outcome<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** Resolves with a call's typed body (undefined for 204), or rejects with an ApiError. */
export async function ok<T>(call: Promise<Outcome<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

/** A short, human sentence for an error, for alerts and notifications. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    switch (e.code) {
      case 'forbidden':
        return 'You do not have permission to do that.';
      case 'not_found':
        return 'It does not exist, or you cannot see it.';
      case 'version_conflict':
        return 'Someone else changed this in the meantime.';
      default:
        return e.message;
    }
  }
  return e instanceof Error ? e.message : 'Something went wrong.';
}
