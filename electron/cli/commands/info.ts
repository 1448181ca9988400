// `renozone info <file.gpkg> [--json]`: what a project holds, read-only (the file is not changed).
import { resolve } from 'node:path';
import type { ProjectSummary } from '../../backend/index';
import { readProjectSummary } from '../../backend/index';
import { type CliCommand, type CliContext, UsageError } from '../types';

function formatSetting(ctx: CliContext, key: string, value: unknown): string {
  if (typeof value === 'boolean') return ctx.t(value ? 'cli.yes' : 'cli.no');
  if (key === 'consent_threshold' && typeof value === 'number') return `${(value * 100).toFixed(1)}%`;
  if (key === 'metric_epsg') return `EPSG:${String(value)}`;
  return String(value);
}

/** The human-readable report, one fact per line. */
export function formatSummary(ctx: CliContext, summary: ProjectSummary): string {
  const colon = ctx.t('cli.colon');
  const lines = [
    `${ctx.t('cli.info.file')}${colon}${summary.path}`,
    `${ctx.t('cli.info.schemaVersion')}${colon}${summary.schemaVersion}`,
    `${ctx.t('cli.info.settings')}${colon.trim()}`,
    ...Object.entries(summary.settings).map(
      ([key, value]) => `  ${ctx.t(`cli.setting.${key}`)}${colon}${formatSetting(ctx, key, value)}`,
    ),
    `${ctx.t('cli.info.layers')}${colon.trim()}`,
  ];
  const width = Math.max(0, ...summary.layers.map((l) => l.name.length));
  for (const layer of summary.layers) {
    const kind = layer.geometryType
      ? `${layer.geometryType}${layer.srsId !== null ? ` EPSG:${layer.srsId}` : ''}`
      : ctx.t('cli.info.noGeometry');
    lines.push(`  ${layer.name.padEnd(width)}  ${ctx.t('cli.info.features', { count: layer.count })}  ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}

export const infoCommand: CliCommand = {
  name: 'info',
  usageKey: 'cli.info.usage',
  summaryKey: 'cli.info.summary',
  options: { json: { type: 'boolean' } },
  async run(ctx, { positionals, values }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const summary = readProjectSummary(resolve(file));
    ctx.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(ctx, summary));
  },
};
