import type { FeatureSet } from '../../../shared/api';
import type { Position } from '../../../shared/model/geometry';
import type { MapLabel, MapSpec } from './mapImage';
import type { ReportSource } from './mapStyle';
import type { Paper } from './paper';

// The three kinds of map a dossier prints, as MapSpecs: the location map (the package in its district), the package
// map (its compounds labelled) and one map per compound (that compound highlighted among its neighbours).

type Bounds = [number, number, number, number];
type Feature = GeoJSON.Feature<GeoJSON.Geometry, Record<string, unknown>>;

const fc = (features: Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
const feature = (geometry: GeoJSON.Geometry, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});

function extend(b: Bounds, positions: Iterable<Position>): Bounds {
  let [w, s, e, n] = b;
  for (const [x, y] of positions) {
    if (x === undefined || y === undefined) continue;
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}
const EMPTY: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
const ringsBounds = (rings: Position[][]): Bounds => rings.reduce((b, r) => extend(b, r), EMPTY);

/** Area centroid of a ring (lon/lat are fine at compound size); the bbox centre for a degenerate ring. */
export function ringCentroid(ring: Position[]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-18) {
    const [w, s, e, n] = extend(EMPTY, ring);
    return [(w + e) / 2, (s + n) / 2];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** Grows bounds so that the box keeps the figure's aspect ratio and a minimum extent (a tiny compound). */
function padBounds(b: Bounds, minMetres: number): Bounds {
  const [w, s, e, n] = b;
  const lat = (s + n) / 2;
  const mPerDegLat = 111_320;
  const mPerDegLon = mPerDegLat * Math.cos((lat * Math.PI) / 180);
  const halfW = Math.max((e - w) / 2, minMetres / 2 / mPerDegLon);
  const halfH = Math.max((n - s) / 2, minMetres / 2 / mPerDegLat);
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

interface Context {
  rows: FeatureSet;
  memberIds: Set<string>;
}

/** Every source of the report's maps, loaded once: features carry their row id (feature state sets their role). */
export function reportData(ctx: Context): Record<ReportSource, GeoJSON.FeatureCollection> {
  const { rows, memberIds } = ctx;
  const ofMembers = <R extends { compound_id: string | null }>(list: R[]) =>
    list.filter((r) => r.compound_id !== null && memberIds.has(r.compound_id));
  return {
    compounds: fc(rows.compounds.map((c) => feature(c.geometry, { id: c.id }))),
    buildings: fc(rows.buildings.map((b) => feature(b.geometry, { id: b.id }))),
    roads: fc(rows.roads.map((r) => feature(r.geometry, { id: r.id, width_m: r.width_m }))),
    green: fc(rows.site_areas.filter((a) => a.kind === 'green').map((a) => feature(a.geometry, { id: a.id }))),
    leftover: fc(ofMembers(rows.leftover_pieces).map((p) => feature(p.geometry, { id: p.id }))),
    facilities: fc(ofMembers(rows.facilities).map((f) => feature(f.geometry, { id: f.id }))),
    pipelines: fc(
      ofMembers(rows.pipelines)
        .filter((p) => p.status !== 'abandon')
        .map((p) => feature(p.geometry, { id: p.id, type: p.type })),
    ),
    packages: fc(rows.packages.map((p) => feature(p.geometry, { id: p.id }))),
  };
}

export interface DossierMapSpecs {
  data: Record<ReportSource, GeoJSON.FeatureCollection>;
  /** Latitude of the district (road widths to scale). */
  lat: number;
  location: MapSpec;
  package: MapSpec;
  compounds: Map<string, MapSpec>;
}

/** Figure sizes on the sheet (mm): maps take the body width and a share of its height. */
export function figureSizes(paper: Paper) {
  return {
    location: { w: paper.bodyWidthMm, h: paper.bodyHeightMm * 0.62 },
    package: { w: paper.bodyWidthMm, h: paper.bodyHeightMm * 0.7 },
    compound: { w: paper.bodyWidthMm, h: paper.bodyHeightMm * 0.42 },
  };
}

export function dossierMapSpecs(rows: FeatureSet, packageId: string, paper: Paper): DossierMapSpecs {
  const memberIds = new Set(rows.package_members.filter((m) => m.package_id === packageId).map((m) => m.compound_id));
  const ctx: Context = { rows, memberIds };
  const sizes = figureSizes(paper);
  const members = rows.compounds.filter((c) => memberIds.has(c.id));
  const pkg = rows.packages.find((p) => p.id === packageId);

  const districtBounds = padBounds(ringsBounds(rows.compounds.flatMap((c) => c.geometry.coordinates)), 200);
  const pkgRings = members.flatMap((c) => c.geometry.coordinates);
  const packageBounds = padBounds(
    pkg ? extend(ringsBounds(pkgRings), pkg.geometry.coordinates.flat(2) as Position[]) : ringsBounds(pkgRings),
    120,
  );

  const memberLabel = (strongId: string | null): MapLabel[] =>
    members.map((c) => ({
      text: c.name,
      lngLat: ringCentroid(c.geometry.coordinates[0] ?? []),
      strong: c.id === strongId,
    }));

  const pad = 6;
  const memberRoles = Object.fromEntries([...memberIds].map((id) => [id, 'member']));
  const packageRoles = { [packageId]: 'this' };
  const location: MapSpec = {
    key: 'location',
    widthMm: sizes.location.w,
    heightMm: sizes.location.h,
    bounds: districtBounds,
    paddingMm: pad,
    roles: memberRoles,
    packageRoles,
    detail: false,
    labels: pkg
      ? [{ text: pkg.name, lngLat: ringCentroid(pkg.geometry.coordinates[0]?.[0] ?? pkgRings[0] ?? []), strong: true }]
      : [],
  };
  const packageSpec: MapSpec = {
    key: 'package',
    widthMm: sizes.package.w,
    heightMm: sizes.package.h,
    bounds: packageBounds,
    paddingMm: pad,
    roles: memberRoles,
    packageRoles,
    detail: true,
    labels: memberLabel(null),
  };
  const compounds = new Map<string, MapSpec>();
  for (const c of members) {
    const b = padBounds(ringsBounds(c.geometry.coordinates), 80);
    compounds.set(c.id, {
      key: `compound:${c.id}`,
      widthMm: sizes.compound.w,
      heightMm: sizes.compound.h,
      bounds: b,
      paddingMm: pad,
      roles: { ...memberRoles, [c.id]: 'current' },
      packageRoles,
      detail: true,
      labels: [{ text: c.name, lngLat: ringCentroid(c.geometry.coordinates[0] ?? []), strong: true }],
    });
  }
  const [, south, , north] = districtBounds;
  return { data: reportData(ctx), lat: (south + north) / 2, location, package: packageSpec, compounds };
}
