import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../contracts/openapi.gen.js';

/**
 * The body a route answers with `status` (200 unless given), as the OpenAPI document says:
 * `client.get<Answer<'/api/projects/{id}'>>(`/api/projects/${id}`)` types a test's reads.
 */
export type Answer<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'patch' | 'delete' = 'get',
  S extends number = 200,
> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer B } } } } ? B : never;

/** A response as tests look at it. */
export interface TestResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/**
 * A tiny HTTP client that keeps the session cookie like a browser would. `get`/`post`/… send
 * anything (tests probe bad paths and bodies on purpose); `api` is the typed client generated from
 * the OpenAPI document, on the same session, for calls that should be right by construction.
 */
export class TestClient {
  private cookie: string | null = null;
  /** Typed calls by the document's path templates: `api.GET('/api/projects/{id}', { params: { path: { id } } })`. */
  readonly api: Client<paths>;
  constructor(
    readonly baseUrl: string,
    private readonly bearer: string | null = null,
  ) {
    this.api = createClient<paths>({ baseUrl });
    this.api.use({
      onRequest: ({ request }) => {
        if (this.cookie) request.headers.set('cookie', this.cookie);
        if (this.bearer) request.headers.set('authorization', `Bearer ${this.bearer}`);
        return request;
      },
      onResponse: ({ response }) => {
        this.keepCookie(response);
        return undefined;
      },
    });
  }

  private keepCookie(res: Response): void {
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
  }

  /** A client that authenticates with an API token instead of a cookie. */
  withToken(token: string): TestClient {
    return new TestClient(this.baseUrl, token);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    this.keepCookie(res);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Non-JSON (HTML pages): leave as text.
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  patch<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
  /** Posts a multipart form (a file upload), as a browser's form would. */
  async upload<T = any>(path: string, form: FormData): Promise<TestResponse<T>> {
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
      body: form,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
  }
  /** The raw session cookie, to hand to another process's client. */
  get sessionCookie(): string | null {
    return this.cookie;
  }
  set sessionCookie(v: string | null) {
    this.cookie = v;
  }
}
