import { signedRingArea } from '../../../../shared/geo/ring';
import type { Geometry, Position } from '../../../../shared/model/geometry';
import type { ProjectSettings } from '../../../../shared/model/settings';
import { encodeDbf } from './dbf';
import { familyOf, polygonsOf } from './geometry-parts';
import { type ExportLayer, type FlatValue, flatValues } from './layers';
import { type ExportJob, RowTicker } from './progress';
import { writeZip } from './zip';

// Shapefile export (ESRI Shapefile Technical Description, 1998): one .shp/.shx/.dbf/.prj/.cpg set per layer, all in
// one .zip. Polygons (and packages' multipolygons) are shape type 5 with outer rings clockwise and holes
// counter-clockwise as the format requires; lines are type 3, points type 1. Coordinates stay lon/lat (.prj WGS 84;
// CGCS2000 and WGS 84 differ by centimetres, DESIGN.md "Coordinates").

const SHAPE_TYPE = { polygon: 5, line: 3, point: 1 } as const;
const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

type Box = [number, number, number, number];
const emptyBox = (): Box => [Infinity, Infinity, -Infinity, -Infinity];
function grow(box: Box, p: Position): void {
  if (p[0] < box[0]) box[0] = p[0];
  if (p[1] < box[1]) box[1] = p[1];
  if (p[0] > box[2]) box[2] = p[0];
  if (p[1] > box[3]) box[3] = p[1];
}

/** The parts (rings or the line) of a geometry, rings oriented as the format wants. */
function partsOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'Point') return [];
  const parts: Position[][] = [];
  for (const poly of polygonsOf(g)) {
    poly.forEach((ring, i) => {
      const clockwise = signedRingArea(ring) < 0;
      const wantClockwise = i === 0;
      parts.push(clockwise === wantClockwise ? ring : [...ring].reverse());
    });
  }
  return parts;
}

/** One record's content (shape type onwards). */
function encodeShape(g: Geometry, type: number, layerBox: Box): Buffer {
  if (type === 1) {
    const p = (g as { coordinates: Position }).coordinates;
    grow(layerBox, p);
    const b = Buffer.alloc(20);
    b.writeInt32LE(1, 0);
    b.writeDoubleLE(p[0], 4);
    b.writeDoubleLE(p[1], 12);
    return b;
  }
  const parts = partsOf(g);
  const points = parts.reduce((n, p) => n + p.length, 0);
  const b = Buffer.alloc(44 + 4 * parts.length + 16 * points);
  b.writeInt32LE(type, 0);
  b.writeInt32LE(parts.length, 36);
  b.writeInt32LE(points, 40);
  const box = emptyBox();
  let index = 0;
  let at = 44 + 4 * parts.length;
  parts.forEach((part, i) => {
    b.writeInt32LE(index, 44 + 4 * i);
    index += part.length;
    for (const p of part) {
      grow(box, p);
      b.writeDoubleLE(p[0], at);
      b.writeDoubleLE(p[1], at + 8);
      at += 16;
    }
  });
  for (let i = 0; i < 4; i++) b.writeDoubleLE(box[i] as number, 4 + 8 * i);
  grow(layerBox, [box[0], box[1]]);
  grow(layerBox, [box[2], box[3]]);
  return b;
}

function fileHeader(type: number, lengthBytes: number, box: Box): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(lengthBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(type, 32);
  for (let i = 0; i < 4; i++) h.writeDoubleLE(Number.isFinite(box[i]) ? (box[i] as number) : 0, 36 + 8 * i);
  return h;
}

/** The five files of one layer. */
export async function encodeShapefile(layer: ExportLayer, ticker: RowTicker): Promise<Record<string, Uint8Array>> {
  const family = familyOf(layer.rows[0]?.geometry ?? { type: 'Point', coordinates: [0, 0] });
  const type = SHAPE_TYPE[family];
  const box = emptyBox();
  const records: Buffer[] = [];
  const index = Buffer.alloc(8 * layer.rows.length);
  const attributes: FlatValue[][] = [];
  let offset = 100;
  for (let i = 0; i < layer.rows.length; i++) {
    const row = layer.rows[i] as ExportLayer['rows'][number];
    const content = encodeShape(row.geometry, type, box);
    const head = Buffer.alloc(8);
    head.writeInt32BE(i + 1, 0);
    head.writeInt32BE(content.length / 2, 4);
    records.push(head, content);
    index.writeInt32BE(offset / 2, 8 * i);
    index.writeInt32BE(content.length / 2, 8 * i + 4);
    offset += 8 + content.length;
    attributes.push(flatValues(layer.table, row));
    if (ticker.due()) await ticker.pause(layer.table);
  }
  await ticker.pause(layer.table);
  const name = layer.table;
  return {
    [`${name}.shp`]: Buffer.concat([fileHeader(type, offset, box), ...records]),
    [`${name}.shx`]: Buffer.concat([fileHeader(type, 100 + index.length, box), index]),
    [`${name}.dbf`]: encodeDbf(layer.columns, attributes),
    [`${name}.prj`]: Buffer.from(WGS84_PRJ, 'ascii'),
    [`${name}.cpg`]: Buffer.from('UTF-8', 'ascii'),
  };
}

export async function writeShapefileZip(
  file: string,
  layers: readonly ExportLayer[],
  _settings: ProjectSettings,
  job: ExportJob,
): Promise<void> {
  const ticker = new RowTicker(
    job,
    layers.reduce((n, l) => n + l.rows.length, 0),
  );
  const members: Record<string, Uint8Array> = {};
  for (const layer of layers) Object.assign(members, await encodeShapefile(layer, ticker));
  writeZip(file, members);
}
