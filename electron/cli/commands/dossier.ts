// `renozone dossier <file.gpkg> --package ID|--all [--paper A4|A3] [--zip] --out DIR [--json]`: the approval dossier
// (issue 7 §2) of one package or all, printed through Chromium by the web host's machinery run in-process.
// `--package` may be repeated or comma-separated. Exit code 1 when any package failed.
import { resolve } from 'node:path';
import '../../../shared/i18n/report';
import { PAPER_SIZES, type PaperSize } from '../../../shared/model/report';
import { withPrintHost } from '../../backend/report/print-host';
import { type CliCommand, UsageError } from '../types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function paperOption(value: unknown, t: (key: string) => string): PaperSize {
  const paper = PAPER_SIZES.find((p) => p === String(value ?? 'A4').toUpperCase());
  if (!paper) throw new UsageError(t('cli.dossier.badPaper'));
  return paper;
}

export const dossierCommand: CliCommand = {
  name: 'dossier',
  usageKey: 'cli.dossier.usage',
  summaryKey: 'cli.dossier.summary',
  options: {
    package: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    paper: { type: 'string' },
    zip: { type: 'boolean' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    const ids = ((values.package ?? []) as string[])
      .flatMap((v) => v.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    if ((ids.length === 0) === (values.all !== true)) throw new UsageError(ctx.t('cli.dossier.needPackage'));
    if (!ids.every((id) => UUID.test(id))) throw new UsageError(ctx.t('cli.dossier.needPackage'));
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(ctx.t('cli.dossier.needOut'));
    const paper = paperOption(values.paper, ctx.t);
    const out = resolve(values.out);
    const result = await withPrintHost(
      file,
      async (host) =>
        host.backend.handlers['dossier.build']({
          packageIds: ids.length > 0 ? ids : undefined,
          paper,
          out,
          zip: values.zip === true,
        }),
      { env: ctx.env },
    );
    if (values.json) ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else
      for (const d of result.dossiers) {
        ctx.stdout(
          `${
            d.error
              ? ctx.t('cli.dossier.failed', { name: d.packageName, error: d.error })
              : ctx.t('cli.dossier.done', {
                  name: d.packageName,
                  path: d.path ?? '',
                  pages: d.pages,
                  files: d.files.length,
                })
          }\n`,
        );
      }
    if (result.dossiers.some((d) => d.error)) process.exitCode = 1;
  },
};

export const minutesCommand: CliCommand = {
  name: 'minutes',
  usageKey: 'cli.minutes.usage',
  summaryKey: 'cli.minutes.summary',
  options: {
    meeting: { type: 'string' },
    paper: { type: 'string' },
    out: { type: 'string' },
    overwrite: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const [file, ...rest] = positionals;
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    if (typeof values.meeting !== 'string' || !UUID.test(values.meeting))
      throw new UsageError(ctx.t('cli.minutes.needMeeting'));
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(ctx.t('cli.dossier.needOut'));
    const meetingId = values.meeting;
    const paper = paperOption(values.paper, ctx.t);
    const out = resolve(values.out);
    const result = await withPrintHost(
      file,
      async (host) =>
        host.backend.handlers['review.minutes']({ meetingId, paper, out, overwrite: values.overwrite === true }),
      { env: ctx.env },
    );
    ctx.stdout(`${ctx.t('cli.minutes.done', { path: result.path, pages: result.pages })}\n`);
  },
};
