// Bundles `gantry schedule` (src/cli/schedule-main.ts and everything it imports) into one ES module
// that bin/gantry.js prefers for that command. Run by `npm run build:server`; the output file may be
// given (tests bundle into a temporary folder): node scripts/bundle-cli.mjs [outfile]
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/cli/schedule-bundle.js';
await build({
  entryPoints: [new URL('../src/cli/schedule-main.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
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
