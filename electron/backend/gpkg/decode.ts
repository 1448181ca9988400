import type { Position } from '../../../shared/model/geometry';
import { type Envelope, type GpkgGeometry, HEADER_BYTES, WKB_TYPE } from './encode';

// Reading GeoPackage binary: either byte order, any envelope kind, ISO WKB with Z/M (dropped: the project is 2D).
// One DataView over the blob; the only allocations are the output coordinate arrays.

export interface GpkgHeader {
  srsId: number;
  empty: boolean;
  /** Present when the header carries one. */
  envelope: Envelope | null;
  /** Offset of the WKB inside the blob. */
  wkbOffset: number;
}

const ENVELOPE_SIZES = [0, 32, 48, 48, 64];

/** Reads the GeoPackage header; throws on anything that is not GeoPackage binary. */
export function readGpkgHeader(blob: Uint8Array): GpkgHeader {
  if (blob.length < HEADER_BYTES || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not GeoPackage binary');
  const flags = blob[3] as number;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const le = (flags & 1) === 1;
  const envelopeKind = (flags >> 1) & 0b111;
  const envelopeBytes = ENVELOPE_SIZES[envelopeKind];
  if (envelopeBytes === undefined) throw new Error(`bad envelope indicator ${envelopeKind}`);
  const envelope: Envelope | null =
    envelopeBytes === 0
      ? null
      : [
          view.getFloat64(HEADER_BYTES, le),
          view.getFloat64(HEADER_BYTES + 8, le),
          view.getFloat64(HEADER_BYTES + 16, le),
          view.getFloat64(HEADER_BYTES + 24, le),
        ];
  return {
    srsId: view.getInt32(4, le),
    empty: (flags & 0b1_0000) !== 0,
    envelope,
    wkbOffset: HEADER_BYTES + envelopeBytes,
  };
}

/** Sequential WKB reader; each geometry carries its own byte order. */
class WkbReader {
  private le = true;
  private dims = 2;
  constructor(
    private readonly view: DataView,
    private offset: number,
  ) {}

  private u32(): number {
    const v = this.view.getUint32(this.offset, this.le);
    this.offset += 4;
    return v;
  }
  private head(): number {
    this.le = this.view.getUint8(this.offset) === 1;
    this.offset += 1;
    const raw = this.u32();
    // ISO WKB: 1000s = Z, 2000s = M, 3000s = ZM; EWKB-style high bits are not GeoPackage and not accepted.
    const family = Math.floor(raw / 1000);
    this.dims = family === 0 ? 2 : family === 3 ? 4 : 3;
    return raw % 1000;
  }
  private point(): Position {
    const p: Position = [this.view.getFloat64(this.offset, this.le), this.view.getFloat64(this.offset + 8, this.le)];
    this.offset += this.dims * 8;
    return p;
  }
  private points(): Position[] {
    const n = this.u32();
    const out = new Array<Position>(n);
    for (let i = 0; i < n; i++) out[i] = this.point();
    return out;
  }
  private rings(): Position[][] {
    const n = this.u32();
    const out = new Array<Position[]>(n);
    for (let i = 0; i < n; i++) out[i] = this.points();
    return out;
  }
  private expect(type: number): void {
    const got = this.head();
    if (got !== type) throw new Error(`expected WKB type ${type}, got ${got}`);
  }

  geometry(): GpkgGeometry {
    const type = this.head();
    switch (type) {
      case WKB_TYPE.Point:
        return { type: 'Point', coordinates: this.point() };
      case WKB_TYPE.LineString:
        return { type: 'LineString', coordinates: this.points() };
      case WKB_TYPE.Polygon:
        return { type: 'Polygon', coordinates: this.rings() };
      case WKB_TYPE.MultiLineString: {
        const n = this.u32();
        const lines = new Array<Position[]>(n);
        for (let i = 0; i < n; i++) {
          this.expect(WKB_TYPE.LineString);
          lines[i] = this.points();
        }
        return { type: 'MultiLineString', coordinates: lines };
      }
      case WKB_TYPE.MultiPolygon: {
        const n = this.u32();
        const polys = new Array<Position[][]>(n);
        for (let i = 0; i < n; i++) {
          this.expect(WKB_TYPE.Polygon);
          polys[i] = this.rings();
        }
        return { type: 'MultiPolygon', coordinates: polys };
      }
      default:
        throw new Error(`unsupported WKB geometry type ${type}`);
    }
  }
}

/** Decodes GeoPackage binary to a GeoJSON geometry (x, y only). */
export function decodeGpkg(blob: Uint8Array): GpkgGeometry {
  const header = readGpkgHeader(blob);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return new WkbReader(view, header.wkbOffset).geometry();
}

/** Bounds of a geometry blob: from the header when present, else from its coordinates. Null when empty. */
export function gpkgEnvelope(blob: Uint8Array): Envelope | null {
  const header = readGpkgHeader(blob);
  if (header.empty) return null;
  if (header.envelope) return header.envelope;
  return envelopeOf(decodeGpkg(blob));
}

/** Bounds of a decoded geometry; null when it has no positions. */
export function envelopeOf(g: GpkgGeometry): Envelope | null {
  const env: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
  const visit = (p: Position): void => {
    if (p[0] < env[0]) env[0] = p[0];
    if (p[0] > env[1]) env[1] = p[0];
    if (p[1] < env[2]) env[2] = p[1];
    if (p[1] > env[3]) env[3] = p[1];
  };
  walk(g, visit);
  return env[0] > env[1] ? null : env;
}

function walk(g: GpkgGeometry, visit: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      visit(g.coordinates);
      return;
    case 'LineString':
      for (const p of g.coordinates) visit(p);
      return;
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of g.coordinates) for (const p of ring) visit(p);
      return;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) for (const p of ring) visit(p);
  }
}
