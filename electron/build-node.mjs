// Bundles the Node-side entry points (Electron main + preload, the web host, the CLI, the bench)
// into dist/ as CommonJS. Native and Electron modules stay external. The preload runs sandboxed, where
// only 'electron' can be required, so everything else it imports must be bundled into it.

import { existsSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // playwright-core (the report printer) stays a runtime dependency: it locates its own files at run time.
  external: ['better-sqlite3', 'electron', 'playwright-core'],
  logLevel: 'warning',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
};

const entryPoints = {
  'electron/main': 'electron/main.ts',
  'electron/preload': 'electron/preload.ts',
  'electron/web': 'electron/web.ts',
  // The leftover pool's worker thread (electron/backend/leftover-pool.ts finds it beside the bundles).
  'electron/leftover-worker': 'electron/leftover-worker.ts',
};
// The bench arrives with its own issue; build it once it exists.
if (existsSync('test/bench/bench.ts')) entryPoints['test/bench'] = 'test/bench/bench.ts';

await Promise.all([
  build({ ...common, entryPoints }),
  // Only the CLI is an executable script (the `renozone` bin).
  build({ ...common, entryPoints: { 'electron/cli': 'electron/cli.ts' }, banner: { js: '#!/usr/bin/env node' } }),
]);
await chmod('dist/electron/cli.cjs', 0o755);
