// Roads and site areas as map features: true road width at every zoom (the style's interpolate evaluated here
// against metres per pixel), labels in Chinese, style keys by kind, and per-row diffs from a change.
import { describe, expect, it } from 'vitest';
import { newRoad, newSiteArea } from '../../../renderer/src/context/contextRows';
import { contextDiffForChange, roadFeature, siteAreaFeature } from '../../../renderer/src/map/contextFeatures';
import { contextLayers, hatchImage } from '../../../renderer/src/map/contextLayers';
import type { Polygon } from '../../../shared/model/geometry';

const LAT = 27.4;
const road = (kind: 'road' | 'fire_lane', width: number, name = '') => ({
  ...newRoad(
    'road-1',
    kind,
    width,
    {
      type: 'LineString',
      coordinates: [
        [106.2, LAT],
        [106.201, LAT],
      ],
    },
    null,
  ),
  name,
});
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [106.2, LAT],
      [106.2001, LAT],
      [106.2001, LAT + 0.0001],
      [106.2, LAT],
    ],
  ],
};

/** Metres per CSS pixel at `zoom` and `lat` for MapLibre's 512 px tiles. */
const metresPerPx = (zoom: number, lat: number) => (78271.517 * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom;

type Expr = number | string | Expr[];
/** Evaluates the few expression operators the width uses, for one feature's properties and a zoom. */
function evaluate(e: Expr, props: Record<string, unknown>, zoom: number): number {
  if (typeof e === 'number') return e;
  if (!Array.isArray(e)) throw new Error(`unexpected ${String(e)}`);
  const [op, ...args] = e;
  const num = (x: Expr) => evaluate(x, props, zoom);
  if (op === 'get') return props[args[0] as string] as number;
  if (op === '+') return args.reduce((s: number, x) => s + num(x), 0);
  if (op === '*') return args.reduce((s: number, x) => s * num(x), 1);
  if (op === 'max') return Math.max(...args.map(num));
  if (op === 'interpolate') {
    const [type, input, ...stops] = args as [Expr[], Expr[], ...Expr[]];
    expect(type).toEqual(['exponential', 2]);
    expect(input).toEqual(['zoom']);
    const z0 = stops[0] as number;
    const z1 = stops[2] as number;
    const a = num(stops[1] as Expr);
    const b = num(stops[3] as Expr);
    const t = (2 ** (zoom - z0) - 1) / (2 ** (z1 - z0) - 1);
    return a + (b - a) * Math.min(1, Math.max(0, t));
  }
  throw new Error(`operator ${String(op)}`);
}

const paint = (id: string, prop: string): Expr => {
  const layer = contextLayers.find((l) => l.id === id) as { paint: Record<string, Expr> } | undefined;
  if (!layer) throw new Error(`no layer ${id}`);
  return layer.paint[prop] as Expr;
};

describe('road features', () => {
  it('draw a road at its true width in metres at every zoom from 14 to 22', () => {
    const f = roadFeature(road('road', 6));
    for (const zoom of [14, 15.5, 17, 19, 22]) {
      const px = evaluate(paint('roads-body', 'line-width'), f.properties, zoom);
      expect(px * metresPerPx(zoom, LAT)).toBeCloseTo(6, 2);
    }
    // The fire lane's dashed edges sit on the road's edges: offset = half the width.
    const lane = roadFeature(road('fire_lane', 4));
    const offset = evaluate(paint('roads-fire-edge-right', 'line-offset'), lane.properties, 18);
    expect(offset * metresPerPx(18, LAT)).toBeCloseTo(2, 2);
    expect(evaluate(paint('roads-fire-edge-left', 'line-offset'), lane.properties, 18)).toBeCloseTo(-offset, 6);
  });

  it('label fire lanes 消防车道 and ordinary roads by name and width', () => {
    expect(roadFeature(road('fire_lane', 4)).properties.label).toBe('消防车道');
    expect(roadFeature(road('road', 5, '宅前路')).properties.label).toBe('宅前路 5m');
    expect(roadFeature(road('road', 5)).properties.label).toBe('');
    expect(roadFeature(road('fire_lane', 4)).properties.kind).toBe('fire_lane');
  });
});

describe('site area features', () => {
  it('key the style by kind, kept green apart, and mark demolition in the label', () => {
    const green = newSiteArea('a', 'green', square, null);
    expect(siteAreaFeature(green).properties).toMatchObject({ kind: 'green', demolish: false, label: '绿地' });
    expect(siteAreaFeature({ ...green, keep: true }).properties).toMatchObject({
      kind: 'green_keep',
      label: '保留绿地',
    });
    const shed = { ...newSiteArea('b', 'illegal_structure', square, null), name: '自建车棚', demolish: true };
    expect(siteAreaFeature(shed).properties).toMatchObject({ demolish: true, label: '自建车棚（拆除）' });
    const op = newSiteArea('c', 'operating_area', square, null);
    expect(siteAreaFeature(op).properties.label).toBe('登高操作场地');
  });

  it('hatch images are drawn in code: diagonal strokes, and both diagonals for demolition', () => {
    const single = hatchImage([250, 140, 22], false);
    const cross = hatchImage([245, 34, 45], true);
    const opaque = (img: { data: Uint8Array }) => img.data.filter((_, i) => i % 4 === 3 && img.data[i] !== 0).length;
    expect(single.width * single.height * 4).toBe(single.data.length);
    expect(opaque(single)).toBeGreaterThan(0);
    expect(opaque(cross)).toBeGreaterThan(opaque(single));
  });
});

describe('context diffs', () => {
  it('turn puts into adds and deletes into removes, the last op on a row winning', () => {
    const r = road('road', 5);
    const g = newSiteArea('g', 'green', square, null);
    const diff = contextDiffForChange({
      ops: [
        { op: 'put', table: 'roads', row: r },
        { op: 'put', table: 'site_areas', row: g },
        { op: 'delete', table: 'site_areas', id: 'g' },
        { op: 'delete', table: 'roads', id: 'other' },
        {
          op: 'put',
          table: 'trees',
          row: {
            id: 't',
            species: '',
            crown_radius_m: 3,
            compound_id: null,
            geometry: { type: 'Point', coordinates: [0, 0] },
          },
        },
      ],
      summary: 'x',
    });
    expect(diff.roads.add.map((f) => f.id)).toEqual([r.id]);
    expect(diff.roads.remove).toEqual(['other']);
    expect(diff.site_areas).toEqual({ add: [], remove: ['g'] });
  });
});
