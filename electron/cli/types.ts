// What a CLI command is. Later issues add commands as one file each under commands/ plus one line in
// commands/index.ts; run.ts does the rest (global flags, help, errors, exit codes).
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../shared/i18n/index';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface CliContext extends CliIo {
  lang: Lang;
  /** Translated with the CLI's language. */
  t: (key: string, params?: Record<string, string | number>) => string;
}

export interface CliCommand {
  name: string;
  /** Message key of the usage line (after `renozone `), e.g. `demo <file.gpkg>`. */
  usageKey: string;
  /** Message key of the one-line description. */
  summaryKey: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CliContext, args: CommandArgs): Promise<void>;
}

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** Wrong arguments: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
