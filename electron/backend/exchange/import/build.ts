import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/model/errors';
import type { ImportRun } from '../../../../shared/model/exchange';
import type { Compound } from '../../../../shared/model/tables';
import type { SourceData } from '../read/types';
import { createAssigner } from './assign';
import { convertGeometry, LAYER_SHAPE, type StoredGeometry } from './geometry';
import { type ImportedRow, newRow, REQUIRED_WITH_DEFAULT } from './rows';
import { Tally } from './tally';
import type { PositionTransform } from './transform';
import { createMapper, type MappedValues } from './values';

// The rows an import puts: new features of the target layer (one per polygon/line/point part), or, for a
// ledger joined by name or code, existing compounds with the surveyed fields the ledger gives. Source features
// are released as they are consumed, so the source and the rows are never both fully in memory twice over.

export interface BuildContext {
  compounds: readonly Compound[];
  transform: PositionTransform | null;
  laneWidth: number;
  /** Called every CHUNK features (progress + cancel). */
  checkpoint: (done: number, total: number) => Promise<void>;
}

export interface Built {
  table: ImportRun['layer'];
  rows: ImportedRow[];
  tally: Tally;
  bbox: [number, number, number, number] | null;
}

export const CHUNK = 2000;

export async function buildRows(data: SourceData, run: ImportRun, ctx: BuildContext): Promise<Built> {
  const tally = new Tally();
  const map = createMapper(run.layer, run.mapping);
  const features = data.features;
  tally.features = features.length;
  if (run.joinBy) return joinLedger(data, run, ctx, tally, map);
  const shape = LAYER_SHAPE[run.layer];
  const assigner = run.layer === 'compounds' ? null : createAssigner(ctx.compounds);
  const defaults = REQUIRED_WITH_DEFAULT[run.layer] ?? {};
  const rows: ImportedRow[] = [];
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let withGeometry = 0;
  const seenTypes = new Set<string>();
  for (let i = 0; i < features.length; i++) {
    if (i % CHUNK === 0) await ctx.checkpoint(i, features.length);
    const f = features[i];
    if (!f) continue;
    (features as unknown[])[i] = undefined;
    if (!f.geometry) {
      tally.skip('exchange.skip.noGeometry');
      continue;
    }
    withGeometry++;
    seenTypes.add(f.geometry.type);
    if (!ctx.transform) throw new AppError('import.crsUnknown', { crs: '—' });
    const g = convertGeometry(f.geometry, shape, ctx.transform);
    tally.invalid += g.invalid;
    tally.fixed += g.fixed;
    tally.split += g.split;
    for (const reason of g.dropped) tally.skip(reason);
    if (g.parts.length === 0) continue;
    const values = map(f.properties, tally);
    for (const column of Object.keys(defaults)) if (!(column in values)) tally.defaultUsed(column);
    const { compound_code, compound_name, ...own } = values;
    for (const part of g.parts) {
      const row = newRow(run.layer, randomUUID(), part, own, ctx.laneWidth);
      if (assigner && 'compound_id' in row)
        row.compound_id = assigner.assign(part, str(compound_code), str(compound_name));
      rows.push(row);
      extend(box, part);
    }
  }
  if (features.length > 0 && withGeometry === 0) throw new AppError('import.noGeometry', { count: features.length });
  if (rows.length === 0 && withGeometry > 0) failNothingUsable(data, run, tally, seenTypes);
  tally.written = rows.length;
  return { table: run.layer, rows, tally, bbox: box[0] === Infinity ? null : box };
}

const str = (v: string | number | boolean | undefined): string | undefined => (v === undefined ? undefined : String(v));

/** No part could be used: say the most telling reason (wrong geometry type, wrong CRS) instead of writing 0 rows. */
function failNothingUsable(data: SourceData, run: ImportRun, tally: Tally, types: Set<string>): never {
  if (tally.skippedCount('exchange.skip.wrongGeometry') > 0) {
    throw new AppError('import.wrongGeometry', {
      layer: run.layer,
      types: [...types].join('、') || '—',
      wanted: { polygon: '面（Polygon）', line: '线（LineString）', point: '点（Point）' }[LAYER_SHAPE[run.layer]],
    });
  }
  if (tally.skippedCount('exchange.skip.outOfRange') > 0)
    throw new AppError('import.outOfRange', { crs: run.source.crs ?? data.crs ?? '—', sample: '—' });
  throw new AppError('import.noFeatures', { path: run.source.path, layer: run.source.sourceLayer ?? '—' });
}

function extend(box: [number, number, number, number], g: StoredGeometry): void {
  const visit = (p: readonly number[]) => {
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  };
  if (g.type === 'Point') visit(g.coordinates);
  else if (g.type === 'LineString') g.coordinates.forEach(visit);
  else g.coordinates[0]?.forEach(visit);
}

async function joinLedger(
  data: SourceData,
  run: ImportRun,
  ctx: BuildContext,
  tally: Tally,
  map: (props: Record<string, unknown>, tally: Tally) => MappedValues,
): Promise<Built> {
  const joinBy = run.joinBy as 'name' | 'code';
  if (run.layer !== 'compounds')
    throw new AppError('input.invalid', { detail: '只有“小区”图层可以按名称/编码关联台账' });
  if (!Object.values(run.mapping).includes(joinBy))
    throw new AppError('import.joinField', { joinBy: joinBy === 'name' ? '小区名称' : '小区编码' });
  const byKey = new Map<string, Compound[]>();
  for (const c of ctx.compounds) {
    const k = c[joinBy].trim();
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const updated = new Map<string, Compound>();
  const features = data.features;
  for (let i = 0; i < features.length; i++) {
    if (i % CHUNK === 0) await ctx.checkpoint(i, features.length);
    const f = features[i];
    if (!f) continue;
    const values = map(f.properties, tally);
    const key = String(values[joinBy] ?? '').trim();
    const hits = key ? (byKey.get(key) ?? []) : [];
    if (!key) tally.skip('exchange.skip.joinNoKey');
    else if (hits.length === 0) tally.skip('exchange.skip.joinNotFound');
    else if (hits.length > 1) tally.skip('exchange.skip.joinAmbiguous');
    else {
      const c = hits[0] as Compound;
      const { [joinBy]: _key, ...rest } = values;
      updated.set(c.id, { ...(updated.get(c.id) ?? c), ...rest } as Compound);
    }
  }
  const rows = [...updated.values()];
  tally.written = rows.length;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rows) extend(box, r.geometry);
  return { table: 'compounds', rows, tally, bbox: box[0] === Infinity ? null : box };
}
