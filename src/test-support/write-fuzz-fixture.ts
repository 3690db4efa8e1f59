import fc from 'fast-check';
import type { TestClient } from './client.js';
import { fuzzedArbitrary, type JsonSchema, nastyValue, type SchemaWorld } from './schema-arbitrary.js';

/*
 * What the write fuzz aims at: the write operations of the OpenAPI document, and the ids that
 * exist on the test server (by project, so a path can name a task of the caller's project or of
 * another one), to put in paths and bodies.
 */

/** One write operation of the OpenAPI document. */
export interface WriteOperation {
  readonly method: string;
  /** OpenAPI path, with {params}. */
  readonly path: string;
  readonly bodySchema: JsonSchema | null;
  readonly multipart: boolean;
}

/** The write operations (everything but GET) of an OpenAPI document. */
export function writeOperations(doc: { paths: Record<string, Record<string, any>> }): WriteOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const content = op.requestBody?.content ?? {};
        const multipart = 'multipart/form-data' in content;
        const schema = (content['application/json'] ?? content['multipart/form-data'])?.schema ?? null;
        return { method: method.toUpperCase(), path, bodySchema: schema, multipart };
      }),
  );
}

/** The ids of one project and of what lies in it. */
export interface ProjectIds {
  readonly id: string;
  readonly tasks: string[];
  readonly links: string[];
  readonly calendars: string[];
  readonly baselines: string[];
  readonly reports: string[];
}

/** Every id the fuzz may aim at, read from the server once. */
export interface FuzzIds {
  readonly projects: ProjectIds[];
  readonly orgCalendars: string[];
  readonly portfolios: string[];
  /** Users the fuzz may edit: spares made for it, so the role accounts stay signed in. */
  readonly spareUsers: string[];
  readonly allUsers: string[];
  readonly tokens: string[];
  /** The pool's resources (the demo pool). */
  readonly resources: string[];
  /** The PMO's cost categories. */
  readonly costCategories: string[];
}

/** Reads the ids of the demo organisation (as admin), after making spare users and a token per role. */
export async function collectIds(admin: TestClient, clients: readonly TestClient[]): Promise<FuzzIds> {
  const spareUsers: string[] = [];
  for (const n of [1, 2]) {
    const body = {
      email: `spare${n}@fuzz.test`,
      name: `Spare ${n}`,
      role: 'project_manager',
      password: 'long-enough-pw',
    };
    spareUsers.push((await admin.post('/api/users', body)).body.id);
  }
  const tokens: string[] = [];
  for (const c of clients) {
    const t = await c.post('/api/me/tokens', { name: 'fuzz', expiresInDays: 30 });
    if (t.status === 201) tokens.push(t.body.id ?? t.body.token?.id);
  }
  const projects: ProjectIds[] = [];
  const listed = (await admin.get('/api/projects?pageSize=100')).body.items;
  // Status reports exist only once the PMO sets a cadence: give two projects a draft report to aim at.
  for (const p of listed.slice(0, 2)) {
    await admin.put(`/api/projects/${p.id}/reporting`, { cadence: 'weekly', startDate: '2026-01-05' });
    await admin.post(`/api/projects/${p.id}/status-reports`, { periodStart: '2026-01-05' });
  }
  for (const p of listed) {
    const plan = (await admin.get(`/api/projects/${p.id}/tasks`)).body;
    const links = (await admin.get(`/api/projects/${p.id}/links`)).body;
    const calendars = (await admin.get(`/api/projects/${p.id}/calendars`)).body.items ?? [];
    const baselines = (await admin.get(`/api/projects/${p.id}/baselines`)).body.items ?? [];
    const reports = (await admin.get(`/api/projects/${p.id}/status-reports`)).body.items ?? [];
    projects.push({
      id: p.id,
      tasks: (plan.tasks ?? []).map((t: { id: string }) => t.id),
      links: (links.links ?? []).map((l: { id: string }) => l.id),
      calendars: calendars.filter((c: any) => c.projectId === p.id).map((c: { id: string }) => c.id),
      baselines: baselines.map((b: { id: string }) => b.id),
      reports: reports.map((r: { id: string }) => r.id),
    });
  }
  return {
    projects,
    orgCalendars: ((await admin.get('/api/calendars')).body.items ?? []).map((c: { id: string }) => c.id),
    portfolios: ((await admin.get('/api/portfolios?pageSize=100')).body.items ?? []).map((p: { id: string }) => p.id),
    spareUsers,
    allUsers: ((await admin.get('/api/users?pageSize=100')).body.items ?? []).map((u: { id: string }) => u.id),
    tokens: tokens.filter(Boolean),
    resources: ((await admin.get('/api/resources?pageSize=200&status=all')).body.items ?? []).map(
      (r: { id: string }) => r.id,
    ),
    costCategories: ((await admin.get('/api/cost-categories')).body.items ?? []).map((c: { id: string }) => c.id),
  };
}

/** Every id at once, for uuid fields in bodies. */
export function allIds(f: FuzzIds): string[] {
  return [
    ...f.projects.flatMap((p) => [p.id, ...p.tasks, ...p.links, ...p.calendars, ...p.baselines, ...p.reports]),
    ...f.orgCalendars,
    ...f.portfolios,
    ...f.allUsers,
    ...f.resources,
  ];
}

/** How a path id is chosen: from the path's project, from another project, made up, or not an id. */
export type IdKind = 'same' | 'other' | 'random' | 'garbage';

/** One choice of ids for a path's parameters. */
export interface IdChoice {
  readonly project: number;
  readonly kind: IdKind;
  readonly pick: number;
  readonly random: string;
  readonly garbage: string;
}

export const idChoiceArbitrary: fc.Arbitrary<IdChoice> = fc.record({
  project: fc.nat(),
  kind: fc.constantFrom<IdKind>('same', 'same', 'same', 'same', 'other', 'random', 'garbage'),
  pick: fc.nat(),
  random: fc.uuid(),
  garbage: fc.constantFrom('not-a-uuid', '0', '..', '%2e%2e', 'x'.repeat(3000), '00000000-0000-0000-0000-000000000000'),
});

const pickFrom = (pool: readonly string[], n: number) => pool[n % Math.max(pool.length, 1)];

/** The concrete path of `op` for choice `c`. */
export function resolvePath(op: WriteOperation, f: FuzzIds, c: IdChoice): string {
  const projects = f.projects;
  const here = projects[c.project % projects.length] as ProjectIds;
  const there = projects[(c.project + 1) % projects.length] as ProjectIds;
  const child = (key: 'tasks' | 'links' | 'calendars' | 'baselines' | 'reports') => {
    if (c.kind === 'random') return c.random;
    if (c.kind === 'garbage') return c.garbage;
    const pool = (c.kind === 'same' ? here : there)[key];
    return pickFrom(pool.length ? pool : key === 'calendars' ? f.orgCalendars : [], c.pick) ?? c.random;
  };
  const top = (pool: readonly string[]) =>
    c.kind === 'random' ? c.random : c.kind === 'garbage' ? c.garbage : (pickFrom(pool, c.pick) ?? c.random);
  const params: Record<string, () => string> = {
    taskId: () => child('tasks'),
    linkId: () => child('links'),
    baselineId: () => child('baselines'),
    reportId: () => child('reports'),
    userId: () => top(f.allUsers),
    calendarId: () => (op.path.startsWith('/api/projects/') ? child('calendars') : top(f.orgCalendars)),
    id: () => {
      if (op.path.startsWith('/api/projects/')) return c.kind === 'garbage' ? c.garbage : here.id;
      if (op.path.startsWith('/api/users/')) return top(f.spareUsers);
      if (op.path.startsWith('/api/portfolios/')) return top(f.portfolios);
      if (op.path.startsWith('/api/me/tokens/')) return top(f.tokens);
      if (op.path.startsWith('/api/resources/')) return top(f.resources);
      if (op.path.startsWith('/api/cost-categories/')) return top(f.costCategories);
      return top([]);
    },
  };
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]?.() ?? c.random));
}

/** Request bodies that are not JSON of any schema. */
export const garbageBody = fc.constantFrom(
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '{"a":1',
  '\u0000',
  'version=1&name=x',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `{"tasks":[${'{"name":"x"},'.repeat(2000)}{"name":"y"}],"version":1}`,
);

/** A small Gantry plan file, to import (mutated or not), or text that is no plan. */
function planFileArbitrary(world: SchemaWorld): fc.Arbitrary<string> {
  const plan = {
    type: 'object',
    required: ['format', 'version', 'projectStart', 'defaultCalendar', 'calendars', 'tasks'],
    properties: {
      format: { const: 'gantry-plan' },
      version: { const: 1 },
      projectStart: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' },
      defaultCalendar: { const: 'std' },
      calendars: {
        type: 'array',
        minItems: 1,
        maxItems: 1,
        items: { const: { id: 'std', week: { monday: ['08:00-17:00'] } } },
      },
      tasks: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { enum: ['a', 'b'] },
            name: { type: 'string' },
            duration: { enum: ['1d', '4h', 0, '2ed', '-1d'] },
            deadline: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' },
          },
        },
      },
    },
  };
  return fc.oneof(
    { weight: 4, arbitrary: fuzzedArbitrary(plan, world).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.constantFrom('<Project xmlns="x"><Tasks><Task>', 'ERMHDR\t8.0', '', '{}') },
  );
}

/** A multipart import form's fields (the file as text). */
export function importFormArbitrary(world: SchemaWorld): fc.Arbitrary<Record<string, string>> {
  const id = fc.oneof(
    fc.constant(null).chain(() => fc.constantFrom(...(world.ids().length ? world.ids() : ['x']))),
    fc.uuid(),
    nastyValue.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
  );
  return fc.record(
    { file: planFileArbitrary(world), name: fc.string({ maxLength: 30 }), portfolioId: id, managerId: id },
    { requiredKeys: [] },
  );
}

/**
 * Where the version of the resource a write path changes can be read (as admin), so a share of
 * requests carries the current one and reaches the service instead of stopping at a 409.
 */
export function versionSource(path: string): { url: string; read: (body: any) => unknown } | null {
  const plan = /^(\/api\/projects\/[^/]+)\/(tasks|links|schedule|plan\/(ops|undo|redo))/.exec(path);
  if (plan) return { url: `${plan[1]}/tasks`, read: (b) => b?.plan?.version };
  const projectCalendar = /^\/api\/projects\/[^/]+\/calendars\/([^/]+)$/.exec(path);
  if (projectCalendar) return { url: `/api/calendars/${projectCalendar[1]}`, read: (b) => b?.version };
  const project = /^(\/api\/projects\/[^/]+)(\/transitions)?$/.exec(path);
  if (project && !path.endsWith('/import')) return { url: project[1] as string, read: (b) => b?.version };
  if (/^\/api\/(users|portfolios|calendars)\/[^/]+$/.test(path)) return { url: path, read: (b) => b?.version };
  return null;
}
