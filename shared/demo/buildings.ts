import type { Rect } from './grid';
import type { Rng } from './prng';

// Building footprints inside a parcel (local metres). Old residential compounds are mostly north–south-facing
// slab blocks (板楼) of 4–7 floors in rows, 10–13 m deep and 30–70 m long, the rows spaced 1.1–1.3 × the height
// of the southern row for sunlight (日照间距); later compounds add 9–18-floor point towers (~20 × 20 m); some
// compounds are one building (单栋). Buildings never overlap: rows and columns are laid out left to right,
// south to north, each starting after the previous one's far edge plus a gap.

export type LayoutKind = 'slabs' | 'towers' | 'mixed' | 'single';

export interface Footprint {
  rect: Rect;
  floors: number;
  kind: 'slab' | 'tower';
}

export interface LayoutOptions {
  kind: LayoutKind;
  /** Typical floor count of the compound's slabs (4–7). */
  slabFloors: number;
}

/** Setback from the parcel edge: larger than any street-corner chamfer, so buildings stay inside the ring. */
const SETBACK_MIN = 7;
const STOREY_M = 2.9;
/** Most slabs of a compound have its typical floor count; a few have one floor more or less. */
const FLOOR_VARIATION: readonly (readonly [number, number])[] = [
  [0, 6],
  [-1, 1],
  [1, 1],
];

export function layoutBuildings(rng: Rng, parcel: Rect, opts: LayoutOptions): Footprint[] {
  const setback = rng.int(SETBACK_MIN, 11);
  const inner: Rect = {
    x0: parcel.x0 + setback,
    y0: parcel.y0 + setback,
    x1: parcel.x1 - setback,
    y1: parcel.y1 - setback,
  };
  const laid = layoutByKind(rng, inner, opts);
  // A compound always has at least one building (a narrow parcel may fit no full row).
  return laid.length > 0 ? laid : [singleBuilding(rng, inner, opts.slabFloors)];
}

function layoutByKind(rng: Rng, inner: Rect, opts: LayoutOptions): Footprint[] {
  if (opts.kind === 'single') return [singleBuilding(rng, inner, opts.slabFloors)];
  if (opts.kind === 'towers') return towerRows(rng, inner);
  if (opts.kind === 'slabs') return slabRows(rng, inner, opts.slabFloors);
  // mixed: slab rows in the south part, a row of towers along the north edge.
  const towerDepth = 20 + 24;
  const south: Rect = { ...inner, y1: inner.y1 - towerDepth };
  const north: Rect = { ...inner, y0: inner.y1 - 24 };
  const slabs = south.y1 - south.y0 >= 12 ? slabRows(rng, south, opts.slabFloors) : [];
  return [...slabs, ...towerRows(rng, north)];
}

function slabRows(rng: Rng, inner: Rect, baseFloors: number): Footprint[] {
  const depth = rng.int(10, 13);
  const out: Footprint[] = [];
  let y = inner.y0 + rng.int(0, 4);
  while (y + depth <= inner.y1) {
    let rowMaxFloors = 0;
    let x = inner.x0 + rng.int(0, 6);
    while (inner.x1 - x >= 30) {
      const length = Math.min(rng.int(30, 70), inner.x1 - x);
      const floors = Math.min(7, Math.max(4, baseFloors + rng.weighted(FLOOR_VARIATION)));
      out.push({ rect: { x0: x, y0: y, x1: x + length, y1: y + depth }, floors, kind: 'slab' });
      rowMaxFloors = Math.max(rowMaxFloors, floors);
      x += length + rng.int(8, 14); // gable-end gap ≥ 6 m fire separation between multi-storey blocks
    }
    if (rowMaxFloors === 0) break;
    const spacing = rowMaxFloors * STOREY_M * rng.range(1.1, 1.3);
    y += depth + Math.ceil(spacing);
  }
  return out;
}

function towerRows(rng: Rng, inner: Rect): Footprint[] {
  const out: Footprint[] = [];
  const size = rng.int(18, 23);
  let y = inner.y0;
  while (y + size <= inner.y1) {
    let x = inner.x0 + rng.int(0, 8);
    let rowMaxFloors = 0;
    while (x + size <= inner.x1) {
      const floors = rng.int(9, 18);
      out.push({ rect: { x0: x, y0: y, x1: x + size, y1: y + size }, floors, kind: 'tower' });
      rowMaxFloors = Math.max(rowMaxFloors, floors);
      x += size + rng.int(14, 24);
    }
    if (rowMaxFloors === 0) break;
    // Point towers cast short shadows; old local rules allowed ~0.8–1.0 × height between tower rows.
    y += size + Math.ceil(rowMaxFloors * STOREY_M * rng.range(0.8, 1.0));
  }
  return out;
}

function singleBuilding(rng: Rng, inner: Rect, baseFloors: number): Footprint {
  const cx = (inner.x0 + inner.x1) / 2;
  const cy = (inner.y0 + inner.y1) / 2;
  if (inner.x1 - inner.x0 >= 26 && inner.y1 - inner.y0 >= 26 && rng.chance(0.3)) {
    const half = rng.int(9, 11);
    return {
      rect: {
        x0: Math.round(cx - half),
        y0: Math.round(cy - half),
        x1: Math.round(cx + half),
        y1: Math.round(cy + half),
      },
      floors: rng.int(9, 16),
      kind: 'tower',
    };
  }
  const length = Math.min(rng.int(40, 66), inner.x1 - inner.x0);
  const depth = Math.min(rng.int(10, 13), inner.y1 - inner.y0);
  return {
    rect: {
      x0: Math.round(cx - length / 2),
      y0: Math.round(cy - depth / 2),
      x1: Math.round(cx - length / 2) + length,
      y1: Math.round(cy - depth / 2) + depth,
    },
    floors: baseFloors,
    kind: 'slab',
  };
}
