/**
 * The architecture, checked: data flows core <- contracts <- store <- services <- server | cli,
 * web imports contracts and core only. `npm run depcheck` (part of `npm test`) fails on a breach.
 */
const layer = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ imports nothing but core/: no node:*, no packages, no outer layers',
      severity: 'error',
      from: { path: layer('core') },
      to: { pathNot: [layer('core')] },
    },
    {
      name: 'contracts-only-core',
      comment: 'contracts/ are zod schemas over core types',
      severity: 'error',
      from: { path: layer('contracts') },
      to: { path: '^src/', pathNot: [layer('core'), layer('contracts')] },
    },
    {
      name: 'store-below-services',
      severity: 'error',
      from: { path: layer('store') },
      to: { path: ['^src/(services|server|cli|interop)/', '^web/'] },
    },
    {
      name: 'services-below-edges',
      comment: 'services hold no HTTP and no CLI',
      severity: 'error',
      from: { path: layer('services') },
      to: { path: ['^src/(server|cli)/', '^web/', '^node_modules/(hono|@hono)/'] },
    },
    {
      name: 'interop-over-core',
      comment: 'file formats map to the core model; they do not reach the database or HTTP',
      severity: 'error',
      from: { path: layer('interop') },
      to: { path: ['^src/(store|services|server|cli)/'] },
    },
    {
      name: 'server-not-cli',
      severity: 'error',
      from: { path: layer('server') },
      to: { path: ['^src/cli/', '^web/'] },
    },
    {
      name: 'web-only-contracts-and-core',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: [layer('core'), layer('contracts')] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$', '^src/test-support/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
