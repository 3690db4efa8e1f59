// Bundles `gantry schedule`, `gantry check` and `gantry level` (src/cli/schedule-main.ts, check-main.ts,
// level-main.ts and everything they import) into one ES module each, schedule.js, check.js and
// level.js, that bin/gantry.cjs prefers for those commands; what they share lands in shared chunks. What is imported dynamically goes into
// chunks beside it, read only when needed (zod, for the errors of an invalid plan). Run by
// `npm run build:server`; tests give another folder: node scripts/bundle-cli.mjs [outdir]
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist/cli/bundle';
// Chunk names carry a content hash: without this, chunks of earlier builds would pile up.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    schedule: new URL('../src/cli/schedule-main.ts', import.meta.url).pathname,
    check: new URL('../src/cli/check-main.ts', import.meta.url).pathname,
    level: new URL('../src/cli/level-main.ts', import.meta.url).pathname,
  },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Less text for V8 to scan on every start; names are kept so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  // commander is CommonJS: its require('node:events') needs a real require inside an ES module.
  banner: {
    js: "import { createRequire as __gantryRequire } from 'node:module'; const require = __gantryRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
