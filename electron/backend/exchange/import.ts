import { guessMapping } from '../../../shared/exchange/fields';
import { type Lang, t } from '../../../shared/i18n/index';
import '../../../shared/i18n/exchange-import';
import type { AppliedResult } from '../../../shared/api';
import { AppError } from '../../../shared/model/errors';
import type { ImportPreview, ImportReport, ImportRun, ImportSource } from '../../../shared/model/exchange';
import type { JobContext } from '../jobs';
import type { OpenProject } from '../project';
import { buildRows, CHUNK } from './import/build';
import { describeFields, geometryTypes, suggestLayer } from './import/preview';
import { forEachPosition, type ResolvedCrs, rawExtent, resolveCrs } from './import/resolve';
import { createTransform, type PositionTransform, plausibleLngLat } from './import/transform';
import { readSource } from './read/index';
import type { SourceData, Tick } from './read/types';

// `exchange.inspect` and `exchange.import` (issue 6 §1). Inspect reads the source and says what is in it and
// where it lands; import reads it with the user's choices (the CLI passes the source it already read: a prepared
// source is consumed by one import), turns it into rows and applies them as ONE
// change through the project's write path (one undo step). Nothing is written before every row is built, so a
// failure or a cancel at any point leaves the project as it was; a dry run builds the same report and stops.

const PROGRESS_READ = 'exchange.progress.reading';
const PROGRESS_BUILD = 'exchange.progress.building';
const PROGRESS_WRITE = 'exchange.progress.writing';

/** A source read once, with the CRS and transform in effect: what both inspect and import start from. */
export interface PreparedSource {
  data: SourceData;
  resolved: ResolvedCrs;
  transform: PositionTransform | null;
}

export async function prepareSource(source: ImportSource, tick: Tick = async () => undefined): Promise<PreparedSource> {
  const data = await readSource(source.path, source, tick);
  const resolved = resolveCrs(source, data, rawExtent(data));
  const transform = resolved.crs
    ? createTransform({ crs: resolved.crs, from: source.from, swapXY: source.swapXY })
    : null;
  return { data, resolved, transform };
}

export async function inspectSource(source: ImportSource, lang?: Lang): Promise<ImportPreview> {
  const { data, resolved, transform } = await prepareSource(source);
  const types = geometryTypes(data);
  const layer = suggestLayer(types, data.fields);
  const notices = [...data.notices, ...resolved.notices];
  const bbox = transform ? previewBBox(data, transform) : null;
  if (transform && !bbox && data.features.some((f) => f.geometry))
    notices.push({ key: 'exchange.notice.outOfRange', params: { crs: resolved.crs ?? '—' } });
  if (data.features.length === 0) notices.push({ key: 'exchange.notice.empty', params: {} });
  return {
    format: data.format,
    sourceLayers: data.sourceLayers,
    featureCount: data.features.length,
    geometryTypes: types,
    fields: describeFields(data),
    encoding: data.encoding,
    detectedCrs: resolved.crs,
    bbox,
    suggestedLayer: layer,
    suggestedMapping: guessMapping(data.fields, layer),
    warnings: notices.map((n) => t(n.key, n.params, lang)),
    notices,
    swapSuggested: resolved.swapSuggested,
  };
}

/** Lon/lat extent of every position that lands on the globe; null when none does. */
function previewBBox(data: SourceData, transform: PositionTransform): [number, number, number, number] | null {
  const e: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of data.features) {
    if (!f.geometry) continue;
    forEachPosition(f.geometry, (x, y) => {
      const p = transform(x, y);
      if (!plausibleLngLat(p)) return;
      e[0] = Math.min(e[0], p[0]);
      e[1] = Math.min(e[1], p[1]);
      e[2] = Math.max(e[2], p[0]);
      e[3] = Math.max(e[3], p[1]);
    });
  }
  return e[0] === Infinity ? null : e;
}

export async function importIntoOpenProject(
  project: OpenProject,
  run: ImportRun,
  job: JobContext,
  prepared?: PreparedSource,
): Promise<{ report: ImportReport; applied: AppliedResult | null }> {
  job.progress(0, 1, PROGRESS_READ);
  const source =
    prepared ??
    (await prepareSource(run.source, async (n) => {
      job.progress(n, n + CHUNK, PROGRESS_READ);
      await job.checkpoint();
    }));
  await job.checkpoint();
  const { data, resolved, transform } = source;
  if (data.features.length === 0)
    throw new AppError('import.noFeatures', { path: run.source.path, layer: run.source.sourceLayer ?? '—' });
  if (!run.joinBy && !transform && data.features.some((f) => f.geometry))
    throw new AppError('import.crsUnknown', { crs: '未指定' });
  const rows = project.load();
  const settings = project.settings();
  const built = await buildRows(data, run, {
    compounds: rows.compounds,
    transform,
    laneWidth: settings.fire_lane_width_m,
    checkpoint: async (done, total) => {
      job.progress(done, total, PROGRESS_BUILD);
      await job.checkpoint();
    },
  });
  const report = built.tally.report(built.bbox, run.joinBy ? data.notices : [...data.notices, ...resolved.notices]);
  if (run.dryRun || built.rows.length === 0) return { report: { ...report, applied: null }, applied: null };
  // The last chance to cancel: applying is one transaction. Say so first, and yield so the event gets out.
  job.progress(built.rows.length, built.rows.length, PROGRESS_WRITE);
  await job.checkpoint();
  const summary = t(run.joinBy ? 'exchange.import.summaryJoin' : 'exchange.import.summary', {
    count: built.rows.length,
    layer: t(`exchange.layer.${run.layer}`),
    file: run.source.path.split(/[\\/]/).pop() ?? run.source.path,
  });
  const ops = built.rows.map((row) => ({ op: 'put' as const, table: built.table, row }));
  // The rows are built per layer with every column; the write path validates each against its table schema.
  const applied = project.apply({ ops, summary } as Parameters<OpenProject['apply']>[0]);
  return { report: { ...report, applied: { summary } }, applied };
}
