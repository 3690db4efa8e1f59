import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { dbFingerprint } from '../test-support/db-fingerprint.js';
import { fuzzedArbitrary, type SchemaWorld } from '../test-support/schema-arbitrary.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';
import {
  allIds,
  collectIds,
  type FuzzIds,
  garbageBody,
  type IdChoice,
  idChoiceArbitrary,
  importFormArbitrary,
  resolvePath,
  versionSource,
  type WriteOperation,
  writeOperations,
} from '../test-support/write-fuzz-fixture.js';

/*
 * Every write route of the OpenAPI document, driven with generated bodies, headers and path ids,
 * as every role, on both databases. Whatever comes in: no 5xx; every 4xx carries the error
 * envelope, a 400 names the field; and a refused request leaves the database as it was.
 * `npm test` runs a small budget; `npm run test:fuzz` a long one (GANTRY_FUZZ_RUNS).
 */

const RUNS = Number(process.env.GANTRY_FUZZ_RUNS ?? 150);
/**
 * fetch, tried a second time when the server closed the connection before its answer was read:
 * a body refused unread (413, or any answer given before the body is needed) ends with the
 * server closing the socket, which a client still sending can see as a reset. The property is
 * about the answers, so a request is repeated once; one that kills its connection twice fails.
 */
async function sendOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

const SEED = process.env.GANTRY_FUZZ_SEED ? Number(process.env.GANTRY_FUZZ_SEED) : undefined;

const ROLES = {
  admin: TEST_ADMIN.email,
  pmo: 'pmo@demo.gantry.local',
  pm: 'marco@demo.gantry.local',
  team: 'lena@demo.gantry.local',
  stakeholder: 'olivia@demo.gantry.local',
  anonymous: null,
} as const;
type Role = keyof typeof ROLES;

// Repeats weight the choices that let a request reach the services.
const ORIGINS = ['none', 'none', 'none', 'none', 'same', 'same', 'foreign', 'null', 'garbage', 'ipv6'] as const;
const IF_MATCH = [
  ...[undefined, undefined, undefined, undefined, 'current', 'current', 'current'],
  ...['1', '2', 'W/"3"', '0', '-1', 'abc', '99999999999999999999', ''],
] as const;
const CONTENT_TYPES = [
  ...Array.from({ length: 10 }, () => 'application/json' as const),
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'garbage;;; =',
  'none',
] as const;

/** One generated request, before it is bound to the server's ids. */
interface FuzzRequest {
  readonly op: number;
  readonly role: Role;
  readonly ids: IdChoice;
  readonly origin: (typeof ORIGINS)[number];
  readonly ifMatch: (typeof IF_MATCH)[number];
  /** Send the resource's current version in the body (when it has one), not the generated one. */
  readonly currentVersion: boolean;
  readonly contentType: (typeof CONTENT_TYPES)[number];
  readonly body: { json: unknown } | { raw: string } | { form: Record<string, string> } | null;
}

function requestArbitrary(ops: readonly WriteOperation[], world: SchemaWorld): fc.Arbitrary<FuzzRequest> {
  return fc.nat({ max: ops.length - 1 }).chain((op) => {
    const o = ops[op] as WriteOperation;
    const body: fc.Arbitrary<FuzzRequest['body']> = o.multipart
      ? fc.oneof(
          { weight: 6, arbitrary: importFormArbitrary(world).map((form) => ({ form })) },
          { weight: 1, arbitrary: garbageBody.map((raw) => ({ raw })) },
        )
      : o.bodySchema
        ? fc.oneof(
            { weight: 8, arbitrary: fuzzedArbitrary(o.bodySchema, world).map((json) => ({ json })) },
            { weight: 1, arbitrary: garbageBody.map((raw) => ({ raw })) },
          )
        : fc.oneof(
            fc.constant(null),
            garbageBody.map((raw) => ({ raw })),
          );
    return fc.record({
      op: fc.constant(op),
      role: fc.constantFrom<Role>('admin', 'pmo', 'pmo', 'pm', 'pm', 'pm', 'team', 'team', 'stakeholder', 'anonymous'),
      currentVersion: fc.boolean(),
      ids: idChoiceArbitrary,
      origin: fc.constantFrom(...ORIGINS),
      ifMatch: fc.constantFrom(...IF_MATCH),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      body,
    });
  });
}

function originHeader(kind: FuzzRequest['origin'], serverUrl: string): string | undefined {
  const values = {
    none: undefined,
    same: serverUrl,
    foreign: 'https://evil.example',
    null: 'null' as string,
    garbage: 'not a url at all',
    ipv6: 'http://[::1',
  } as const;
  return values[kind];
}

/** The envelope every non-2xx answer carries; a 400 names the field(s) it refuses. */
function envelopeProblem(status: number, body: any): string | null {
  const e = body?.error;
  if (typeof e?.code !== 'string' || typeof e?.message !== 'string' || typeof e?.details !== 'object') {
    return 'no {error:{code,message,details}} envelope';
  }
  if (status !== 400) return null;
  const issues = e.details.issues;
  const named =
    (Array.isArray(issues) &&
      issues.length > 0 &&
      issues.every((i: any) => typeof i?.path === 'string' && i.path !== '')) ||
    (typeof e.details.field === 'string' && e.details.field !== '');
  return named ? null : 'a 400 that names no field';
}

describe.each(TEST_DIALECTS)('write fuzz on %s', (dialect) => {
  let server: TestServer;
  let ops: WriteOperation[];
  let ids: FuzzIds;
  let admin: TestClient | undefined;
  const cookies: Partial<Record<Role, string | null>> = {};

  async function signIn(role: Role): Promise<TestClient | null> {
    const email = ROLES[role];
    if (!email) return null;
    const client = await server.login(email).catch(() => null);
    cookies[role] = client?.sessionCookie ?? null;
    return client;
  }

  /** The version of what `path` writes, read as admin; undefined when it has none or is gone. */
  async function currentVersion(path: string): Promise<unknown> {
    const source = versionSource(path);
    if (!source || !admin) return undefined;
    const res = await admin.get(source.url);
    return res.status === 200 ? source.read(res.body) : undefined;
  }

  beforeAll(async () => {
    // No background work: a dispatcher fanning events out between two requests would change the
    // tables behind a refused request's back, and would send webhooks to whatever URLs were generated.
    server = await startTestServer({ dialect, jobWorkers: 0 });
    const clients: TestClient[] = [];
    for (const role of Object.keys(ROLES) as Role[]) {
      const c = await signIn(role);
      if (c) clients.push(c);
    }
    admin = await server.login(TEST_ADMIN.email);
    ids = await collectIds(admin, clients);
    ops = writeOperations((await admin.get('/api/openapi.json')).body);
  }, 60_000);
  afterAll(() => server?.close());

  it('finds the write routes in the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThan(30);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toContain('PATCH /api/projects/{id}/tasks/{taskId}');
  });

  it('answers every generated write with no 5xx, the error envelope, and no change when refused', async () => {
    const store = server.gantry.ctx.store;
    const world: SchemaWorld = { components: {}, ids: () => allIds(ids) };
    const doc = (await server.anonymous().get('/api/openapi.json')).body;
    Object.assign(world.components, doc.components.schemas);
    let before = await dbFingerprint(store);
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(requestArbitrary(ops, world), async (r) => {
        const op = ops[r.op] as WriteOperation;
        const path = resolvePath(op, ids, r.ids);
        const headers: Record<string, string> = {};
        const cookie = cookies[r.role];
        if (cookie) headers.cookie = cookie;
        const origin = originHeader(r.origin, server.url);
        if (origin !== undefined) headers.origin = origin;
        const current = r.currentVersion || r.ifMatch === 'current' ? await currentVersion(path) : undefined;
        const ifMatch = r.ifMatch === 'current' ? (current === undefined ? undefined : String(current)) : r.ifMatch;
        if (ifMatch !== undefined) headers['if-match'] = ifMatch;
        const json = r.body && 'json' in r.body ? r.body.json : undefined;
        if (r.currentVersion && current !== undefined && json && typeof json === 'object' && 'version' in json) {
          (json as Record<string, unknown>).version = current;
        }
        let payload: BodyInit | undefined;
        if (r.body && 'form' in r.body) {
          const form = new FormData();
          for (const [k, v] of Object.entries(r.body.form)) {
            if (k === 'file') form.set(k, new Blob([v]), 'plan.json');
            else form.set(k, v);
          }
          payload = form;
        } else if (r.body) {
          payload = 'json' in r.body ? JSON.stringify(r.body.json) : r.body.raw;
          if (r.contentType !== 'none') headers['content-type'] = r.contentType;
        }
        const res = await sendOnce(server.url + path, { method: op.method, headers, body: payload ?? null });
        const text = await res.text();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {}
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const after = await dbFingerprint(store);
        const what = `${r.role} ${op.method} ${path.slice(0, 200)} -> ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, what).toBeLessThan(500);
        if (res.status >= 400) {
          expect(envelopeProblem(res.status, body), what).toBeNull();
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          expect(changed, `refused, yet these tables changed: ${what}`).toEqual([]);
        }
        before = after;
        // A successful sign-out ends the role's session: sign in again so it keeps its role.
        if (op.path === '/api/auth/logout' && res.status < 300 && r.role !== 'anonymous') {
          await signIn(r.role);
          before = await dbFingerprint(store);
        }
      }),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true },
    );
    // How deep the runs got (how many passed validation and authorisation) is worth seeing.
    console.info(`write fuzz on ${dialect}: ${RUNS} runs, statuses ${JSON.stringify(statuses)}`);
  }, 600_000);
});
