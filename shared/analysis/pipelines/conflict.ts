import Flatbush from 'flatbush';
import type { MetricFrame } from '../../geo/crs';
import { pointInRings } from '../../geo/ring';
import type { Position } from '../../model/geometry';
import type { Confidence, ConflictParty, ConflictRule, PipeConflict } from '../../model/pipelines';
import type { Building, Compound, Tree } from '../../model/tables';
import { metric } from '../../model/units';
import { STANDARD } from '../../standards/gb50289/index';
import type { PipeGeom } from './network';
import type { XY } from './segment-math';

// Turning a finding (metric) into a PipeConflict: parties, rounding to 1 mm, lon/lat location, and the compound
// containing the location (else the pipe's own compound) with its package.

export const EPS = 1e-6; // metres: exactly at the clearance is not a conflict, 1 µm less is

export const roundMm = (m: number): number => Math.round(m * 1000) / 1000;
/** Metric 5 m cell of a location, for keys of rules that can occur several times for one pair. */
export const cellSuffix = (p: XY): string => `@${Math.round(p[0] / 5)},${Math.round(p[1] / 5)}`;

export const pipeParty = (g: PipeGeom): ConflictParty => ({
  table: 'pipelines',
  id: g.pipe.id,
  code: g.pipe.code,
  type: g.pipe.type,
});
export const buildingParty = (b: Building): ConflictParty => ({
  table: 'buildings',
  id: b.id,
  code: b.name,
  type: 'building',
});
export const treeParty = (t: Tree): ConflictParty => ({ table: 'trees', id: t.id, code: t.species, type: 'tree' });

export interface Finding {
  rule: ConflictRule;
  a: PipeGeom;
  b: ConflictParty | null;
  /** Appended to the key (a location cell) when the rule can occur several times for one pair. */
  keySuffix?: string;
  measured: number | null;
  required: number | null;
  length: number | null;
  clause: string;
  confidence: Confidence;
  at: XY;
  standard?: string;
}

export type Conflictor = (f: Finding) => PipeConflict;

export function makeConflictor(
  compounds: readonly Compound[],
  frame: MetricFrame,
  packageOf: (compoundId: string) => string | null,
): Conflictor {
  const rings = compounds.map((c) => c.geometry.coordinates.map((r) => frame.ringToMetric(r)));
  const tree = new Flatbush(Math.max(1, compounds.length));
  for (const rs of rings) {
    const outer = rs[0] ?? [];
    const xs = outer.map((p) => p[0]);
    const ys = outer.map((p) => p[1]);
    tree.add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  }
  if (compounds.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  const compoundAt = (p: XY): string | null => {
    const hits = compounds.length ? tree.search(p[0], p[1], p[0], p[1]).sort((x, y) => x - y) : [];
    const pos: Position = [p[0], p[1]];
    for (const i of hits) if (pointInRings(pos, rings[i] as Position[][])) return (compounds[i] as Compound).id;
    return null;
  };
  return (f) => {
    const compound_id = compoundAt(f.at) ?? f.a.pipe.compound_id;
    const ll = frame.toLngLat(metric(f.at[0], f.at[1]));
    const b = f.b;
    return {
      key: `${f.rule}:${f.a.pipe.id}:${b?.id ?? ''}${f.keySuffix ?? ''}`,
      rule: f.rule,
      a: pipeParty(f.a),
      b,
      measured_m: f.measured === null ? null : roundMm(f.measured),
      required_m: f.required === null ? null : roundMm(f.required),
      length_m: f.length === null ? null : roundMm(f.length),
      standard: f.standard ?? STANDARD,
      clause: f.clause,
      confidence: f.confidence,
      location: [Math.round(ll[0] * 1e9) / 1e9, Math.round(ll[1] * 1e9) / 1e9],
      compound_id,
      package_id: compound_id ? packageOf(compound_id) : f.a.pipe.package_id,
    };
  };
}
