import type { Notice, RawFeature } from './types';

// Ledgers (台账) are tables: one row per compound or per object. When a table has coordinate columns
// (x/y, 经度/纬度, 东坐标/北坐标 …) each row becomes a point at them; otherwise rows carry no geometry and an
// import joins them to existing compounds by name or code.

const X_NAMES = /^(x|lon|lng|long|longitude|经度|x坐标|横坐标|东坐标|坐标x)$/i;
const Y_NAMES = /^(y|lat|latitude|纬度|y坐标|纵坐标|北坐标|坐标y)$/i;

export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/,/g, '');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Rows (objects by header name) to features, with point geometry when coordinate columns are found. */
export function rowsToFeatures(
  fields: readonly string[],
  rows: Record<string, unknown>[],
  notices: Notice[],
): RawFeature[] {
  const xField = fields.find((f) => X_NAMES.test(f.trim()));
  const yField = fields.find((f) => Y_NAMES.test(f.trim()));
  if (!xField || !yField) return rows.map((properties) => ({ geometry: null, properties }));
  notices.push({ key: 'exchange.notice.pointColumns', params: { x: xField, y: yField } });
  return rows.map((properties) => {
    const x = toNumber(properties[xField]);
    const y = toNumber(properties[yField]);
    return { geometry: x === null || y === null ? null : { type: 'Point', coordinates: [x, y] }, properties };
  });
}
