// A ToolHost over plain rows and a linear fake projection (1 px = 1e-5°, y down), as Terra Draw tests its
// modes: no map, no DOM. Commits are applied to the rows like the store's mirror does, and recorded.

import { buildIndexes } from '../../../renderer/src/map/geo/indexes';
import type { FeatureRows } from '../../../renderer/src/map/geo/sharedVertices';
import type { Px } from '../../../renderer/src/map/geo/snap';
import { newPipeline, newTree } from '../../../renderer/src/map/tools/pipeRows';
import type { Cursor, FeatureRef, Overlay, ToolHost, ToolPointer } from '../../../renderer/src/map/tools/types';
import type { Change } from '../../../shared/model/change';
import { defaultBuilding, defaultCompound } from '../../../shared/model/defaults';
import type { Polygon, Position } from '../../../shared/model/geometry';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../shared/model/settings';
import type { Building, Compound, Pipeline, Road, SiteArea, Tree } from '../../../shared/model/tables';

export const ORIGIN: Position = [106.2, 27.4];
export const DEG_PER_PX = 1e-5;

export const fakeProjection = {
  project: (p: Position): Px => [(p[0] - ORIGIN[0]) / DEG_PER_PX, (ORIGIN[1] - p[1]) / DEG_PER_PX],
  unproject: (px: Px): Position => [ORIGIN[0] + px[0] * DEG_PER_PX, ORIGIN[1] - px[1] * DEG_PER_PX],
};

/** A lon/lat position from screen px of the fake projection. */
export const at = (x: number, y: number): Position => fakeProjection.unproject([x, y]);

/** An axis-aligned rectangle given in fake-screen px (x0,y0 top-left). */
export function rectPx(x0: number, y0: number, x1: number, y1: number): Polygon {
  return { type: 'Polygon', coordinates: [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]] };
}

let n = 0;
export const uuid = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

export function compound(geometry: Polygon, extra: Partial<Compound> = {}): Compound {
  return {
    ...defaultCompound(uuid(), geometry),
    name: '测试小区',
    build_year: 1990,
    consent_ratio: 0.8, // above the default 2/3 threshold, so the fixture is eligible
    ...extra,
  };
}

export function building(geometry: Polygon, compoundId: string | null, extra: Partial<Building> = {}): Building {
  return { ...defaultBuilding(uuid(), geometry), compound_id: compoundId, name: '1#', ...extra };
}

export function pointerAt(x: number, y: number, mods: Partial<ToolPointer> = {}): ToolPointer {
  return { px: [x, y], lngLat: at(x, y), shift: false, alt: false, button: 0, ...mods };
}

/** A pipeline through the given fake-screen points (water supply, DN 200 unless overridden). */
export function pipeline(points: [number, number][], extra: Partial<Pipeline> = {}): Pipeline {
  const row = newPipeline(
    uuid(),
    'water_supply',
    { type: 'LineString', coordinates: points.map(([x, y]) => at(x, y)) },
    null,
  );
  return { ...row, ...extra };
}

/** A tree at a fake-screen point (crown 3 m unless overridden). */
export function tree(x: number, y: number, extra: Partial<Tree> = {}): Tree {
  return { ...newTree(uuid(), at(x, y), null), ...extra };
}

type FullRows = Required<FeatureRows>;

export interface FakeHost extends ToolHost {
  state: FullRows & { selection: FeatureRef[]; snapping: boolean; revision: number };
  commits: Change[];
  errors: string[];
  overlays: Overlay[];
  cursors: Cursor[];
  overlaps: { saved: Compound; overlapped: Compound[] }[];
  /** Makes the next commit fail (as a backend refusal would). */
  refuseNext: boolean;
}

export function fakeHost(
  compounds: Compound[] = [],
  buildings: Building[] = [],
  pipelines: Pipeline[] = [],
  trees: Tree[] = [],
  context: { roads?: Road[]; site_areas?: SiteArea[] } = {},
): FakeHost {
  const host: FakeHost = {
    state: {
      compounds: Object.fromEntries(compounds.map((c) => [c.id, c])),
      buildings: Object.fromEntries(buildings.map((b) => [b.id, b])),
      pipelines: Object.fromEntries(pipelines.map((p) => [p.id, p])),
      trees: Object.fromEntries(trees.map((t) => [t.id, t])),
      roads: Object.fromEntries((context.roads ?? []).map((r) => [r.id, r])),
      site_areas: Object.fromEntries((context.site_areas ?? []).map((a) => [a.id, a])),
      selection: [],
      snapping: true,
      revision: 0,
    },
    commits: [],
    errors: [],
    overlays: [],
    cursors: [],
    overlaps: [],
    refuseNext: false,
    map: {
      ...fakeProjection,
      setCursor: (c) => host.cursors.push(c),
      render: (o) => host.overlays.push(o),
    },
    rows: () => host.state,
    settings: (): ProjectSettings => DEFAULT_SETTINGS,
    selection: () => host.state.selection,
    setSelection: (s) => {
      host.state.selection = s;
    },
    snapping: () => host.state.snapping,
    snapIndex: () => buildIndexes(host.state, { compounds: true, buildings: true }).snap,
    hitIndex: () => buildIndexes(host.state, { compounds: true, buildings: true }).hit,
    lineIndex: () => buildIndexes(host.state, { compounds: true, buildings: true }).lines,
    async commit(change) {
      if (host.refuseNext) {
        host.refuseNext = false;
        host.errors.push('refused');
        return false;
      }
      host.commits.push(change);
      const compounds = { ...host.state.compounds };
      const buildings = { ...host.state.buildings };
      const pipelines = { ...host.state.pipelines };
      const trees = { ...host.state.trees };
      const roads = { ...host.state.roads };
      const site_areas = { ...host.state.site_areas };
      for (const op of change.ops) {
        if (op.table === 'roads') {
          if (op.op === 'put') roads[op.row.id] = op.row;
          else delete roads[op.id];
        } else if (op.table === 'site_areas') {
          if (op.op === 'put') site_areas[op.row.id] = op.row;
          else delete site_areas[op.id];
        }
        if (op.op === 'put' && op.table === 'compounds') compounds[op.row.id] = op.row;
        else if (op.op === 'put' && op.table === 'buildings') buildings[op.row.id] = op.row;
        else if (op.op === 'put' && op.table === 'pipelines') pipelines[op.row.id] = op.row;
        else if (op.op === 'put' && op.table === 'trees') trees[op.row.id] = op.row;
        else if (op.op === 'delete' && op.table === 'pipelines') delete pipelines[op.id];
        else if (op.op === 'delete' && op.table === 'trees') delete trees[op.id];
      }
      host.state = {
        ...host.state,
        compounds,
        buildings,
        pipelines,
        trees,
        roads,
        site_areas,
        revision: host.state.revision + 1,
      };
      return true;
    },
    error: (text) => host.errors.push(text),
    compoundOverlaps: (saved, overlapped) => host.overlaps.push({ saved, overlapped }),
    newId: uuid,
  };
  return host;
}

/** Lets pending commits (async) settle. */
export const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export const lastOverlay = (h: FakeHost): Overlay => h.overlays[h.overlays.length - 1] ?? {};
