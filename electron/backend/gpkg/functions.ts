import type Database from 'better-sqlite3';
import { gpkgEnvelope, readGpkgHeader } from './decode';

// The SQL functions the GeoPackage rtree triggers call (spec extension_rtree). GDAL registers its own; in our
// process better-sqlite3 must provide them, or every insert into a feature table fails. They read the envelope
// from the blob header, so they never decode coordinates for geometries we wrote.

type Blob = Uint8Array | null;

const envelopePart =
  (index: 0 | 1 | 2 | 3) =>
  (blob: Blob): number | null => {
    if (blob === null || !(blob instanceof Uint8Array)) return null;
    const env = gpkgEnvelope(blob);
    return env ? env[index] : null;
  };

export function registerGpkgFunctions(db: Database.Database): void {
  const options = { deterministic: true, varargs: false } as const;
  db.function('ST_MinX', options, envelopePart(0));
  db.function('ST_MaxX', options, envelopePart(1));
  db.function('ST_MinY', options, envelopePart(2));
  db.function('ST_MaxY', options, envelopePart(3));
  db.function('ST_IsEmpty', options, (blob: Blob) => {
    if (blob === null || !(blob instanceof Uint8Array)) return null;
    const header = readGpkgHeader(blob);
    return header.empty || gpkgEnvelope(blob) === null ? 1 : 0;
  });
}
