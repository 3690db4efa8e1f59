import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.js';
import type { Plan } from '../core/schedule/model.js';
import { schedulePlan } from '../core/schedule/schedule.js';
import { JSON_SEED, mspdiSeed, oracleSeeds, XER_SEED } from '../test-support/plan-file-seeds.js';
import { readJsonPlan } from './json-plan.js';
import { readMspdi } from './mspdi/mspdi-reader.js';
import { readXer } from './xer/xer-reader.js';

/*
 * Bounded fuzz of the three plan readers (hardening issue): random and mutated MSPDI, XER and JSON
 * plans. Whatever the file, reading it and scheduling what was read gives a plan or a DomainError
 * (a 400 naming what is wrong), never another exception (a 500), within 2 s and a bounded heap.
 * GANTRY_FUZZ_RUNS=5000 npm run test:fuzz runs longer; a failure prints the seed to replay.
 */

const RUNS = Number(process.env.GANTRY_FUZZ_RUNS ?? 60);
const CASE_MS = 2_000;
const CASE_HEAP_BYTES = 256 * 1024 * 1024;
/** A test's timeout grows with its runs (a case averages well under 100 ms; each is bounded by CASE_MS). */
const TEST_MS = 30_000 + RUNS * 200;

type Reader = (text: string) => { plan: Plan };

/** Reads and schedules; returns what happened, or throws when the failure is not a DomainError. */
function outcome(read: Reader, text: string): 'plan' | 'refused' {
  try {
    schedulePlan(read(text).plan);
    return 'plan';
  } catch (error) {
    if (error instanceof DomainError) return 'refused';
    throw error;
  }
}

function bounded(read: Reader, text: string): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  outcome(read, text);
  const ms = performance.now() - started;
  expect(ms, `took ${Math.round(ms)} ms on a ${text.length}-character file`).toBeLessThan(CASE_MS);
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(CASE_HEAP_BYTES);
}

/** One edit of a file's text; positions are taken modulo its length. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'insert'; at: number; text: string; times: number }
  | { kind: 'number'; nth: number; value: string }
  | { kind: 'date'; nth: number; value: string };

const EXTREME_DAYS = ['0001-01-01', '9999-12-31', '1970-01-01', '2024-02-30', '2400-02-29', '0000-00-00'];
const HUGE_NUMBERS = [
  '0',
  '-1',
  '-0',
  '999999999',
  '4294967296',
  '1e308',
  '-1e308',
  'NaN',
  '1e-9',
  '99999999999999999999',
];

function mutation(tokens: readonly string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at }),
    fc.record({ kind: fc.constant('delete' as const), at, length: fc.nat({ max: 400 }) }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      at,
      length: fc.nat({ max: 2_000 }),
      times: fc.integer({ min: 1, max: 200 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at,
      text: fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: 'binary', maxLength: 40 })),
      times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 5_000 })),
    }),
    fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), value: fc.constantFrom(...HUGE_NUMBERS) }),
    fc.record({ kind: fc.constant('date' as const), nth: fc.nat(), value: fc.constantFrom(...EXTREME_DAYS) }),
  );
}

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 || !('at' in m) ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at);
    case 'insert':
      return text.slice(0, at) + m.text.repeat(m.times) + text.slice(at);
    case 'number':
      return replaceNth(text, /\d+(?:\.\d+)?/g, m.nth, m.value);
    case 'date':
      return replaceNth(text, /\d{4}-\d{2}-\d{2}/g, m.nth, m.value);
  }
}

function replaceNth(text: string, pattern: RegExp, nth: number, value: string): string {
  const hits = [...text.matchAll(pattern)];
  const hit = hits[nth % Math.max(1, hits.length)];
  return hit?.index === undefined ? text : text.slice(0, hit.index) + value + text.slice(hit.index + hit[0].length);
}

const mutated = (seeds: readonly string[], tokens: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation(tokens), { minLength: 1, maxLength: 4 }))
    .map(([seed, edits]) => edits.reduce(apply, seed));

const oracle = oracleSeeds();

const FORMATS: readonly { name: string; read: Reader; seeds: string[]; head: string; tokens: string[] }[] = [
  {
    name: 'XER',
    read: readXer,
    seeds: [XER_SEED, ...oracle.xer],
    head: 'ERMHDR\t8.1\n',
    tokens: [
      '\n%T\tTASK\n',
      '\n%T\tTASKPRED\n',
      `\n%F\t${'f\t'.repeat(2_000)}\n`,
      '\n%R\t',
      '\n%E\n',
      '\t',
      '\n',
      '\x7f(0||',
      '(0||x()(',
    ],
  },
  {
    name: 'MSPDI',
    read: readMspdi,
    seeds: [mspdiSeed(), ...oracle.mspdi],
    head: '<Project xmlns="http://schemas.microsoft.com/project">',
    tokens: [
      '<Task>',
      '</Task>',
      '<Tasks>',
      '<OutlineLevel>999999999</OutlineLevel>',
      '<PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>99999999999</LinkLag></PredecessorLink>',
      '<Exception><EnteredByOccurrences>1</EnteredByOccurrences><Occurrences>99999999</Occurrences><Type>1</Type></Exception>',
      '<Duration>PT99999999H0M0S</Duration>',
      '<a>',
      '&amp;',
      '<![CDATA[',
      '<!--',
    ],
  },
  {
    name: 'JSON',
    read: readJsonPlan,
    seeds: [JSON_SEED],
    head: '{"format":"gantry-plan","version":1,',
    tokens: ['[', '{', '"', ',', '{"id":"x","duration":"99999999d"},', '"occurrences":99999999,', '\\u0000', 'null,'],
  },
];

/** Values a hand-edited JSON plan might hold anywhere: extremes, wrong types, impossible dates. */
const JSON_VALUES = fc.oneof(
  fc.constantFrom<unknown>(0, -1, 1e9, -1e9, 1e308, 0.5, null, true, '', [], {}),
  fc.constantFrom('99999999d', '-5d', '1e308m', '50%', '0001-01-01T00:00', '9999-12-31T23:59', '2024-02-30'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);

/** Every path to a value in a JSON document. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/** The JSON seed with a few values, anywhere in it, replaced. */
const editedJson = fc.array(fc.tuple(fc.nat(), JSON_VALUES), { minLength: 1, maxLength: 4 }).map((edits) => {
  const doc = { root: JSON.parse(JSON_SEED) as unknown };
  for (const [n, value] of edits) {
    const all = paths(doc.root, ['root']);
    const path = all[n % all.length] as (string | number)[];
    const parent = path.slice(0, -1).reduce<any>((o, k) => o?.[k], doc);
    if (parent && typeof parent === 'object') parent[path.at(-1) as string] = value;
  }
  return JSON.stringify(doc.root);
});

describe('fuzz: the plan readers give a plan or a clear error, within time and memory bounds', () => {
  for (const f of FORMATS) {
    it(
      `fuzz ${f.name}: mutated valid files`,
      () => {
        fc.assert(
          fc.property(mutated(f.seeds, f.tokens), (text) => bounded(f.read, text)),
          { numRuns: RUNS },
        );
      },
      TEST_MS,
    );

    it(
      `fuzz ${f.name}: random text after the format's header`,
      () => {
        const tail = fc.oneof(fc.string({ maxLength: 2_000 }), fc.string({ unit: 'binary', maxLength: 2_000 }));
        fc.assert(
          fc.property(tail, (t) => bounded(f.read, f.head + t)),
          { numRuns: RUNS },
        );
      },
      TEST_MS,
    );
  }

  it(
    'fuzz JSON: valid JSON plans with values replaced anywhere',
    () => {
      fc.assert(
        fc.property(editedJson, (text) => bounded(readJsonPlan, text)),
        { numRuns: RUNS },
      );
    },
    TEST_MS,
  );

  it('fuzz seeds are valid plans, so the mutations start from files the readers accept', () => {
    for (const f of FORMATS) for (const seed of f.seeds) expect(outcome(f.read, seed)).toBe('plan');
  });
});
