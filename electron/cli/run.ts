// The `renozone` command line: global flags, dispatch to the command table, and the exit-code rules
// (0 ok, 1 the operation failed — message translated from the AppError —, 2 wrong usage).
import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import { errorText, type Lang, t } from '../../shared/i18n/index';
import { AppError } from '../../shared/model/errors';
import { COMMANDS } from './commands/index';
import './messages';
import type { CliCommand, CliContext, CliIo } from './types';
import { UsageError } from './types';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export const langFromEnv = (env: NodeJS.ProcessEnv): Lang =>
  (env.LC_ALL || env.LANG || '').toLowerCase().startsWith('en') ? 'en' : 'zh';

interface GlobalFlags {
  help: boolean;
  version: boolean;
  lang: string | null;
  rest: string[];
}

/** Pulls the global flags out wherever they appear, leaving the command and its own arguments. */
function splitGlobalFlags(argv: readonly string[]): GlobalFlags {
  const flags: GlobalFlags = { help: false, version: false, lang: null, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') flags.help = true;
    else if (arg === '--version' || arg === '-V') flags.version = true;
    else if (arg === '--lang') flags.lang = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) flags.lang = arg.slice('--lang='.length);
    else flags.rest.push(arg);
  }
  return flags;
}

export function helpText(ctx: CliContext, commands: readonly CliCommand[]): string {
  const usages = commands.map((c) => `  renozone ${ctx.t(c.usageKey)}`);
  const width = Math.max(...usages.map((u) => u.length));
  const lines = commands.map((c, i) => `${(usages[i] as string).padEnd(width)}   ${ctx.t(c.summaryKey)}`);
  return `RenoZone ${packageJson.version}\n${ctx.t('cli.usage')}: renozone <command> [options]\n\n${ctx.t(
    'cli.commands',
  )}:\n${lines.join('\n')}\n\n${ctx.t('cli.globalOptions')}\n`;
}

export async function runCli(argv: readonly string[], io: CliIo, commands = COMMANDS): Promise<number> {
  const flags = splitGlobalFlags(argv);
  const lang: Lang = flags.lang === 'en' || flags.lang === 'zh' ? flags.lang : langFromEnv(io.env);
  const ctx: CliContext = { ...io, lang, t: (key, params) => t(key, params ?? {}, lang) };
  if (flags.lang !== null && flags.lang !== 'en' && flags.lang !== 'zh') {
    io.stderr(`${ctx.t('cli.badLang')}\n`);
    return EXIT_USAGE;
  }
  if (flags.version) {
    io.stdout(`${packageJson.version}\n`);
    return EXIT_OK;
  }
  const [name, ...args] = flags.rest;
  const command = commands.find((c) => c.name === name);
  if (flags.help || name === undefined || name === 'help') {
    (flags.help || name !== undefined ? io.stdout : io.stderr)(helpText(ctx, commands));
    return flags.help || name !== undefined ? EXIT_OK : EXIT_USAGE;
  }
  if (!command) {
    io.stderr(`${ctx.t('cli.unknownCommand', { name })}\n\n${helpText(ctx, commands)}`);
    return EXIT_USAGE;
  }
  try {
    const parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    await command.run(ctx, { positionals: parsed.positionals, values: parsed.values });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr(`${errorText(error.toData(), lang)}\n`);
      return EXIT_FAILED;
    }
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n${ctx.t('cli.usage')}: renozone ${ctx.t(command.usageKey)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`${errorText({ code: 'internal', params: { detail: String(error) } }, lang)}\n`);
    return EXIT_FAILED;
  }
}
