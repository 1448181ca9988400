// `renozone export <file.gpkg> --format gpkg|geojson|shp|kml|dxf|xlsx [--packages ID,…] --out PATH [--overwrite]
// [--json]`: writes the project (or the given packages with everything in them) in one format. Shapefile and
// GeoJSON sets are one .zip (`.zip` is added to --out when missing). --json prints the ExportResult.
import { resolve } from 'node:path';
import { EXPORT_LAYERS } from '../../../shared/exchange/field-names';
import '../../../shared/i18n/exchange-export';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/model/exchange';
import { exportProjectFile } from '../../backend/exchange/export';
import { type CliCommand, UsageError } from '../types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exportCommand: CliCommand = {
  name: 'export',
  usageKey: 'cli.export.usage',
  summaryKey: 'cli.export.summary',
  options: {
    format: { type: 'string' },
    packages: { type: 'string' },
    out: { type: 'string' },
    overwrite: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const format = EXPORT_FORMATS.find((f) => f === values.format) as ExportFormat | undefined;
    if (!format) throw new UsageError(ctx.t('cli.export.badFormat', { values: EXPORT_FORMATS.join('|') }));
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(ctx.t('cli.export.needOut'));
    let packageIds: string[] | undefined;
    if (values.packages !== undefined) {
      packageIds = String(values.packages)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (packageIds.length === 0 || !packageIds.every((id) => UUID.test(id)))
        throw new UsageError(ctx.t('cli.export.badPackages'));
    }
    const result = await exportProjectFile(resolve(file), {
      format,
      out: resolve(values.out),
      overwrite: values.overwrite === true,
      packageIds,
    });
    if (values.json) {
      ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const lines = [ctx.t('cli.export.done', { count: result.files.length }), ...result.files.map((f) => `  ${f}`)];
    for (const [table, count] of Object.entries(result.counts)) {
      const spec = EXPORT_LAYERS.find((l) => l.table === table);
      if (spec) lines.push(ctx.t('cli.export.layer', { layer: ctx.lang === 'zh' ? spec.zh : spec.en, count }));
    }
    ctx.stdout(`${lines.join('\n')}\n`);
  },
};
