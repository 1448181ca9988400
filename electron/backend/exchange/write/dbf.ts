import { dbfFieldName } from '../../../../shared/exchange/field-names';
import type { ExportColumn, FlatValue } from './layers';

// dBASE III table of a Shapefile, text in UTF-8 (the .cpg says so). Field names come from the documented mapping
// (shared/exchange/field-names.ts, ≤ 10 bytes). Text fields are as wide as their longest value (1–254 bytes; a
// longer value is cut at a character boundary — only free-text notes get that long); integers are N(9,0) (GDAL reads Integer), reals
// N(24,8). Null numbers are blanks, which GDAL and ArcGIS read as null.

const MAX_TEXT = 254;
const encoder = new TextEncoder();

interface Field {
  name: string;
  type: 'C' | 'N';
  width: number;
  decimals: number;
}

/** UTF-8 bytes of `s`, cut to at most `max` bytes without splitting a character. */
function utf8Cut(s: string, max: number): Uint8Array {
  const bytes = encoder.encode(s);
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

function fieldsFor(columns: readonly ExportColumn[], rows: readonly FlatValue[][]): Field[] {
  return columns.map((c, i) => {
    const name = dbfFieldName(c.name);
    if (c.kind === 'integer') return { name, type: 'N', width: 9, decimals: 0 };
    if (c.kind === 'real') return { name, type: 'N', width: 24, decimals: 8 };
    let width = 1;
    for (const r of rows) {
      const v = r[i];
      if (v !== null && v !== undefined) width = Math.max(width, Math.min(MAX_TEXT, encoder.encode(String(v)).length));
    }
    return { name, type: 'C', width, decimals: 0 };
  });
}

/** The .dbf bytes of `rows` (flattened values in `columns` order). */
export function encodeDbf(columns: readonly ExportColumn[], rows: readonly FlatValue[][]): Uint8Array {
  const fields = fieldsFor(columns, rows);
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.width, 0);
  const buf = Buffer.alloc(headerLength + recordLength * rows.length + 1, 0x20);
  buf.fill(0, 0, headerLength);
  const now = new Date();
  buf.writeUInt8(0x03, 0);
  buf.writeUInt8(now.getFullYear() - 1900, 1);
  buf.writeUInt8(now.getMonth() + 1, 2);
  buf.writeUInt8(now.getDate(), 3);
  buf.writeUInt32LE(rows.length, 4);
  buf.writeUInt16LE(headerLength, 8);
  buf.writeUInt16LE(recordLength, 10);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    buf.write(f.name, at, 10, 'ascii');
    buf.write(f.type, at + 11, 1, 'ascii');
    buf.writeUInt8(f.width, at + 16);
    buf.writeUInt8(f.decimals, at + 17);
  });
  buf.writeUInt8(0x0d, headerLength - 1);
  let at = headerLength;
  for (const row of rows) {
    buf.writeUInt8(0x20, at); // not deleted
    let pos = at + 1;
    fields.forEach((f, i) => {
      const v = row[i];
      if (v !== null && v !== undefined) {
        if (f.type === 'C') buf.set(utf8Cut(String(v), f.width), pos);
        else {
          const text = f.decimals > 0 ? Number(v).toFixed(f.decimals) : String(Math.round(Number(v)));
          // Right-aligned; a number too wide for the field (never for our ranges) is left blank, i.e. null.
          if (text.length <= f.width) buf.write(text, pos + f.width - text.length, 'ascii');
        }
      }
      pos += f.width;
    });
    at += recordLength;
  }
  buf.writeUInt8(0x1a, at);
  return buf;
}
