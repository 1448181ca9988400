import { Clipper, ClipType, EndType, FillRule, JoinType, type PathsD, PolyTreeD } from 'clipper2-ts';
import type { Position } from '../../shared/model/geometry';
import type { MetricCompound } from '../fixtures/leftover/generate';

// A second reference for the leftover bench: the same steps as leftover-turf.ts, with arcs stepped to 1 mm instead of
// 5 cm, so that its areas are those of true circles to within a few square centimetres per compound. Both the engine
// and Turf draw their arcs inside the circle (a chord polygon), so both find a little more land than there is; this
// says how much, which the comparison of the two with each other cannot.

const ARC_MM = 0.001;
const GRID = 4; // decimal places Clipper keeps: 0.1 mm

export function exactLeftover(
  compounds: readonly MetricCompound[],
  opts: { clearance: number; highClearance: number; fireLaneWidth: number; minAreaM2: number; minWidthM: number },
): number[] {
  const path = (ring: readonly Position[]) => ring.map(([x, y]) => ({ x, y }));
  const grow = (paths: PathsD, d: number, end = EndType.Polygon): PathsD =>
    Clipper.inflatePathsD(paths, d, JoinType.Round, end, 2, GRID, ARC_MM);
  const boolean = (type: ClipType, a: PathsD, b: PathsD): PathsD =>
    Clipper.booleanOpD(type, a, b, FillRule.NonZero, GRID);
  const half = opts.minWidthM / 2;
  return compounds.map((c) => {
    const obstacles: PathsD = c.buildings.flatMap((b) =>
      grow([path(b.ring)], b.high ? opts.highClearance : opts.clearance),
    );
    obstacles.push(...grow([path(c.fireLane)], opts.fireLaneWidth / 2, EndType.Butt));
    const steps = Math.ceil(Math.PI / Math.acos(1 - ARC_MM / c.tree.r));
    obstacles.push(Clipper.ellipseD({ x: c.tree.at[0], y: c.tree.at[1] }, c.tree.r, c.tree.r, steps));
    const land = boolean(ClipType.Difference, [path(c.ring)], obstacles);
    const opened = boolean(ClipType.Intersection, grow(grow(land, -half), half), land);
    const tree = new PolyTreeD();
    Clipper.booleanOpDWithPolyTree(ClipType.Union, opened, [], tree, FillRule.NonZero, GRID);
    let total = 0;
    // Each outer ring less its holes is a piece; islands inside holes are pieces of their own.
    const walk = (node: PolyTreeD | ReturnType<PolyTreeD['child']>): void => {
      for (let i = 0; i < node.count; i++) {
        const outer = node.child(i);
        let area = Math.abs(Clipper.areaD(outer.poly ?? []));
        for (let h = 0; h < outer.count; h++) {
          area -= Math.abs(Clipper.areaD(outer.child(h).poly ?? []));
          walk(outer.child(h));
        }
        if (area >= opts.minAreaM2) total += area;
      }
    };
    walk(tree);
    return total;
  });
}
