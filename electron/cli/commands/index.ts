// The command table: one line per command, in the order `renozone --help` lists them.
import type { CliCommand } from '../types';
import { bundleCommand } from './bundle';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { infoCommand } from './info';

export const COMMANDS: readonly CliCommand[] = [demoCommand, infoCommand, bundleCommand, checkCommand];
