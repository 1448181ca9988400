// `renozone bundle <file.gpkg> [--distance 150] [--same sub_district|community|none] [--max-compounds N]
// [--max-households H] [--only-eligible true|false] [--dry-run] [--json]`: bundles the project's compounds into
// work packages and writes them into the file (one undo step in the journal) unless --dry-run, then prints every
// package (locked ones included). --json prints exactly {"packages": [BundledPackage…]}.
import { resolve } from 'node:path';
import { dissolvedList } from '../../../shared/analysis/bundle/index';
import { type Catalog, registerMessages } from '../../../shared/i18n/index';
import { BUNDLE_BOUNDARIES, type BundledPackage, type BundleOptions } from '../../../shared/model/bundle';
import { bundleProjectFile } from '../../backend/index';
import { type CliCommand, type CliContext, UsageError } from '../types';

const messages: Catalog = {
  'cli.bundle.usage': {
    zh: 'bundle <文件.gpkg> [--distance 150] [--same sub_district|community|none] [--max-compounds N] [--max-households H] [--only-eligible true|false] [--dry-run] [--json]',
    en: 'bundle <file.gpkg> [--distance 150] [--same sub_district|community|none] [--max-compounds N] [--max-households H] [--only-eligible true|false] [--dry-run] [--json]',
  },
  'cli.bundle.summary': {
    zh: '把相邻小区自动打包为片区并写入项目（--dry-run 只显示不写入）',
    en: 'bundle nearby compounds into work packages and save them (--dry-run: print only)',
  },
  'cli.bundle.badNumber': { zh: '{flag} 需要一个{kind}', en: '{flag} needs a {kind}' },
  'cli.bundle.kind.distance': { zh: '0–5000 之间的米数', en: 'distance in metres, 0–5000' },
  'cli.bundle.kind.count': { zh: '正整数', en: 'positive whole number' },
  'cli.bundle.badSame': { zh: '--same 只能是 {values}', en: '--same must be one of {values}' },
  'cli.bundle.badBool': { zh: '--only-eligible 只能是 true 或 false', en: '--only-eligible must be true or false' },
  'cli.bundle.head': {
    zh: '片区|街道|小区|楼栋|户数|建筑面积(m²)|建成年代|估算(元)|锁定',
    en: 'Package|Sub-district|Compounds|Buildings|Households|Floor area (m²)|Built|Estimate (¥)|Locked',
  },
  'cli.bundle.written': { zh: '已写入 {count} 个片区：{path}', en: '{count} packages written to {path}' },
  'cli.bundle.dryRun': { zh: '试算：{count} 个片区，未写入文件', en: 'Dry run: {count} packages, file not changed' },
};
registerMessages(messages);

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function numberFlag(ctx: CliContext, values: Values, flag: string, kind: 'distance' | 'count'): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const ok = kind === 'distance' ? Number.isFinite(n) && n >= 0 && n <= 5000 : Number.isInteger(n) && n >= 1;
  if (String(raw).trim() === '' || !ok)
    throw new UsageError(ctx.t('cli.bundle.badNumber', { flag: `--${flag}`, kind: ctx.t(`cli.bundle.kind.${kind}`) }));
  return n;
}

/** The options given on the command line; the rest come from the project's last-used settings. */
export function parseBundleOptions(ctx: CliContext, values: Values): Partial<BundleOptions> {
  const options: Partial<BundleOptions> = {};
  const distance = numberFlag(ctx, values, 'distance', 'distance');
  if (distance !== undefined) options.distance_m = distance;
  const same = values.same;
  if (same !== undefined) {
    const value = BUNDLE_BOUNDARIES.find((b) => b === same);
    if (!value) throw new UsageError(ctx.t('cli.bundle.badSame', { values: BUNDLE_BOUNDARIES.join('|') }));
    options.same = value;
  }
  const maxCompounds = numberFlag(ctx, values, 'max-compounds', 'count');
  if (maxCompounds !== undefined) options.max_compounds = maxCompounds;
  const maxHouseholds = numberFlag(ctx, values, 'max-households', 'count');
  if (maxHouseholds !== undefined) options.max_households = maxHouseholds;
  const eligible = values['only-eligible'];
  if (eligible !== undefined) {
    if (eligible !== 'true' && eligible !== 'false') throw new UsageError(ctx.t('cli.bundle.badBool'));
    options.only_eligible = eligible === 'true';
  }
  return options;
}

/** Terminal columns of a string: CJK and full-width characters take two. */
const displayWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

/** The human-readable table, one package per row, numbers right-aligned. */
export function formatPackages(ctx: CliContext, packages: readonly BundledPackage[]): string {
  const fmt = (n: number): string => Math.round(n).toLocaleString(ctx.lang === 'zh' ? 'zh-CN' : 'en-US');
  const years = (p: BundledPackage): string =>
    p.build_year_min === null
      ? '—'
      : p.build_year_min === p.build_year_max
        ? `${p.build_year_min}`
        : `${p.build_year_min}–${p.build_year_max}`;
  const rows = packages.map((p) => [
    p.name,
    p.sub_district || '—',
    `${p.compounds}`,
    `${p.buildings}`,
    fmt(p.households),
    fmt(p.floor_area_m2),
    years(p),
    fmt(p.estimate_yuan),
    p.locked ? ctx.t('cli.yes') : '',
  ]);
  const head = ctx.t('cli.bundle.head').split('|');
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i >= 2 && i <= 7))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const bundleCommand: CliCommand = {
  name: 'bundle',
  usageKey: 'cli.bundle.usage',
  summaryKey: 'cli.bundle.summary',
  options: {
    distance: { type: 'string' },
    same: { type: 'string' },
    'max-compounds': { type: 'string' },
    'max-households': { type: 'string' },
    'only-eligible': { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const options = parseBundleOptions(ctx, values);
    const path = resolve(file);
    const dryRun = values['dry-run'] === true;
    const { packages, dissolved } = bundleProjectFile(path, options, dryRun);
    if (values.json) {
      ctx.stdout(`${JSON.stringify({ packages, dissolved }, null, 2)}\n`);
      return;
    }
    const done = ctx.t(dryRun ? 'cli.bundle.dryRun' : 'cli.bundle.written', { count: packages.length, path });
    // What the bundling deletes is said on stderr, where a warning belongs, dry run or not.
    if (dissolved.length > 0) {
      const list = dissolvedList(dissolved, ctx.t);
      ctx.stderr(`${ctx.t(dryRun ? 'dissolve.will' : 'dissolve.done', { n: dissolved.length, list })}\n`);
    }
    ctx.stdout(`${formatPackages(ctx, packages)}\n\n${done}\n`);
  },
};
