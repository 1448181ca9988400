import fs from 'node:fs';
import iconv from 'iconv-lite';
import { createMetricFrame, gkName } from '../../../../shared/geo/crs';
import { zhLabel } from '../../../../shared/i18n/exchange-export';
import type { Position } from '../../../../shared/model/geometry';
import type { PipeType } from '../../../../shared/model/pipelines';
import type { ProjectSettings } from '../../../../shared/model/settings';
import { labelPoint, polygonsOf } from './geometry-parts';
import type { ExportLayer } from './layers';
import { type ExportJob, RowTicker } from './progress';

// DXF export for CAD: ASCII DXF R12 (AC1009, which every CAD program and GDAL reads) in the drawing code page
// ANSI_936 (GBK), the code page Chinese AutoCAD writes: layer names and TEXT are GBK bytes, and a character GBK
// lacks is written as the \U+XXXX escape CAD and GDAL both decode. One layer per feature type and per pipe type
// (管线-给水 …), labels on a `…-注记` layer beside each; polygons are closed POLYLINEs (holes as their own closed
// polylines), lines open POLYLINEs, trees POINTs. Coordinates are the project's CGCS2000 3° Gauss–Krüger zone
// (settings.metric_epsg) in metres, x east, y north.

/** AutoCAD colour index per layer (pipes after the survey colour convention of palette.ts). */
const LAYER_ACI: Record<string, number> = {
  compounds: 3,
  buildings: 30,
  packages: 5,
  trees: 94,
  roads: 8,
  site_areas: 62,
  facilities: 40,
  leftover_pieces: 6,
};
const PIPE_ACI: Record<PipeType, number> = {
  water_supply: 4,
  storm: 32,
  sewer: 34,
  reclaimed: 130,
  gas: 6,
  heating: 30,
  power: 1,
  telecom: 3,
  utility_trench: 8,
};
/** Label text height in metres per layer. */
const LABEL_HEIGHT: Record<string, number> = { compounds: 6, packages: 10, buildings: 2.5 };
const DEFAULT_LABEL_HEIGHT = 1.5;
/** Labels go on `<layer>-注记`, so CAD users can switch them off on their own. */
const LABEL_SUFFIX = '注记';

const gbkSafe = new Map<string, boolean>();
/** The text with characters outside GBK as \U+XXXX, newlines as spaces. */
export function dxfText(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\r\n]+/g, ' ')) {
    let ok = gbkSafe.get(ch);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch;
      gbkSafe.set(ch, ok);
    }
    out += ok ? ch : `\\U+${(ch.codePointAt(0) ?? 0x3f).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/** The DXF layer of a row: the feature type's Chinese name, or 管线-<type> for pipelines. */
function dxfLayerOf(layer: ExportLayer, row: Record<string, unknown>): string {
  return layer.table === 'pipelines' ? `${layer.zh}-${zhLabel('pipe', String(row.type))}` : layer.zh;
}

const labelOf = (row: Record<string, unknown>): string => String(row.name || row.code || row.species || '').trim();

const n = (v: number): string => (Math.round(v * 1000) / 1000).toString();

export async function writeDxf(
  file: string,
  layers: readonly ExportLayer[],
  settings: ProjectSettings,
  job: ExportJob,
): Promise<void> {
  const frame = createMetricFrame(settings.metric_epsg);
  const ticker = new RowTicker(
    job,
    layers.reduce((k, l) => k + l.rows.length, 0),
  );
  // First pass: layer table and extents (the header comes first in the file).
  const layerColors = new Map<string, number>();
  const min = [Infinity, Infinity];
  const max = [-Infinity, -Infinity];
  for (const layer of layers) {
    for (const row of layer.rows) {
      const name = dxfLayerOf(layer, row);
      if (!layerColors.has(name)) {
        const aci = layer.table === 'pipelines' ? (PIPE_ACI[row.type as PipeType] ?? 7) : (LAYER_ACI[layer.table] ?? 7);
        layerColors.set(name, aci);
        layerColors.set(`${name}-${LABEL_SUFFIX}`, aci);
      }
    }
  }
  const out = fs.openSync(file, 'w');
  const buffered: string[] = [];
  const flush = () => {
    if (buffered.length > 0) fs.writeSync(out, iconv.encode(buffered.splice(0).join(''), 'gbk'));
  };
  const g = (code: number, value: string | number) => buffered.push(`${code}\n${value}\n`);
  try {
    const metricRows = layers.map((layer) =>
      layer.rows.map((row) => {
        const parts: Position[][] =
          row.geometry.type === 'Point'
            ? [[frame.ringToMetric([row.geometry.coordinates])[0] as Position]]
            : row.geometry.type === 'LineString'
              ? [frame.ringToMetric(row.geometry.coordinates)]
              : polygonsOf(row.geometry).flatMap((rings) => rings.map((r) => frame.ringToMetric(r)));
        for (const part of parts)
          for (const p of part) {
            if (p[0] < (min[0] as number)) min[0] = p[0];
            if (p[1] < (min[1] as number)) min[1] = p[1];
            if (p[0] > (max[0] as number)) max[0] = p[0];
            if (p[1] > (max[1] as number)) max[1] = p[1];
          }
        return parts;
      }),
    );
    // DXF has no place for a CRS; a comment names it for whoever opens the file in a text editor.
    g(999, `${gkName(settings.metric_epsg)} (EPSG:${settings.metric_epsg}), metres`);
    g(0, 'SECTION');
    g(2, 'HEADER');
    g(9, '$ACADVER');
    g(1, 'AC1009');
    g(9, '$DWGCODEPAGE');
    g(3, 'ANSI_936');
    g(9, '$EXTMIN');
    g(10, n(min[0] as number));
    g(20, n(min[1] as number));
    g(9, '$EXTMAX');
    g(10, n(max[0] as number));
    g(20, n(max[1] as number));
    g(0, 'ENDSEC');
    g(0, 'SECTION');
    g(2, 'TABLES');
    g(0, 'TABLE');
    g(2, 'LTYPE');
    g(70, 1);
    g(0, 'LTYPE');
    g(2, 'CONTINUOUS');
    g(70, 0);
    g(3, 'Solid line');
    g(72, 65);
    g(73, 0);
    g(40, 0);
    g(0, 'ENDTAB');
    g(0, 'TABLE');
    g(2, 'LAYER');
    g(70, layerColors.size);
    for (const [name, aci] of layerColors) {
      g(0, 'LAYER');
      g(2, dxfText(name));
      g(70, 0);
      g(62, aci);
      g(6, 'CONTINUOUS');
    }
    g(0, 'ENDTAB');
    // Text style: txt.shx with the GB big font, what Chinese drawings use for single-line text.
    g(0, 'TABLE');
    g(2, 'STYLE');
    g(70, 1);
    g(0, 'STYLE');
    g(2, 'STANDARD');
    g(70, 0);
    g(40, 0);
    g(41, 1);
    g(50, 0);
    g(71, 0);
    g(42, 2.5);
    g(3, 'txt');
    g(4, 'gbcbig');
    g(0, 'ENDTAB');
    g(0, 'ENDSEC');
    g(0, 'SECTION');
    g(2, 'ENTITIES');
    for (const [li, layer] of layers.entries()) {
      const rowsParts = metricRows[li] as Position[][][];
      for (const [ri, row] of layer.rows.entries()) {
        const name = dxfText(dxfLayerOf(layer, row));
        const parts = rowsParts[ri] as Position[][];
        if (row.geometry.type === 'Point') {
          const p = parts[0]?.[0] as Position;
          g(0, 'POINT');
          g(8, name);
          g(10, n(p[0]));
          g(20, n(p[1]));
        } else {
          const closed = row.geometry.type !== 'LineString';
          for (const part of parts) {
            g(0, 'POLYLINE');
            g(8, name);
            g(66, 1);
            g(10, 0);
            g(20, 0);
            g(30, 0);
            g(70, closed ? 1 : 0);
            const vertices = closed ? part.slice(0, -1) : part;
            for (const p of vertices) {
              g(0, 'VERTEX');
              g(8, name);
              g(10, n(p[0]));
              g(20, n(p[1]));
            }
            g(0, 'SEQEND');
            g(8, name);
          }
        }
        const label = labelOf(row);
        if (label) {
          const at = frame.ringToMetric([labelPoint(row.geometry)])[0] as Position;
          g(0, 'TEXT');
          g(8, `${name}-${dxfText(LABEL_SUFFIX)}`);
          g(10, n(at[0]));
          g(20, n(at[1]));
          g(40, LABEL_HEIGHT[layer.table] ?? DEFAULT_LABEL_HEIGHT);
          g(1, dxfText(label));
          g(72, 1);
          g(11, n(at[0]));
          g(21, n(at[1]));
        }
        if (ticker.due()) {
          flush();
          await ticker.pause(layer.table);
        }
      }
      flush();
      await ticker.pause(layer.table);
    }
    g(0, 'ENDSEC');
    g(0, 'EOF');
    flush();
  } finally {
    fs.closeSync(out);
  }
}
