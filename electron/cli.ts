// The `renozone` bin (dist/electron/cli.cjs). Everything but the process wiring lives in cli/run.ts.
import { runCli } from './cli/run';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
