import type { PathD, PathsD } from 'clipper2-ts';
import { ARC_TOLERANCE_M } from './clipper';

// Offsets built by hand where Clipper's own would do more than the leftover engine needs (issue 4 §2):
// - outsetConvex: a convex ring grown with CIRCUMSCRIBED round corners, so it contains the exact offset; its edges
//   are the ring's edges shifted out, so shifting them back lands on the ring itself;
// - rawOffset: an outward offset without the cleaning union, read with the Positive fill rule by the next boolean.

/** A mitre that reaches no farther than this (m) beyond the round join is not reported as excess. */
const EXCESS_M = 0.005;

/**
 * A convex counter-clockwise ring grown by d > 0 with round corners drawn OUTSIDE the arc: each edge shifted out along
 * its normal; at each vertex the turn is split into steps, and the new vertices are where consecutive tangents to the
 * vertex's circle of radius d meet (within `arcTolerance` outside the circle). The result contains every point within
 * d of the ring, and offsetting its concave-side tangents back by d gives the ring's vertices again: the eroded land
 * of the opening grows back onto the obstacle exactly (land.ts).
 */
export function outsetConvex(path: PathD, d: number, arcTolerance = ARC_TOLERANCE_M): PathD {
  const out: PathD = [];
  const n = path.length;
  // A tangent polygon of the circle with steps β lies within d(1/cos(β/2) − 1) outside it.
  const maxStep = 2 * Math.acos(d / (d + arcTolerance));
  const cosMax = Math.cos(maxStep);
  let v = path[0] as { x: number; y: number };
  const last = path[n - 1] as { x: number; y: number };
  let kx = v.y - last.y;
  let ky = last.x - v.x;
  const kl = Math.sqrt(kx * kx + ky * ky);
  if (kl > 0) [kx, ky] = [kx / kl, ky / kl];
  for (let i = 0; i < n; i++) {
    const next = path[(i + 1) % n] as { x: number; y: number };
    // Unit outward normal (right-hand side) of the edge v → next; [0, 0] when they coincide.
    let jx = next.y - v.y;
    let jy = v.x - next.x;
    const jl = Math.sqrt(jx * jx + jy * jy);
    if (jl > 0) {
      jx /= jl;
      jy /= jl;
    }
    const cos = kx * jx + ky * jy;
    const sin = kx * jy - ky * jx;
    if (kx === 0 && ky === 0) {
      // a repeated vertex: its neighbours' corners cover it
    } else if (cos >= cosMax && sin >= 0) {
      // One step (nearly every corner of an arc): the mitre, where the two shifted edges meet.
      if (sin > 1e-12 || cos < 1) {
        const q = d / (1 + cos);
        out.push({ x: v.x + (kx + jx) * q, y: v.y + (ky + jy) * q });
      }
    } else {
      const turn = Math.atan2(sin, cos);
      const steps = Math.max(1, Math.ceil(turn / maxStep));
      const beta = turn / steps;
      const reach = d / Math.cos(beta / 2);
      const a0 = Math.atan2(ky, kx);
      for (let k = 0; k < steps; k++) {
        const a = a0 + (k + 0.5) * beta;
        out.push({ x: v.x + reach * Math.cos(a), y: v.y + reach * Math.sin(a) });
      }
    }
    v = next;
    if (jl > 0) {
      kx = jx;
      ky = jy;
    }
  }
  return out;
}

/**
 * The raw outward offset of oriented rings (outer counter-clockwise, holes clockwise) by d > 0, WITHOUT the union
 * that cleans it: each edge shifted out along its normal; convex corners joined by a mitre (squared off beyond
 * Clipper's default limit of 2·d, i.e. turns sharper than 120°) or by an arc within `arcTolerance`; concave corners
 * by the two shifted ends with the vertex between them, which winds the overlap negatively. Read with the Positive
 * fill rule (booleanTree 'positive'), these paths are exactly the grown region, so the union Clipper's own offset
 * runs can be folded into the next boolean (one sweep instead of two).
 * `excess`, when given, collects what the mitred and squared joins add beyond the round ones (a convex polygon per
 * corner): the only parts of the result farther than d from `paths` (leftoverLand checks them against obstacles).
 */
export function rawOffset(
  paths: PathsD,
  d: number,
  join: 'round' | 'miter',
  arcTolerance = ARC_TOLERANCE_M,
  excess?: PathsD,
): PathsD {
  const out: PathsD = [];
  const step = 2 * Math.acos(Math.max(-1, 1 - arcTolerance / d));
  for (const path of paths) {
    const n = path.length;
    if (n < 3) continue;
    // Unit outward normals of edge i (from vertex i to i + 1): the right-hand side of the ring's direction.
    const nx = new Float64Array(n);
    const ny = new Float64Array(n);
    const len = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const a = path[i] as { x: number; y: number };
      const b = path[(i + 1) % n] as { x: number; y: number };
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const l = Math.sqrt(dx * dx + dy * dy); // (Math.hypot is several times slower)
      len[i] = l;
      if (l > 0) {
        nx[i] = dy / l;
        ny[i] = -dx / l;
      }
    }
    const ring: PathD = [];
    for (let j = 0; j < n; j++) {
      const k = (j + n - 1) % n; // incoming edge
      const v = path[j] as { x: number; y: number };
      const kx = nx[k] as number;
      const ky = ny[k] as number;
      const jx = nx[j] as number;
      const jy = ny[j] as number;
      if ((kx === 0 && ky === 0) || (jx === 0 && jy === 0)) {
        // A repeated vertex: its zero-length edge has no normal; the neighbours' joins cover it.
        if (!(jx === 0 && jy === 0)) ring.push({ x: v.x + d * jx, y: v.y + d * jy });
        continue;
      }
      const sin = kx * jy - ky * jx; // > 0: the ring turns left here (convex for an outer ring)
      const cos = kx * jx + ky * jy;
      if (cos > -0.999 && sin < 0) {
        // Concave: where the two shifted edges cross within the first half of each, that crossing is the outline
        // (the loop the three-point join would add is wholly negative); a gentle bend along an arc is the usual case,
        // and dropping its loop spares the next sweep one self-intersection per vertex.
        const trim = (d * -sin) / (1 + cos); // distance from the vertex to the crossing along either edge: d·tan(θ/2)
        if (trim <= 0.5 * Math.min(len[k] as number, len[j] as number)) {
          const q = d / (1 + cos);
          ring.push({ x: v.x + (kx + jx) * q, y: v.y + (ky + jy) * q });
        } else
          ring.push({ x: v.x + d * kx, y: v.y + d * ky }, { x: v.x, y: v.y }, { x: v.x + d * jx, y: v.y + d * jy });
      } else if (join === 'miter' || cos > 0.999) {
        if (cos > -0.5) {
          const q = d / (1 + cos);
          const tip = { x: v.x + (kx + jx) * q, y: v.y + (ky + jy) * q };
          ring.push(tip);
          // The mitre reaches d/cos(θ/2) from the vertex: beyond the round join by more than EXCESS_M, it is kept.
          if (excess && d * Math.SQRT2 * (1 / Math.sqrt(1 + cos) - 1 / Math.SQRT2) > EXCESS_M)
            excess.push([{ x: v.x + d * kx, y: v.y + d * ky }, tip, { x: v.x + d * jx, y: v.y + d * jy }]);
        } else {
          // Squared: cut the mitre by the line at distance d from the vertex, across the bisector u.
          let ux = kx + jx;
          let uy = ky + jy;
          const ul = Math.hypot(ux, uy);
          if (ul < 1e-12) [ux, uy] = [-ky, kx];
          else [ux, uy] = [ux / ul, uy / ul];
          const px = -uy;
          const py = ux;
          // The cut line meets the shifted incoming edge, then the shifted outgoing one.
          const cut: PathD = [];
          for (const [mx, my] of [
            [kx, ky],
            [jx, jy],
          ] as const) {
            const dot = px * mx + py * my;
            const t = Math.abs(dot) < 1e-12 ? 0 : (d * (1 - (ux * mx + uy * my))) / dot;
            cut.push({ x: v.x + d * ux + t * px, y: v.y + d * uy + t * py });
          }
          ring.push(...cut);
          excess?.push([{ x: v.x + d * kx, y: v.y + d * ky }, ...cut, { x: v.x + d * jx, y: v.y + d * jy }]);
        }
      } else {
        const a0 = Math.atan2(ky, kx);
        const turn = Math.atan2(sin, cos);
        const steps = Math.max(1, Math.ceil(turn / step));
        for (let s = 0; s <= steps; s++) {
          const a = a0 + (turn * s) / steps;
          ring.push({ x: v.x + d * Math.cos(a), y: v.y + d * Math.sin(a) });
        }
      }
    }
    out.push(ring);
  }
  return out;
}
