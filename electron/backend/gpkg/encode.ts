import type { Position } from '../../../shared/model/geometry';

// GeoPackage geometry binary (spec §2.1.3): "GP", version 0, flags, srs_id, envelope, then standard WKB.
// We always write little-endian with an XY envelope (flags 0b0000_0011), so readers (our ST_* functions, the
// rtree triggers) never parse the WKB to find the bounds. One pass: WKB is written after the header space while
// the bounds are tracked, then the envelope is filled in. Decoding lives in decode.ts.

export type MultiLineString = { type: 'MultiLineString'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type GpkgGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | MultiLineString
  | MultiPolygon;

/** [minX, maxX, minY, maxY]: the order the GeoPackage envelope and rtree use. */
export type Envelope = [number, number, number, number];

export const WKB_TYPE = { Point: 1, LineString: 2, Polygon: 3, MultiLineString: 5, MultiPolygon: 6 } as const;
export const HEADER_BYTES = 8;
const ENVELOPE_BYTES = 32;
const LE = true;

/** WKB byte length of a geometry (without the GeoPackage header). */
function wkbSize(g: GpkgGeometry): number {
  switch (g.type) {
    case 'Point':
      return 5 + 16;
    case 'LineString':
      return 9 + 16 * g.coordinates.length;
    case 'Polygon':
      return polygonSize(g.coordinates);
    case 'MultiLineString':
      return g.coordinates.reduce((n, line) => n + 9 + 16 * line.length, 9);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, poly) => n + polygonSize(poly), 9);
  }
}
const polygonSize = (rings: Position[][]): number => rings.reduce((n, ring) => n + 4 + 16 * ring.length, 9);

/** The bounds of every position seen: what the envelope (and so the rtree entry) of a geometry holds. */
class Bounds {
  minX = Infinity;
  maxX = -Infinity;
  minY = Infinity;
  maxY = -Infinity;
  add(x: number, y: number): void {
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
    if (y < this.minY) this.minY = y;
    if (y > this.maxY) this.maxY = y;
  }
  /** Null when nothing was added (an empty geometry). */
  envelope(): Envelope | null {
    return this.minX > this.maxX ? null : [this.minX, this.maxX, this.minY, this.maxY];
  }
}

/** Writes WKB from `offset` on, tracking the bounds of every position written. */
class WkbWriter {
  readonly bounds = new Bounds();
  constructor(
    private readonly view: DataView,
    public offset: number,
  ) {}

  private head(type: number): void {
    this.view.setUint8(this.offset, 1);
    this.view.setUint32(this.offset + 1, type, LE);
    this.offset += 5;
  }
  private count(n: number): void {
    this.view.setUint32(this.offset, n, LE);
    this.offset += 4;
  }
  private points(ps: readonly Position[]): void {
    this.count(ps.length);
    for (const p of ps) this.point(p);
  }
  private point(p: Position): void {
    const x = p[0];
    const y = p[1];
    this.view.setFloat64(this.offset, x, LE);
    this.view.setFloat64(this.offset + 8, y, LE);
    this.offset += 16;
    this.bounds.add(x, y);
  }
  private polygon(rings: readonly Position[][]): void {
    this.head(WKB_TYPE.Polygon);
    this.count(rings.length);
    for (const ring of rings) this.points(ring);
  }

  geometry(g: GpkgGeometry): void {
    switch (g.type) {
      case 'Point':
        this.head(WKB_TYPE.Point);
        this.point(g.coordinates);
        return;
      case 'LineString':
        this.head(WKB_TYPE.LineString);
        this.points(g.coordinates);
        return;
      case 'Polygon':
        this.polygon(g.coordinates);
        return;
      case 'MultiLineString':
        this.head(WKB_TYPE.MultiLineString);
        this.count(g.coordinates.length);
        for (const line of g.coordinates) {
          this.head(WKB_TYPE.LineString);
          this.points(line);
        }
        return;
      case 'MultiPolygon':
        this.head(WKB_TYPE.MultiPolygon);
        this.count(g.coordinates.length);
        for (const poly of g.coordinates) this.polygon(poly);
    }
  }
}

/** Encodes a geometry as GeoPackage binary with an XY envelope. */
export function encodeGpkg(g: GpkgGeometry, srsId = 4326): Buffer {
  const buf = Buffer.allocUnsafe(HEADER_BYTES + ENVELOPE_BYTES + wkbSize(g));
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const writer = new WkbWriter(view, HEADER_BYTES + ENVELOPE_BYTES);
  writer.geometry(g);
  const env = writer.bounds.envelope();
  const empty = env === null;
  buf[0] = 0x47; // G
  buf[1] = 0x50; // P
  buf[2] = 0; // version 1
  buf[3] = empty ? 0b0001_0011 : 0b0000_0011; // empty flag, envelope 1 (XY), little-endian
  view.setInt32(4, srsId, LE);
  for (let i = 0; i < 4; i++) view.setFloat64(HEADER_BYTES + i * 8, env?.[i] ?? Number.NaN, LE);
  return buf;
}

/** The envelope encodeGpkg writes for a geometry, without encoding it; null for an empty geometry. */
export function envelopeOf(g: GpkgGeometry): Envelope | null {
  const bounds = new Bounds();
  const walk = (ps: readonly Position[]): void => {
    for (const p of ps) bounds.add(p[0], p[1]);
  };
  switch (g.type) {
    case 'Point':
      bounds.add(g.coordinates[0], g.coordinates[1]);
      break;
    case 'LineString':
      walk(g.coordinates);
      break;
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of g.coordinates) walk(ring);
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) walk(ring);
  }
  return bounds.envelope();
}
