import fs from 'node:fs';
import { zipSync } from 'fflate';

// One .zip of several files (Shapefile sets, GeoJSON layers). Member names are ASCII table names, which every zip
// tool reads the same way.

export function writeZip(file: string, members: Record<string, Uint8Array>): void {
  fs.writeFileSync(file, zipSync(members, { level: 6 }));
}
