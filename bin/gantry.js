#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/gantry.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('gantry: not built yet; run `npm run build` in the Gantry folder first\n');
  process.exit(2);
}
await import(entry.href);
