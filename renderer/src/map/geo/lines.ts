// Hit testing and shared-vertex edits for pipelines (lines) and trees (points). Like hitTest.ts it works from the
// rows, not rendered tiles; distances are in screen pixels because the tolerance is what the user sees. A
// flatbush over the items' bboxes keeps a click from measuring every pipe.
import Flatbush from 'flatbush';
import type { LineString, Position } from '../../../../shared/model/geometry';
import type { Pipeline, Road, Tree } from '../../../../shared/model/tables';
import { type BBox, extend, SAME_VERTEX_EPS, samePosition } from './ring';
import type { Projection, Px } from './snap';

/** A click within this many pixels of a pipe picks it (issue 5). */
export const LINE_PICK_PX = 6;
/** A tree whose crown is drawn smaller than this (px) is picked within this radius of its trunk. */
export const TREE_PICK_PX = 3;
/** Metres per degree of latitude (crown radii are turned into a screen distance through it). */
const METRES_PER_DEG_LAT = 111_320;

export interface LineItem {
  table: 'pipelines' | 'trees' | 'roads';
  id: string;
  /** A pipe's or road's vertices, or the tree's trunk as a single position. */
  coords: readonly Position[];
  /** Trees: crown radius in metres (a click inside the crown picks the tree); roads: half their width; 0 for pipes. */
  radiusM: number;
}

export interface LineIndex {
  items: LineItem[];
  tree: Flatbush | null;
}

export function lineItems(
  pipelines: Record<string, Pipeline> = {},
  trees: Record<string, Tree> = {},
  roads: Record<string, Road> = {},
): LineItem[] {
  const items: LineItem[] = [];
  // Roads first: a pipe under a road is found before it (later items win ties in lineItemAt only when nearer).
  for (const r of Object.values(roads))
    items.push({ table: 'roads', id: r.id, coords: r.geometry.coordinates, radiusM: r.width_m / 2 });
  for (const p of Object.values(pipelines))
    items.push({ table: 'pipelines', id: p.id, coords: p.geometry.coordinates, radiusM: 0 });
  for (const t of Object.values(trees))
    items.push({ table: 'trees', id: t.id, coords: [t.geometry.coordinates], radiusM: t.crown_radius_m });
  return items;
}

export function buildLineIndex(items: LineItem[]): LineIndex {
  if (items.length === 0) return { items, tree: null };
  const tree = new Flatbush(items.length);
  for (const item of items) {
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of item.coords) extend(box, p);
    // Trees reach as far as their crown (degrees of latitude overstate longitude reach: harmless for a bbox).
    const pad = item.radiusM / METRES_PER_DEG_LAT / 0.5;
    tree.add(box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad);
  }
  tree.finish();
  return { items, tree };
}

/**
 * Added to an item's distance when items compete for a click. Pipes are drawn above roads: a pipe within 5 px beats
 * the road surface it runs under, and a road is still picked anywhere on its surface (up to 1 px past its edge).
 */
const PICK_BIAS_PX: Record<LineItem['table'], number> = { pipelines: 0, trees: 0.5, roads: LINE_PICK_PX - 1 };

/** Pixel distance from p to segment a–b. */
export function segmentDistancePx(a: Px, b: Px, p: Px): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

/** Screen distance from the pointer to an item; for a tree, 0 inside its crown and infinite outside. */
function distancePx(item: LineItem, pointer: Px, projection: Projection): number {
  const first = item.coords[0] as Position;
  if (item.table === 'trees') {
    const trunk = projection.project(first);
    const edge = projection.project([first[0], first[1] + item.radiusM / METRES_PER_DEG_LAT]);
    const crownPx = Math.hypot(edge[0] - trunk[0], edge[1] - trunk[1]);
    // Only the drawn crown picks a tree (at least TREE_PICK_PX round its trunk): at district scale compounds are
    // full of trees, and a click on a compound's open ground must still reach the compound.
    const reach = Math.max(crownPx, TREE_PICK_PX);
    const d = Math.hypot(trunk[0] - pointer[0], trunk[1] - pointer[1]);
    return d <= reach ? 0 : Number.POSITIVE_INFINITY;
  }
  let best = Infinity;
  let prev = projection.project(first);
  for (let i = 1; i < item.coords.length; i++) {
    const next = projection.project(item.coords[i] as Position);
    best = Math.min(best, segmentDistancePx(prev, next, pointer));
    prev = next;
  }
  if (item.table !== 'roads') return best;
  // A road is drawn at its true width: anywhere on its surface picks it (as near as its centre line).
  const start = projection.project(first);
  const edge = projection.project([first[0], first[1] + item.radiusM / METRES_PER_DEG_LAT]);
  return Math.max(0, best - Math.hypot(edge[0] - start[0], edge[1] - start[1]));
}

/** The pipe or tree nearest the pointer within `tolerancePx` (pipes win ties: they sit above the trees). */
export function lineItemAt(
  index: LineIndex,
  pointer: Px,
  projection: Projection,
  tolerancePx = LINE_PICK_PX,
): LineItem | null {
  if (!index.tree) return null;
  const a = projection.unproject([pointer[0] - tolerancePx, pointer[1] - tolerancePx]);
  const b = projection.unproject([pointer[0] + tolerancePx, pointer[1] + tolerancePx]);
  const hits = index.tree.search(
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
  );
  let best: { item: LineItem; d: number } | null = null;
  for (const i of hits) {
    const item = index.items[i] as LineItem;
    const d = distancePx(item, pointer, projection) + PICK_BIAS_PX[item.table];
    if (d <= tolerancePx && (!best || d < best.d)) best = { item, d };
  }
  return best?.item ?? null;
}

/** Items with a vertex (or trunk) inside the box. */
export function lineItemsInBox(index: LineIndex, box: BBox): LineItem[] {
  if (!index.tree) return [];
  return index.tree
    .search(box[0], box[1], box[2], box[3])
    .map((i) => index.items[i] as LineItem)
    .filter((item) => item.coords.some((p) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3]));
}

/**
 * Every line (pipeline, or road) with a vertex at `from`, that vertex moved to `to`: dragging a pipe's endpoint drags
 * the joint with every pipe that meets it there, so a network stays connected. Unchanged lines are not returned.
 */
export function movePipelineVertex<R extends { geometry: LineString }>(
  pipelines: Record<string, R>,
  from: Position,
  to: Position,
  eps = SAME_VERTEX_EPS,
): R[] {
  const out: R[] = [];
  for (const p of Object.values(pipelines)) {
    if (!p.geometry.coordinates.some((q) => samePosition(q, from, eps))) continue;
    const coordinates = p.geometry.coordinates.map((q): Position => (samePosition(q, from, eps) ? [to[0], to[1]] : q));
    out.push({ ...p, geometry: { type: 'LineString', coordinates } });
  }
  return out;
}

/** The line with a vertex inserted after index `after`. */
export function withLineVertex(line: LineString, after: number, pos: Position): LineString {
  const coordinates = [...line.coordinates];
  coordinates.splice(after + 1, 0, pos);
  return { type: 'LineString', coordinates };
}
