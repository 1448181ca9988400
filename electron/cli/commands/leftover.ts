// `renozone leftover <file.gpkg> [--compound ID] [--min-area 30] [--min-width 3] [--json] [--write]`: leftover land
// (存量土地) of each compound (issue 4 §2) — its pieces, their least width, best rectangle and what fits — printed as
// a readable list, or with --json exactly {"compounds": [{"id", "name", "leftover_m2", "pieces": [{"area_m2",
// "min_width_m", "fits": [{"type", "count"}], …}]}]}. --write stores the pieces as the leftover_pieces layer (one
// undo step). Minimum area and width default to the project's settings.
import { resolve } from 'node:path';
import { type Catalog, registerMessages } from '../../../shared/i18n/index';
import type { CompoundLeftover } from '../../../shared/model/leftover';
import { facilityType } from '../../../shared/standards/facilities';
import { leftoverProjectFile } from '../../backend/leftover';
import { bundledWorkerScript, LeftoverPool } from '../../backend/leftover-pool';
import { type CliCommand, type CliContext, UsageError } from '../types';

const messages: Catalog = {
  'cli.leftover.usage': {
    zh: 'leftover <文件.gpkg> [--compound 小区ID|编码|名称] [--min-area 30] [--min-width 3] [--json] [--write]',
    en: 'leftover <file.gpkg> [--compound ID|code|name] [--min-area 30] [--min-width 3] [--json] [--write]',
  },
  'cli.leftover.summary': {
    zh: '计算各小区的存量用地及可布置的设施（--write 写入存量用地图层）',
    en: 'leftover land of each compound and what fits there (--write saves the layer)',
  },
  'cli.leftover.badNumber': { zh: '{flag} 需要一个不小于 0 的数（{unit}）', en: '{flag} needs a number ≥ 0 ({unit})' },
};
registerMessages(messages);

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function numberFlag(ctx: CliContext, values: Values, flag: string, unit: string, max: number): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (String(raw).trim() === '' || !Number.isFinite(n) || n < 0 || n > max)
    throw new UsageError(ctx.t('cli.leftover.badNumber', { flag: `--${flag}`, unit }));
  return n;
}

/** The readable print: one block per compound, one line per piece and one of what fits. */
export function formatLeftover(ctx: CliContext, compounds: readonly CompoundLeftover[]): string {
  const fmt = (n: number, d = 1): string =>
    n.toLocaleString(ctx.lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const lines: string[] = [];
  for (const c of compounds) {
    lines.push(
      ctx.t('leftover.cli.compound', { name: c.name || c.id, area: fmt(c.leftover_m2), count: c.pieces.length }),
    );
    c.pieces.forEach((p, i) => {
      lines.push(
        ctx.t('leftover.cli.piece', {
          n: i + 1,
          area: fmt(p.area_m2),
          width: fmt(p.min_width_m),
          rw: fmt(p.rect.width_m),
          rl: fmt(p.rect.length_m),
        }),
      );
      const list = p.fits.map((f) => {
        const name = ctx.t(`leftover.facility.${f.type}`);
        return ctx.t(facilityType(f.type)?.kind === 'parking' ? 'leftover.cli.stalls' : 'leftover.cli.copies', {
          name,
          count: f.count,
        });
      });
      lines.push(
        list.length > 0
          ? ctx.t('leftover.cli.fits', { list: list.join(ctx.lang === 'zh' ? '，' : ', ') })
          : ctx.t('leftover.cli.fitsNone'),
      );
    });
  }
  return lines.join('\n');
}

export const leftoverCommand: CliCommand = {
  name: 'leftover',
  usageKey: 'cli.leftover.usage',
  summaryKey: 'cli.leftover.summary',
  options: {
    compound: { type: 'string' },
    'min-area': { type: 'string' },
    'min-width': { type: 'string' },
    json: { type: 'boolean' },
    write: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const minAreaM2 = numberFlag(ctx, values, 'min-area', 'm²', 1e6);
    const minWidthM = numberFlag(ctx, values, 'min-width', 'm', 1000);
    const compound = typeof values.compound === 'string' ? values.compound : undefined;
    const write = values.write === true;
    const pool = new LeftoverPool({ script: bundledWorkerScript() });
    const result = await leftoverProjectFile(resolve(file), { compound, minAreaM2, minWidthM, write }, pool).finally(
      () => pool.dispose(),
    );
    const compounds = result.report.compounds;
    if (values.json) {
      ctx.stdout(`${JSON.stringify({ compounds }, null, 2)}\n`);
      return;
    }
    const total = compounds.reduce((s, c) => s + c.leftover_m2, 0);
    const out = [compounds.length > 0 ? formatLeftover(ctx, compounds) : ctx.t('leftover.cli.none'), ''];
    out.push(
      ctx.t('leftover.cli.total', {
        compounds: compounds.length,
        area: total.toFixed(1),
        minArea: result.minAreaM2,
        minWidth: result.minWidthM,
      }),
    );
    if (write) {
      const pieces = compounds.reduce((s, c) => s + c.pieces.length, 0);
      out.push(result.applied ? ctx.t('leftover.cli.written', { count: pieces }) : ctx.t('leftover.cli.unchanged'));
    }
    ctx.stdout(`${out.join('\n')}\n`);
  },
};
