// `npm run web`: RenoZone in a browser. Serves the built renderer and the backend on 127.0.0.1 only and prints
// the ready line `RenoZone: http://127.0.0.1:PORT/` (the e2e rig waits for it).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultHomeDir } from './host/home';
import { startWebHost } from './host/web-host';

const USAGE = `usage: node dist/electron/web.cjs [--port N] [--home DIR]
  --port N    port on 127.0.0.1 (default 5174; 0 picks a free one)
  --home DIR  folder for recent files and the demo copy (default: $RENOZONE_HOME or the per-user data folder)
  --renderer DIR  the built renderer to serve (default: dist/renderer beside this bundle)`;

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '5174' },
        home: { type: 'string' },
        renderer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return process.exit(2);
  }
}

async function main(): Promise<void> {
  const values = parseCommandLine();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`invalid --port: ${values.port}\n${USAGE}`);
    process.exit(2);
  }
  const host = await startWebHost({
    homeDir: values.home ?? defaultHomeDir(),
    // The bundle lives in dist/electron; the renderer build in dist/renderer.
    rendererDir: values.renderer ?? join(__dirname, '..', 'renderer'),
    port,
  });
  const shutdown = (signal: string) => {
    console.log(`RenoZone: ${signal}, closing`);
    host.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  console.log(`RenoZone: ${host.server.url}`);
}

main().catch((error: unknown) => {
  console.error('RenoZone: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
