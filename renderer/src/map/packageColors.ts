// Colours of the package layer: greedy colouring in id order, each package taking the first palette colour
// none of its already-coloured neighbours (boundaries within a small margin) has. Few packages (tens to a few
// hundred), so the all-pairs bbox check is cheap. Stable: the same packages with the same neighbours get the
// same colours, so an edit inside one package does not recolour the others.
import type { Package } from '../../../shared/model/tables';
import { PACKAGE_COLORS } from './palette';

type Box = [number, number, number, number];
/** Neighbour margin in degrees (~400 m): packages a few compounds apart still read as different colours. */
const MARGIN_DEG = 0.004;

function boxOf(p: Package): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of p.geometry.coordinates)
    for (const q of poly[0] ?? []) {
      b[0] = Math.min(b[0], q[0]);
      b[1] = Math.min(b[1], q[1]);
      b[2] = Math.max(b[2], q[0]);
      b[3] = Math.max(b[3], q[1]);
    }
  return b;
}

const near = (a: Box, b: Box): boolean =>
  a[0] - MARGIN_DEG <= b[2] && b[0] - MARGIN_DEG <= a[2] && a[1] - MARGIN_DEG <= b[3] && b[1] - MARGIN_DEG <= a[3];

/** Palette index per package id. */
export function assignPackageColors(packages: Readonly<Record<string, Package>>): Map<string, number> {
  const list = Object.values(packages).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const boxes = list.map(boxOf);
  const colors = new Map<string, number>();
  list.forEach((p, i) => {
    const used = new Set<number>();
    for (let j = 0; j < i; j++)
      if (near(boxes[i] as Box, boxes[j] as Box)) used.add(colors.get(list[j]?.id ?? '') ?? -1);
    let c = 0;
    while (used.has(c) && c < PACKAGE_COLORS.length - 1) c++;
    // More neighbours than colours: fall back to the least-used-looking choice, the id's own slot.
    colors.set(p.id, used.has(c) ? i % PACKAGE_COLORS.length : c);
  });
  return colors;
}

/** true when every package present in both maps kept its colour. */
export function sameColors(before: Map<string, number>, after: Map<string, number>): boolean {
  for (const [id, c] of after) if (before.has(id) && before.get(id) !== c) return false;
  return true;
}
