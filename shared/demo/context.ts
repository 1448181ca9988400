import type { Position } from '../model/geometry';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Building, Road, SiteArea } from '../model/tables';
import { compoundAreas } from './context-areas';
import { compoundRoads } from './context-roads';
import { rectRing } from './context-space';
import type { DistrictLayout } from './district';
import { createRng } from './prng';

// The demo district's site context (issue 4 §1): roads and fire lanes, fire-engine operating areas, green areas and
// illegal structures in every compound. It draws from its own PRNG stream (0x5eed0001, kept for roads since the
// demo began), so adding it leaves every earlier row identical (the demo hash tests pin that).

export const CONTEXT_STREAM = 0x5eed0001;

export function demoContext(
  seed: number,
  layout: DistrictLayout,
  compoundIds: readonly string[],
  buildings: readonly Building[],
  toLngLat: (p: Position) => Position,
): { roads: Road[]; site_areas: SiteArea[] } {
  const rng = createRng(seed ^ CONTEXT_STREAM);
  // Buildings were generated compound by compound in footprint order: the i-th row of a compound is its i-th footprint.
  const heights = new Map<string, number[]>();
  for (const b of buildings) {
    const list = heights.get(b.compound_id ?? '') ?? [];
    list.push(b.height_m ?? b.floors * DEFAULT_SETTINGS.storey_height_m);
    heights.set(b.compound_id ?? '', list);
  }
  const roads: Road[] = [];
  const site_areas: SiteArea[] = [];
  layout.compounds.forEach((c, ci) => {
    const compound_id = compoundIds[ci] ?? null;
    const local = compoundRoads(rng, c);
    for (const r of local)
      roads.push({
        id: rng.uuid(),
        name: r.name,
        kind: r.kind,
        width_m: r.width_m,
        compound_id,
        geometry: { type: 'LineString', coordinates: r.path.map(toLngLat) },
      });
    const rects = local.map((r) => r.rect);
    const own = heights.get(compound_id ?? '') ?? [];
    for (const a of compoundAreas(rng, c, rects, own, DEFAULT_SETTINGS.high_rise_height_m))
      site_areas.push({
        id: rng.uuid(),
        kind: a.kind,
        name: a.name,
        keep: a.keep,
        demolish: a.demolish,
        compound_id,
        note: a.note,
        geometry: { type: 'Polygon', coordinates: [rectRing(a.rect).map(toLngLat)] },
      });
  });
  return { roads, site_areas };
}
