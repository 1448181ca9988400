// The command table: one line per command, in the order `renozone --help` lists them.
import type { CliCommand } from '../types';
import { bundleCommand } from './bundle';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { dossierCommand, minutesCommand } from './dossier';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { leftoverCommand } from './leftover';

export const COMMANDS: readonly CliCommand[] = [
  demoCommand,
  infoCommand,
  bundleCommand,
  checkCommand,
  leftoverCommand,
  importCommand,
  exportCommand,
  dossierCommand,
  minutesCommand,
];
