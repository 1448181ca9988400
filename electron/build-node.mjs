// Bundles the Node-side entry points (Electron main + preload, the web host, the CLI, the bench)
// into dist/ as CommonJS. Native and Electron modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: {
    'electron/main': 'electron/main.ts',
    'electron/preload': 'electron/preload.ts',
    'electron/web': 'electron/web.ts',
    'electron/cli': 'electron/cli.ts',
    'test/bench': 'test/bench/bench.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  banner: { js: '' },
});
