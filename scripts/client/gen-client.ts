// `npm run gen:client` writes src/contracts/openapi.gen.ts from the routes' OpenAPI document, built
// in-process (no server, no database). `npm run check:client` (part of `npm test`) only compares, and
// fails when the committed file is stale. Options, for tests: --out FILE, --document JSON_FILE.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openApiDocument } from '../../src/server/app.js';
import { CLIENT_FILE, clientSource, STALE_MESSAGE } from './client-source.js';

const { values } = parseArgs({
  options: { check: { type: 'boolean' }, out: { type: 'string' }, document: { type: 'string' } },
});
const file = values.out ?? CLIENT_FILE;
// The document's info.version never reaches the types; a fixed one keeps the input fixed too.
const doc = values.document ? JSON.parse(readFileSync(values.document, 'utf8')) : openApiDocument('0.0.0');
const source = await clientSource(doc);

if (values.check) {
  let current: string | null = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Missing: as stale as it gets.
  }
  if (current !== source) {
    process.stderr.write(`${STALE_MESSAGE} (${file})\n`);
    process.exit(1);
  }
  process.stdout.write(`generated client is up to date (${file})\n`);
} else {
  writeFileSync(file, source);
  process.stdout.write(`wrote ${file}\n`);
}
