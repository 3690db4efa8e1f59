// The typed client's source, generated from the OpenAPI document: openapi-typescript turns the
// document into `paths` and `components` types, and Biome formats them as it formats every other
// file, so the committed file passes `npm run lint` and one run's output equals the next's.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';

/** Where the generated client lives: contracts, which web, the CLI and the tests may all import. */
export const CLIENT_FILE = fileURLToPath(new URL('../../src/contracts/openapi.gen.ts', import.meta.url));

/** What `npm run check:client` says when the committed file differs from what the routes produce. */
export const STALE_MESSAGE = 'generated client is stale: run npm run gen:client';

const HEADER = `/**
 * The Gantry API's types, generated from its OpenAPI document by \`npm run gen:client\`
 * (scripts/client): do not edit. \`npm test\` fails when this file differs from what the routes produce.
 * Typed clients: web/src/api/client.ts, src/cli/client.ts, src/test-support/client.ts.
 */
`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Request bodies with their component schemas written out in place. openapi-typescript treats a
 * property with a default as always present (true of a response: zod fills it in) except where it
 * sits under a request body, where the caller may leave it out. A body that only references a
 * component would read as a response, so `{ name }` would not be a valid CreateProject.
 */
export function inlineRequestBodies(doc: JsonObject): JsonObject {
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const inline = (node: Json, seen: readonly string[]): Json => {
    if (Array.isArray(node)) return node.map((n) => inline(n, seen));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      const target = schemas[name];
      // A schema that contains itself stays a reference (it could not be written out).
      if (target !== undefined && !seen.includes(name)) return inline(target, [...seen, name]);
      return node;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, seen)]));
  };
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    paths[path] = Object.fromEntries(
      Object.entries(item).map(([method, op]) =>
        isObject(op) && op.requestBody !== undefined
          ? [method, { ...op, requestBody: inline(op.requestBody, []) }]
          : [method, op],
      ),
    );
  }
  return { ...doc, paths };
}

// Uploads (`format: binary`) are files to send, not strings.
const BLOB = ts.factory.createTypeReferenceNode('Blob');

/** JSON Schema keywords that restrict a value; a schema with none of them accepts anything. */
const RESTRICTING = ['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'not', 'enum', 'const', 'properties', 'items'];

/**
 * zod leaves a key whose schema accepts anything (`z.unknown()`) out of `required`, since undefined
 * is one of its values, yet the server writes that key like any other and zod's type has it
 * (`result: unknown`). Typed as present here too, a generated answer stays assignable to the contract.
 */
const keyOfAnything = (property: ts.PropertySignature, schema: object, path: string | undefined) =>
  property.questionToken && !path?.includes('requestBody') && !RESTRICTING.some((k) => k in schema)
    ? ts.factory.updatePropertySignature(property, property.modifiers, property.name, undefined, property.type)
    : undefined;

/** The formatted TypeScript source of the client's types for `doc`. */
export async function clientSource(doc: object): Promise<string> {
  // A copy, as served (JSON): openapi-typescript annotates the objects it is given, so generating
  // twice from one document object would not give the same file twice.
  const served = JSON.parse(JSON.stringify(doc)) as JsonObject;
  const ast = await openapiTS(inlineRequestBodies(served) as unknown as OpenAPI3, {
    transform: (schema) => (schema.format === 'binary' ? BLOB : undefined),
    transformProperty: (property, schema, options) => keyOfAnything(property, schema, options.path),
  });
  return formatted(HEADER + astToString(ast));
}

const BIOME = fileURLToPath(new URL('../../node_modules/@biomejs/biome/bin/biome', import.meta.url));

function formatted(source: string): string {
  return execFileSync(process.execPath, [BIOME, 'format', `--stdin-file-path=${CLIENT_FILE}`], {
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
