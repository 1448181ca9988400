// `renozone import <file.gpkg> <source> [--layer compounds] [--crs EPSG:4547] [--from gcj02|bd09] [--encoding gbk]
// [--map src=dst …] [--join name|code] [--source-layer NAME] [--swap-xy] [--dry-run] [--json]`: imports a GIS/CAD/
// ledger file into the project (created when it does not exist) as one change. Without --layer the layer the
// data looks like is used; without --map the field mapping guessed from the source's field names.
// --json prints exactly {"report": ImportReport}.
import { resolve } from 'node:path';
import { guessMapping, TARGET_COLUMNS } from '../../../shared/exchange/fields';
import { type Catalog, registerMessages } from '../../../shared/i18n/index';
import '../../../shared/i18n/exchange-import';
import {
  COORD_OFFSETS,
  IMPORT_LAYERS,
  type ImportLayer,
  type ImportReport,
  type ImportSource,
} from '../../../shared/model/exchange';
import { inspectSource } from '../../backend/exchange/import';
import { importIntoProjectFile } from '../../backend/exchange/import/project-file';
import { type CliCommand, type CliContext, UsageError } from '../types';

const messages: Catalog = {
  'cli.import.usage': {
    zh: 'import <文件.gpkg> <数据文件> [--layer compounds|buildings|roads|site_areas|pipelines|trees] [--crs EPSG:4547] [--from gcj02|bd09] [--encoding gbk] [--map 源字段=目标字段 …] [--join name|code] [--source-layer 图层] [--swap-xy] [--dry-run] [--json]',
    en: 'import <file.gpkg> <source> [--layer compounds|buildings|roads|site_areas|pipelines|trees] [--crs EPSG:4547] [--from gcj02|bd09] [--encoding gbk] [--map src=dst …] [--join name|code] [--source-layer NAME] [--swap-xy] [--dry-run] [--json]',
  },
  'cli.import.summary': {
    zh: '导入 GeoJSON、Shapefile、KML/KMZ、DXF、GeoPackage、CSV/XLSX 到项目（文件不存在时新建；--dry-run 只检查）',
    en: 'import GeoJSON, Shapefile, KML/KMZ, DXF, GeoPackage, CSV/XLSX into a project (created if missing; --dry-run checks only)',
  },
  'cli.import.needSource': { zh: '需要一个要导入的数据文件', en: 'a source file to import is required' },
  'cli.import.badLayer': { zh: '--layer 只能是 {values}', en: '--layer must be one of {values}' },
  'cli.import.badFrom': { zh: '--from 只能是 gcj02 或 bd09', en: '--from must be gcj02 or bd09' },
  'cli.import.badJoin': { zh: '--join 只能是 name 或 code', en: '--join must be name or code' },
  'cli.import.badCrs': { zh: '--crs 应写成 EPSG:4547 这样的形式', en: '--crs must look like EPSG:4547' },
  'cli.import.badMap': {
    zh: '--map 应写成 源字段=目标字段，目标字段可为：{columns}',
    en: '--map must be src=dst; dst one of: {columns}',
  },
  'cli.import.features': { zh: '读取要素：{count}', en: 'Features read: {count}' },
  'cli.import.written': { zh: '写入：{count}', en: 'Written: {count}' },
  'cli.import.invalid': {
    zh: '无效几何：{invalid}，已修复：{fixed}',
    en: 'Invalid geometries: {invalid}, fixed: {fixed}',
  },
  'cli.import.skipped': { zh: '跳过 {count}：{reason}', en: 'Skipped {count}: {reason}' },
  'cli.import.mapping': { zh: '字段对应：{pairs}', en: 'Field mapping: {pairs}' },
  'cli.import.done': {
    zh: '已写入 {path}（一次修改，可撤销）：{summary}',
    en: 'Written to {path} (one change, undoable): {summary}',
  },
  'cli.import.created': { zh: '新建项目文件：{path}', en: 'New project file: {path}' },
  'cli.import.dryRun': { zh: '检查完毕，未写入文件', en: 'Checked; file not changed' },
};
registerMessages(messages);

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function sourceFrom(ctx: CliContext, path: string, values: Values): ImportSource {
  const source: ImportSource = { path };
  const crs = str(values.crs);
  if (crs !== undefined) {
    if (!/^EPSG:\d{4,5}$/i.test(crs)) throw new UsageError(ctx.t('cli.import.badCrs'));
    source.crs = crs.toUpperCase();
  }
  const from = str(values.from);
  if (from !== undefined) {
    const offset = COORD_OFFSETS.find((o) => o === from);
    if (!offset) throw new UsageError(ctx.t('cli.import.badFrom'));
    source.from = offset;
  }
  const encoding = str(values.encoding);
  if (encoding) source.encoding = encoding;
  const layer = str(values['source-layer']);
  if (layer) source.sourceLayer = layer;
  if (values['swap-xy'] === true) source.swapXY = true;
  return source;
}

function parseMap(ctx: CliContext, raw: unknown, layer: ImportLayer): Record<string, string> | null {
  const items = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  if (items.length === 0) return null;
  const columns = TARGET_COLUMNS[layer].map((c) => c.name);
  const out: Record<string, string> = {};
  for (const item of items) {
    const at = item.lastIndexOf('=');
    const src = item.slice(0, at).trim();
    const dst = item.slice(at + 1).trim();
    if (at <= 0 || !columns.includes(dst))
      throw new UsageError(ctx.t('cli.import.badMap', { columns: columns.join(', ') }));
    out[src] = dst;
  }
  return out;
}

export function formatReport(ctx: CliContext, report: ImportReport): string {
  const lines = [
    ctx.t('cli.import.features', { count: report.features }),
    ctx.t('cli.import.written', { count: report.written }),
    ctx.t('cli.import.invalid', { invalid: report.invalid, fixed: report.fixed }),
    ...report.skipped.map((s) => ctx.t('cli.import.skipped', { count: s.count, reason: ctx.t(s.reason) })),
    // Notices about the source were printed with the preview; the notes say what the import did.
    ...report.notes
      .filter((n) => n.key.startsWith('exchange.note.'))
      .map(
        (n) =>
          `· ${ctx.t(n.key, { ...n.params, ...('column' in n.params ? { column: ctx.t(`exchange.col.${n.params.column}`) } : {}) })}`,
      ),
  ];
  return lines.join('\n');
}

export const importCommand: CliCommand = {
  name: 'import',
  usageKey: 'cli.import.usage',
  summaryKey: 'cli.import.summary',
  options: {
    layer: { type: 'string' },
    crs: { type: 'string' },
    from: { type: 'string' },
    encoding: { type: 'string' },
    map: { type: 'string', multiple: true },
    join: { type: 'string' },
    'source-layer': { type: 'string' },
    'swap-xy': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const [file, sourcePath, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (!sourcePath) throw new UsageError(ctx.t('cli.import.needSource'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const source = sourceFrom(ctx, resolve(sourcePath), values);
    const given = str(values.layer);
    if (given !== undefined && !IMPORT_LAYERS.some((l) => l === given))
      throw new UsageError(ctx.t('cli.import.badLayer', { values: IMPORT_LAYERS.join('|') }));
    const join = str(values.join);
    if (join !== undefined && join !== 'name' && join !== 'code') throw new UsageError(ctx.t('cli.import.badJoin'));
    const preview = await inspectSource(source, ctx.lang);
    const layer = (given as ImportLayer | undefined) ?? preview.suggestedLayer ?? 'compounds';
    const mapping =
      parseMap(ctx, values.map, layer) ??
      guessMapping(
        preview.fields.map((f) => f.name),
        layer,
      );
    const dryRun = values['dry-run'] === true;
    const path = resolve(file);
    const { report, created } = await importIntoProjectFile(path, {
      source,
      layer,
      mapping,
      dryRun,
      ...(join ? { joinBy: join as 'name' | 'code' } : {}),
    });
    if (values.json) {
      ctx.stdout(`${JSON.stringify({ report }, null, 2)}\n`);
      return;
    }
    const pairs =
      Object.entries(mapping)
        .map(([s, d]) => `${s}→${d}`)
        .join('，') || '—';
    const out = [
      ...preview.warnings.map((w) => `! ${w}`),
      ctx.t('cli.import.mapping', { pairs }),
      formatReport(ctx, report),
      ...(created ? [ctx.t('cli.import.created', { path })] : []),
      dryRun ? ctx.t('cli.import.dryRun') : ctx.t('cli.import.done', { path, summary: report.applied?.summary ?? '—' }),
    ];
    ctx.stdout(`${out.join('\n')}\n`);
  },
};
