import fc from 'fast-check';

/*
 * fast-check arbitraries drawn from the JSON schemas of our OpenAPI document, for the write fuzz:
 * values that mostly fit the schema (so requests get past validation and reach the services),
 * each with an optional mutation somewhere inside (a wrong type, a huge string, an impossible
 * date, a number out of range, a field dropped or added).
 */

/** A JSON schema node as the OpenAPI document gives it. */
export type JsonSchema = { readonly [key: string]: any };

/** What generation needs beyond the schema: component schemas for $ref, and ids worth reusing. */
export interface SchemaWorld {
  readonly components: Readonly<Record<string, JsonSchema>>;
  /** Ids that exist (projects, tasks, users...), so uuid fields sometimes hit real rows. */
  readonly ids: () => readonly string[];
}

/** Values that break assumptions: wrong types, extremes, impossible dates, odd text. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    -1,
    0,
    0.5,
    -0.000001,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 53),
    1e308,
    true,
    {},
    [],
    [null],
    'x'.repeat(100_000),
    '2027-02-30T17:00',
    '2026-13-01T08:00',
    '2026-02-29',
    '2030-01-07T24:30',
    '0000-00-00',
    '9999-12-31T23:59',
    '\u0000',
    '\u202e💥',
    '../../etc/passwd',
    "' OR 1=1 --",
    '00000000-0000-0000-0000-000000000000',
    { __proto__: null, constructor: 'x' },
    JSON.parse('{"__proto__":{"polluted":1}}'),
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }),
);

const deref = (s: JsonSchema, world: SchemaWorld): JsonSchema => {
  const ref = s.$ref as string | undefined;
  if (!ref) return s;
  const name = ref.split('/').pop() as string;
  return world.components[name] ?? {};
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Plausible dates, with a share of impossible ones. */
const dateText = fc
  .tuple(fc.integer({ min: 2024, max: 2032 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const timeText = fc.constantFrom('08:00', '17:00', '12:30', '00:00', '23:59', '24:00', '25:00');

function stringArbitrary(s: JsonSchema, world: SchemaWorld): fc.Arbitrary<unknown> {
  if (s.format === 'uuid') {
    return fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constant(null).chain(() => fc.constantFrom(...(world.ids().length ? world.ids() : ['x']))),
      },
      { weight: 1, arbitrary: fc.uuid() },
    );
  }
  if (s.format === 'date') return dateText;
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'email') {
    const simple = fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.test$/);
    return fc.oneof(simple, fc.emailAddress(), fc.constant('marco@demo.gantry.local'));
  }
  const pattern = s.pattern as string | undefined;
  if (pattern?.includes('T\\d{2}:\\d{2}')) return fc.tuple(dateText, timeText).map(([d, t]) => `${d}T${t}`);
  if (pattern === '^\\d{4}-\\d{2}-\\d{2}$') return dateText;
  const sized = { minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 30) };
  if (pattern) {
    return fc.oneof(
      fc.stringMatching(new RegExp(pattern)).filter((v) => v.length <= (s.maxLength ?? Infinity)),
      ...(s.example !== undefined ? [fc.constant(s.example)] : []),
    );
  }
  return fc.string(sized);
}

function numberArbitrary(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 0.01) : -1000);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 0.01) : 100_000);
  // Small values first: versions, priorities and counts that make a request succeed.
  const small = [1, 2, 3, 480].filter((v) => v >= lo && v <= hi);
  const any = integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  return small.length ? fc.oneof(fc.constantFrom(...small), any) : any;
}

/** Values that fit `schema` (as far as JSON Schema says; cross-field rules are left to chance). */
export function validArbitrary(schema: JsonSchema, world: SchemaWorld, depth = 0): fc.Arbitrary<unknown> {
  const s = deref(schema, world);
  if (depth > 6) return fc.constant(null);
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((a) => validArbitrary(a, world, depth + 1)));
  if (s.allOf) return validArbitrary((s.allOf as JsonSchema[])[0] as JsonSchema, world, depth + 1);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  if (Array.isArray(s.type)) {
    return fc.oneof(...(s.type as string[]).map((t) => validArbitrary({ ...s, type: t }, world, depth + 1)));
  }
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(s, true);
    case 'number':
      return numberArbitrary(s, false);
    case 'string':
      return stringArbitrary(s, world);
    case 'array':
      return fc.array(validArbitrary(s.items ?? {}, world, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      const required = (s.required ?? []) as string[];
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, validArbitrary(v, world, depth + 1)]));
      return fc.record(model, { requiredKeys: required.filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** One change somewhere in a value: replace a node, drop a key, or add an unknown one. */
export interface Mutation {
  readonly at: number;
  readonly kind: 'replace' | 'drop' | 'extra';
  readonly value: unknown;
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'drop', 'extra'),
  value: nastyValue,
});

/** Applies `m` to a copy of `value`, at the m.at-th container (objects and arrays, depth first). */
export function applyMutation(value: unknown, m: Mutation): unknown {
  if (value === null || typeof value !== 'object') return m.kind === 'replace' ? m.value : value;
  const copy = structuredClone(value) as Record<string, unknown>;
  const containers: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    containers.push(v as Record<string, unknown>);
    for (const child of Object.values(v)) walk(child);
  };
  walk(copy);
  const target = containers[m.at % containers.length] as Record<string, unknown>;
  const keys = Object.keys(target);
  const key = keys[m.at % Math.max(keys.length, 1)];
  if (m.kind === 'extra' || key === undefined) {
    if (Array.isArray(target)) target.push(m.value);
    else target[`fuzz${m.at % 7}`] = m.value;
  } else if (m.kind === 'drop') {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else {
    target[key] = m.value;
  }
  return copy;
}

/** Mostly-valid values of `schema`, two in five mutated once. */
export function fuzzedArbitrary(schema: JsonSchema, world: SchemaWorld): fc.Arbitrary<unknown> {
  const maybe = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: mutationArbitrary });
  return fc.tuple(validArbitrary(schema, world), maybe).map(([v, m]) => (m ? applyMutation(v, m) : v));
}
