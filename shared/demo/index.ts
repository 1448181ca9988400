import { createMetricFrame, gkZoneEpsg, type MetricFrame } from '../geo/crs';
import type { Position } from '../model/geometry';
import type { ProjectSettings } from '../model/settings';
import type { Building, Compound, CompoundItem, Pipeline, Road, SiteArea, Tree } from '../model/tables';
import { lngLat, metric } from '../model/units';
import { buildingAttributes, consentRatio, surveyedTotals } from './attributes';
import type { Footprint } from './buildings';
import { demoContext } from './context';
import { type DistrictLayout, layoutDistrict } from './district';
import type { Rect } from './grid';
import { communityName, conditionNotes, createCompoundNamer, EXCLUSION_REASONS, subDistrictName } from './names';
import { demoPipes } from './pipes';
import { createRng, type Rng } from './prng';
import { demoSurvey } from './survey';

// The embedded demo district (issue 2 §5): a believable old district near 27.4°N 106.2°E, deterministic for a
// seed. Layout happens in local metres (district.ts); here it is placed in the project's GK zone, converted to
// lon/lat (EPSG:4326, rounded to 1e-8°, exterior rings counter-clockwise) and given its survey attributes.
// Later concerns (roads from layout.grid's bands and street widths, green, trees, pipelines) should draw from
// their own stream, e.g. createRng(seed ^ 0x5eed0001), so adding them leaves these rows identical.

export interface DemoProject {
  settings: Partial<ProjectSettings>;
  compounds: Compound[];
  buildings: Building[];
  /** Item survey lines (issue 3): every compound's basic items, deficient or not; none planned yet. */
  compound_items: CompoundItem[];
  /** Municipal mains, service lines, new pipes and deliberate clearance conflicts (issue 5). */
  pipelines: Pipeline[];
  /** Street trees (行道树) and compound trees. */
  trees: Tree[];
  /** Site context (issue 4 §1): compound roads and fire lanes (centre lines with a width). */
  roads: Road[];
  /** Operating areas, green (some kept) and illegal structures (some to demolish). */
  site_areas: SiteArea[];
}

export const DEMO_CENTRE = { lon: 106.2, lat: 27.4 } as const;
export const DEMO_DEFAULT_SEED = 20_201_231;
export const DEMO_DEFAULT_COMPOUNDS = 80;

/**
 * Generates the demo district. Same options → identical rows (ids included).
 * @example generateDemoDistrict().compounds.length // → 80
 * @example generateDemoDistrict({ compounds: 5000 }) // the benchmark's district (~60,000 buildings)
 */
export function generateDemoDistrict(opts?: { seed?: number; compounds?: number }): DemoProject {
  const seed = opts?.seed ?? DEMO_DEFAULT_SEED;
  const count = Math.max(1, Math.floor(opts?.compounds ?? DEMO_DEFAULT_COMPOUNDS));
  const rng = createRng(seed);
  const layout = layoutDistrict(rng, count);
  const epsg = gkZoneEpsg(DEMO_CENTRE.lon);
  const toLngLat = localToLngLat(layout, createMetricFrame(epsg));
  const place = (ring: Position[]): Compound['geometry'] => ({ type: 'Polygon', coordinates: [ring.map(toLngLat)] });
  const nameCompound = createCompoundNamer(rng);
  const excluded = pickExcluded(rng, layout);
  const compounds: Compound[] = [];
  const buildings: Building[] = [];
  layout.compounds.forEach((planned, ci) => {
    const { profile, parcel } = planned;
    const id = rng.uuid();
    const numbering = rng.chance(0.5) ? '栋' : '号楼';
    const frontRowY = Math.min(...planned.footprints.map((f) => f.rect.y0));
    const rows = planned.footprints.map((f, bi) => {
      const facts = { ...factsOf(f), streetFront: f.rect.y0 === frontRowY };
      const attrs = buildingAttributes(rng, facts, profile, bi, numbering);
      const row: Building = { id: rng.uuid(), compound_id: id, ...attrs, geometry: place(rectRing(f.rect)) };
      buildings.push(row);
      return { households: attrs.households, floorArea: facts.length * facts.depth * facts.floors };
    });
    const reason = excluded.get(ci);
    compounds.push({
      id,
      code: `XQ${String(ci + 1).padStart(3, '0')}`, // no PRNG draw: every other value stays as before
      name: nameCompound(profile.nameKind),
      sub_district: subDistrictName(planned.subDistrict),
      community: communityName(planned.community),
      build_year: profile.buildYear,
      ...surveyedTotals(rng, rows),
      property_type: profile.propertyType,
      management_mode: profile.managementMode,
      consent_ratio: consentRatio(rng),
      excluded: reason !== undefined,
      excluded_reason: reason ?? '',
      condition_notes: conditionNotes(rng),
      geometry: place(parcel.ring),
    });
  });
  return {
    settings: { project_name: '示例片区（南明河片区）', cutoff_year: 2000, metric_epsg: epsg, metric_epsg_auto: true },
    compounds,
    buildings,
    compound_items: demoSurvey(compounds, seed),
    ...demoPipes(
      seed,
      layout,
      compounds.map((c) => c.id),
      toLngLat,
    ),
    ...demoContext(
      seed,
      layout,
      compounds.map((c) => c.id),
      buildings,
      toLngLat,
    ),
  };
}

/** 3–5 compounds (4 % of a large district), chosen among the oldest, are planned for demolition. */
function pickExcluded(rng: Rng, layout: DistrictLayout): Map<number, string> {
  const n = layout.compounds.length;
  const want = n <= 125 ? Math.min(n, rng.int(3, 5)) : Math.round(n * 0.04);
  const old = layout.compounds
    .map((c, i) => ({ i, y: c.profile.buildYear }))
    .filter((c) => c.y !== null && c.y <= 1995);
  const chosen = new Map<number, string>();
  while (chosen.size < Math.min(want, old.length)) {
    const c = rng.pick(old);
    if (!chosen.has(c.i)) chosen.set(c.i, rng.pick(EXCLUSION_REASONS));
  }
  return chosen;
}

const factsOf = (f: Footprint) => ({
  length: f.rect.x1 - f.rect.x0,
  depth: f.rect.y1 - f.rect.y0,
  floors: f.floors,
  kind: f.kind,
});

const rectRing = (r: Rect): Position[] => [
  [r.x0, r.y0],
  [r.x1, r.y0],
  [r.x1, r.y1],
  [r.x0, r.y1],
  [r.x0, r.y0],
];

const round8 = (v: number): number => Math.round(v * 1e8) / 1e8;

/** Local metres → lon/lat, with the district's centre at DEMO_CENTRE (shift in whole metres). */
function localToLngLat(layout: DistrictLayout, frame: MetricFrame): (p: Position) => Position {
  const rows = layout.grid.rows;
  const cols = layout.grid.columns;
  const midX = ((cols[0]?.start ?? 0) + (cols[cols.length - 1]?.end ?? 0)) / 2;
  const midY = ((rows[0]?.start ?? 0) + (rows[rows.length - 1]?.end ?? 0)) / 2;
  const centre = frame.toMetric(lngLat(DEMO_CENTRE.lon, DEMO_CENTRE.lat));
  const dx = Math.round(centre[0] - midX);
  const dy = Math.round(centre[1] - midY);
  return (p) => {
    const ll = frame.toLngLat(metric(p[0] + dx, p[1] + dy));
    return [round8(ll[0]), round8(ll[1])];
  };
}
