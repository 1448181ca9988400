import type { MetricFrame } from '../geo/crs';
import type { FundingByClass, FundingSource, ItemClass } from '../model/funding';
import { ITEM_CLASSES } from '../model/funding';
import type { ProjectSettings } from '../model/settings';
import type { Building, Compound, CompoundItem, Pipeline, RenovationItem } from '../model/tables';
import { isQuantityRuleId } from '../standards/quantity-rules';
import { splitByFunding, zeroByClass } from './funding-split';
import { type SiteContext, type SuggestedQuantities, suggestQuantities } from './suggest';

// Estimates (issue 3 §4). A line's quantity is the entered one, else the geometry's suggestion for the item's
// quantity_rule, else 0; its cost is quantity × the catalog's unit cost. Only planned lines count. A package's
// estimate is the sum of its compounds' and is split across funding sources by the shares of each item class.
// Lines whose item is missing from the catalog (deleted by the designer) cost nothing and are skipped.

export interface EstimateLine {
  item_id: string;
  quantity: number;
  /** true when the quantity is the geometry's suggestion (nothing entered). */
  suggested: boolean;
  unit_cost: number;
  cost: number;
}

export interface CompoundEstimate {
  total: number;
  byClass: Record<ItemClass, number>;
  lines: EstimateLine[];
}

export interface PackageEstimate {
  total: number;
  byClass: Record<ItemClass, number>;
  bySource: Record<FundingSource, number>;
}

export interface CompoundEstimateInput {
  /** The compound's lines (planned or not); only planned ones are costed. */
  lines: readonly CompoundItem[];
  catalog: Readonly<Record<string, RenovationItem>>;
  /** From suggestQuantities; null when the compound has no geometry facts at hand (entered quantities only). */
  suggested: Readonly<SuggestedQuantities> | null;
}

/**
 * Costs one line, or null when it is not planned or its item is not in the catalog.
 * @example estimateLine({ item_id: 'B23', planned: true, quantity: null, … }, catalog.B23, { roof_area: 600, … })
 *   // B23 屋面整修 costs 150 ¥/m² → { item_id: 'B23', quantity: 600, suggested: true, unit_cost: 150, cost: 90000 }
 */
export function estimateLine(
  line: CompoundItem,
  item: RenovationItem | undefined,
  suggested: Readonly<SuggestedQuantities> | null,
): EstimateLine | null {
  if (!line.planned || !item) return null;
  const rule = item.quantity_rule;
  // Proposed facilities (issue 4) first: they are the designer's plan for that item; then the geometry rule.
  const fromFacilities = suggested?.by_item?.[item.id];
  const suggestion =
    fromFacilities !== undefined ? fromFacilities : suggested && isQuantityRuleId(rule) ? suggested[rule] : null;
  const quantity = line.quantity ?? suggestion ?? 0;
  const unit_cost = item.unit_cost_yuan;
  return {
    item_id: line.item_id,
    quantity,
    suggested: line.quantity === null && suggestion !== null,
    unit_cost,
    cost: quantity * unit_cost,
  };
}

/**
 * Estimate of one compound's planned lines, in catalog order.
 * @example compoundEstimate({ lines: [roofLine], catalog, suggested: { roof_area: 600, … } }).total // → 90000
 */
export function compoundEstimate(input: CompoundEstimateInput): CompoundEstimate {
  const byClass = zeroByClass();
  const lines: EstimateLine[] = [];
  for (const line of input.lines) {
    const item = input.catalog[line.item_id];
    const costed = estimateLine(line, item, input.suggested);
    if (!costed || !item) continue;
    lines.push(costed);
    byClass[item.class] += costed.cost;
  }
  lines.sort((a, b) => (input.catalog[a.item_id]?.sort ?? 0) - (input.catalog[b.item_id]?.sort ?? 0));
  return { total: byClass.basic + byClass.improvement + byClass.upgrade, byClass, lines };
}

/**
 * Sum of compound estimates, split by funding source with the shares of each class.
 * @example packageEstimate([{ total: 100, byClass: { basic: 100, improvement: 0, upgrade: 0 }, lines: [] }],
 *   DEFAULT_FUNDING).bySource.central_provincial // → 50
 */
export function packageEstimate(
  compoundEstimates: readonly Pick<CompoundEstimate, 'byClass'>[],
  funding: FundingByClass,
): PackageEstimate {
  const byClass = zeroByClass();
  for (const e of compoundEstimates) for (const k of ITEM_CLASSES) byClass[k] += e.byClass[k];
  return {
    total: byClass.basic + byClass.improvement + byClass.upgrade,
    byClass,
    bySource: splitByFunding(byClass, funding),
  };
}

// Incremental estimates for live views (issue 3 §4, bench target: a 200-compound package re-estimates after one
// quantity change in ≤ 5 ms). The store replaces a row object whenever the row changes and keeps unchanged rows
// as they are, so row identity is the cache key: per compound (WeakMap on the compound row) we keep the rows the
// last result came from; a compound whose lines, buildings, catalog, frame and storey height are all the same
// objects reuses its estimate, and its geometry suggestions survive any change that leaves the compound row and
// its buildings alone (ticking an item or entering a quantity never re-projects geometry).

export interface EstimatorMember {
  compound: Pick<Compound, 'id' | 'households' | 'geometry'>;
  /** This compound's lines (any array; compared element by element). */
  lines: readonly CompoundItem[];
  /** This compound's buildings (any array; compared element by element). */
  buildings: readonly Pick<
    Building,
    'compound_id' | 'floors' | 'height_m' | 'use' | 'entrances' | 'households' | 'has_elevator' | 'geometry'
  >[];
  /** This compound's pipelines (its new routes give the pipe-length quantities); compared element by element. */
  pipelines?: readonly Pick<Pipeline, 'compound_id' | 'type' | 'status' | 'geometry'>[];
  /** This compound's roads, site areas and proposed facilities (road_area, facility quantities; issue 4). */
  roads?: SiteContext['roads'];
  site_areas?: SiteContext['site_areas'];
  facilities?: SiteContext['facilities'];
}

export interface EstimatorContext {
  /** The store's renovation_items record: a new object whenever the catalog changes. */
  catalog: Readonly<Record<string, RenovationItem>>;
  frame: MetricFrame;
  settings: Pick<ProjectSettings, 'storey_height_m'>;
}

export interface Estimator {
  compound(member: EstimatorMember, ctx: EstimatorContext): CompoundEstimate;
  /** Suggested quantities of a member (memoised with its estimate). */
  suggested(member: EstimatorMember, ctx: EstimatorContext): SuggestedQuantities;
  package(members: readonly EstimatorMember[], ctx: EstimatorContext, funding: FundingByClass): PackageEstimate;
}

interface Entry {
  lines: readonly CompoundItem[];
  buildings: readonly object[];
  pipelines: readonly object[];
  context: readonly object[];
  frame: MetricFrame;
  storeyHeight: number;
  suggested: SuggestedQuantities;
  catalog: Readonly<Record<string, RenovationItem>> | null;
  estimate: CompoundEstimate | null;
}

/** The member's context rows in one list (roads, then site areas, then facilities) for the cache comparison. */
const contextRows = (m: EstimatorMember): object[] => [
  ...(m.roads ?? []),
  ...(m.site_areas ?? []),
  ...(m.facilities ?? []),
];

const sameRows = (a: readonly object[], b: readonly object[]): boolean =>
  a.length === b.length && a.every((row, i) => row === b[i]);

/**
 * @example const est = createEstimator();
 *   est.package(members, { catalog: store.renovation_items, frame, settings }, funding).total
 *   // after one line changes, only that compound is re-costed; the others come from the cache
 */
export function createEstimator(): Estimator {
  const cache = new WeakMap<object, Entry>();

  const entryOf = (m: EstimatorMember, ctx: EstimatorContext): Entry => {
    const old = cache.get(m.compound);
    const geometryKept =
      old !== undefined &&
      old.frame === ctx.frame &&
      old.storeyHeight === ctx.settings.storey_height_m &&
      sameRows(old.buildings, m.buildings) &&
      sameRows(old.pipelines, m.pipelines ?? []) &&
      sameRows(old.context, contextRows(m));
    if (old && geometryKept) {
      if (old.catalog === ctx.catalog && sameRows(old.lines, m.lines)) return old;
      const entry = { ...old, lines: [...m.lines], catalog: null, estimate: null };
      cache.set(m.compound, entry);
      return entry;
    }
    const entry: Entry = {
      lines: [...m.lines],
      buildings: [...m.buildings],
      pipelines: [...(m.pipelines ?? [])],
      context: contextRows(m),
      frame: ctx.frame,
      storeyHeight: ctx.settings.storey_height_m,
      suggested: suggestQuantities(m.compound, m.buildings, ctx.frame, ctx.settings, m.pipelines, {
        roads: m.roads,
        site_areas: m.site_areas,
        facilities: m.facilities,
      }),
      catalog: null,
      estimate: null,
    };
    cache.set(m.compound, entry);
    return entry;
  };

  const compound = (m: EstimatorMember, ctx: EstimatorContext): CompoundEstimate => {
    const entry = entryOf(m, ctx);
    if (entry.estimate && entry.catalog === ctx.catalog) return entry.estimate;
    entry.estimate = compoundEstimate({ lines: entry.lines, catalog: ctx.catalog, suggested: entry.suggested });
    entry.catalog = ctx.catalog;
    return entry.estimate;
  };

  return {
    compound,
    suggested: (m, ctx) => entryOf(m, ctx).suggested,
    package: (members, ctx, funding) =>
      packageEstimate(
        members.map((m) => compound(m, ctx)),
        funding,
      ),
  };
}
