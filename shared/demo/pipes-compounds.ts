import type { Position } from '../model/geometry';
import type { PlannedCompound } from './district';
import type { Rect, StreetGrid } from './grid';
import { PIPE_CODE_PREFIX, type PipeFields, pipe } from './pipe-fields';
import { DEMO_DELIBERATE_CONFLICTS, drawConflict } from './pipes-conflicts';
import { type LocalPipe, type LocalTree, mainOf, streetCentre, TREE_SPACING_M } from './pipes-streets';
import type { Rng } from './prng';

// The demo's pipes and trees inside compounds, in local metres: existing service lines (入户管) from the street
// mains, new pipes in a few compounds, compound trees, and the deliberate conflicts (pipes-conflicts.ts), each
// in a compound of its own. Compounds are taken in a shuffled order, each for one purpose only.

/**
 * A new pipe joins its main 5 cm off the main's centre line, inside its wall: it touches the main (connected)
 * without crossing it, also after the lon/lat rounding (1e-8° ≈ 1 mm) moves the end point.
 */
const JOIN_M = 0.05;

/** The compound's south-most building (the east-most of that row): conflicts are drawn just south of it. */
const anchorBuilding = (c: PlannedCompound): Rect | null => {
  let best: Rect | null = null;
  for (const f of c.footprints)
    if (!best || f.rect.y0 < best.y0 || (f.rect.y0 === best.y0 && f.rect.x1 > best.x1)) best = f.rect;
  return best;
};

/** An x half-way between two street trees, near the middle of the parcel. */
const serviceX = (grid: StreetGrid, r: Rect): number => {
  const x0 = grid.columns[0]?.start ?? 0;
  return x0 + Math.round(((r.x0 + r.x1) / 2 - x0) / TREE_SPACING_M) * TREE_SPACING_M;
};

/** 0 … n−1 in a random order (Fisher–Yates). */
function shuffled(rng: Rng, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

export function compoundPipes(
  rng: Rng,
  grid: StreetGrid,
  compounds: readonly PlannedCompound[],
  ids: readonly string[],
  code: (prefix: string) => string,
): { pipes: LocalPipe[]; trees: LocalTree[] } {
  const pipes: LocalPipe[] = [];
  const trees: LocalTree[] = [];
  const add = (ci: number, fields: PipeFields): void =>
    void pipes.push({
      ...fields,
      id: rng.uuid(),
      code: code(PIPE_CODE_PREFIX[fields.type]),
      municipal: false,
      compound_id: ids[ci] ?? null,
      package_id: null,
    });
  const used = new Set<number>();
  const order = shuffled(rng, compounds.length);
  const take = (ok: (c: PlannedCompound) => boolean): number | null => {
    const i = order.find((ci) => !used.has(ci) && ok(compounds[ci] as PlannedCompound) && anchorOk(ci));
    if (i === undefined) return null;
    used.add(i);
    return i;
  };
  const anchorOk = (ci: number): boolean => anchorBuilding(compounds[ci] as PlannedCompound) !== null;
  // North of a street: the compound's south edge is the street's north edge.
  const streetBelow = (c: PlannedCompound): number | null =>
    c.parcel.rect.y0 === c.parcel.block.rect.y0 ? streetCentre(grid, c.parcel.block.row - 1) : null;
  const streetAbove = (c: PlannedCompound): number | null =>
    c.parcel.rect.y1 === c.parcel.block.rect.y1 ? streetCentre(grid, c.parcel.block.row) : null;

  const water = mainOf('water_supply');
  for (let n = 0; n < 6; n++) {
    const ci = take((c) => streetBelow(c) !== null);
    if (ci === null) break;
    const c = compounds[ci] as PlannedCompound;
    const y = (streetBelow(c) as number) + water.offset_m;
    const x = serviceX(grid, c.parcel.rect);
    const top: Position = [x, c.parcel.rect.y0 + 2];
    // The first four are existing services stopping short of the main; the last two new pipes joining it.
    if (n < 4) add(ci, pipe('water_supply', 'existing', 100, [water.cover_m, water.cover_m], [[x, y + 0.5], top]));
    else add(ci, pipe('water_supply', 'new', 110, [water.cover_m, water.cover_m], [[x, y + JOIN_M], top]));
  }
  const sewer = mainOf('sewer');
  for (let n = 0; n < 3; n++) {
    const ci = take((c) => streetAbove(c) !== null);
    if (ci === null) break;
    const c = compounds[ci] as PlannedCompound;
    const y = (streetAbove(c) as number) + sewer.offset_m;
    const x = serviceX(grid, c.parcel.rect);
    add(
      ci,
      pipe(
        'sewer',
        'existing',
        200,
        [sewer.cover_m, sewer.cover_m],
        [
          [x, y - 0.5],
          [x, c.parcel.rect.y1 - 2],
        ],
      ),
    );
  }
  const inside = take(() => true);
  if (inside !== null) {
    const r = (compounds[inside] as PlannedCompound).parcel.rect;
    add(
      inside,
      pipe(
        'storm',
        'new',
        300,
        [1.2, 1.5],
        [
          [r.x0 + 10, r.y0 + 1.5],
          [r.x1 - 10, r.y0 + 1.5],
        ],
      ),
    );
  }

  for (const rule of DEMO_DELIBERATE_CONFLICTS) {
    const ci = take(() => true);
    if (ci === null) break;
    const c = compounds[ci] as PlannedCompound;
    const drawing = drawConflict(rule, anchorBuilding(c) as Rect, c.parcel.rect);
    for (const fields of drawing.pipes) add(ci, fields);
    for (const at of drawing.trees)
      trees.push({ id: rng.uuid(), species: '香樟', crown_radius_m: 3, compound_id: ids[ci] ?? null, at });
  }

  // Trees in eight compounds without pipes: a row 3 m inside the west edge, clear of buildings (setback ≥ 7 m).
  for (let n = 0; n < 8; n++) {
    const ci = take(() => true);
    if (ci === null) break;
    const r = (compounds[ci] as PlannedCompound).parcel.rect;
    for (let y = r.y0 + 12; y <= r.y1 - 12; y += 15)
      trees.push({
        id: rng.uuid(),
        species: rng.pick(['桂花', '香樟', '银杏', '枇杷']),
        crown_radius_m: Math.round(rng.range(2, 4) * 10) / 10,
        compound_id: ids[ci] ?? null,
        at: [r.x0 + 3, y],
      });
  }
  return { pipes, trees };
}
