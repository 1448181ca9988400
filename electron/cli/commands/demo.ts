// `renozone demo <file.gpkg>`: writes the seeded demo district as a new project file (never overwrites).
import { resolve } from 'node:path';
import { writeDemoProject } from '../../backend/index';
import { type CliCommand, UsageError } from '../types';

export const demoCommand: CliCommand = {
  name: 'demo',
  usageKey: 'cli.demo.usage',
  summaryKey: 'cli.demo.summary',
  options: {},
  async run(ctx, { positionals }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const path = resolve(file);
    await writeDemoProject(path);
    ctx.stdout(`${ctx.t('cli.demo.done', { path })}\n`);
  },
};
