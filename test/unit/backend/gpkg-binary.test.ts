import { describe, expect, test } from 'vitest';
import { decodeGpkg, gpkgEnvelope, readGpkgHeader } from '../../../electron/backend/gpkg/decode';
import { encodeGpkg, type GpkgGeometry } from '../../../electron/backend/gpkg/encode';
import { square } from './helpers';

const samples: GpkgGeometry[] = [
  { type: 'Point', coordinates: [106.2, 27.4] },
  {
    type: 'LineString',
    coordinates: [
      [106.2, 27.4],
      [106.21, 27.41],
      [106.19, 27.42],
    ],
  },
  square(106.2, 27.4),
  {
    type: 'Polygon',
    coordinates: [
      ...square(0, 0, 10).coordinates,
      [
        [2, 2],
        [2, 3],
        [3, 3],
        [2, 2],
      ],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [-5, -6],
        [7, 8],
        [9, 10],
      ],
    ],
  },
  { type: 'MultiPolygon', coordinates: [square(1, 1).coordinates, square(-3, 50, 2).coordinates] },
];

describe('GeoPackage binary', () => {
  test.each(samples)('round-trips a $type exactly', (g) => {
    const blob = encodeGpkg(g);
    expect(decodeGpkg(blob)).toEqual(g);
  });

  test('writes the standard header: GP, version 0, little-endian flags with XY envelope, srs id', () => {
    const blob = encodeGpkg(square(106.2, 27.4, 0.5), 4326);
    expect(blob.subarray(0, 2).toString('latin1')).toBe('GP');
    expect(blob[2]).toBe(0);
    expect(blob[3]).toBe(0b0000_0011);
    expect(blob.readInt32LE(4)).toBe(4326);
    expect([0, 8, 16, 24].map((o) => blob.readDoubleLE(8 + o))).toEqual([106.2, 106.7, 27.4, 27.9]);
    // WKB follows the 32-byte envelope: little-endian marker, type 3 (Polygon), 1 ring of 5 points.
    expect(blob[40]).toBe(1);
    expect(blob.readUInt32LE(41)).toBe(3);
    expect(blob.readUInt32LE(45)).toBe(1);
    expect(blob.readUInt32LE(49)).toBe(5);
    expect(blob.length).toBe(40 + 9 + 4 + 5 * 16);
  });

  test('reads big-endian blobs without an envelope, and ISO WKB with Z', () => {
    // Header: GP, v0, flags 0 (big-endian, no envelope), srs 4326; WKB big-endian PointZ (1001).
    const blob = Buffer.alloc(8 + 5 + 24);
    blob.write('GP', 0, 'latin1');
    blob.writeInt32BE(4326, 4);
    blob[8] = 0;
    blob.writeUInt32BE(1001, 9);
    blob.writeDoubleBE(106.25, 13);
    blob.writeDoubleBE(27.5, 21);
    blob.writeDoubleBE(1100, 29);
    expect(readGpkgHeader(blob)).toMatchObject({ srsId: 4326, envelope: null, empty: false, wkbOffset: 8 });
    expect(decodeGpkg(blob)).toEqual({ type: 'Point', coordinates: [106.25, 27.5] });
    expect(gpkgEnvelope(blob)).toEqual([106.25, 106.25, 27.5, 27.5]);
  });

  test('decodes from a view into a larger buffer (byteOffset honoured)', () => {
    const blob = encodeGpkg(samples[2] as GpkgGeometry);
    const big = Buffer.concat([Buffer.alloc(13, 7), blob]);
    expect(decodeGpkg(big.subarray(13))).toEqual(samples[2]);
  });

  test('refuses what is not GeoPackage binary', () => {
    expect(() => decodeGpkg(Buffer.from('not a geometry'))).toThrow(/GeoPackage/);
  });
});
