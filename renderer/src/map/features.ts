// Rows → GeoJSON features for the map sources. Properties are precomputed here (eligibility state, floor class,
// label text) so the style only reads them; features carry the row id as `id` (sources use promoteId: 'id').
// Labels come from their own point sources: a polygon's label would be placed once per tile it spans, which
// shows a compound's name two or three times at high zoom.
import { pointOnFeature } from '@turf/turf';
import { compoundEligibility, type EligibilityState } from '../../../shared/analysis/eligibility';
import type { LineString, MultiPolygon, Point, Polygon, Position } from '../../../shared/model/geometry';
import type { ProjectSettings } from '../../../shared/model/settings';
import type { Building, Compound, Package } from '../../../shared/model/tables';
import { floorClassIndex } from './palette';

export type { EligibilityState };

export interface MapFeature {
  type: 'Feature';
  id: string;
  properties: Record<string, string | number | boolean | null>;
  geometry: Polygon | MultiPolygon | Point | LineString;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

export function compoundFeature(c: Compound, settings: ProjectSettings): MapFeature {
  const state: EligibilityState = compoundEligibility(c, settings).state;
  return {
    type: 'Feature',
    id: c.id,
    properties: { id: c.id, name: c.name, state },
    geometry: c.geometry,
  };
}

/** "3# 6F": the building number and its floor count, as designers write it on drawings. */
export function buildingLabel(b: Building): string {
  return b.name ? `${b.name} ${b.floors}F` : `${b.floors}F`;
}

export function buildingFeature(b: Building): MapFeature {
  return {
    type: 'Feature',
    id: b.id,
    properties: {
      id: b.id,
      compound_id: b.compound_id,
      floors: b.floors,
      floorClass: floorClassIndex(b.floors),
      label: buildingLabel(b),
    },
    geometry: b.geometry,
  };
}

/** A point inside the polygon (its centroid when that is inside), where its label goes. */
export function labelPoint(p: Polygon | MultiPolygon): Point {
  const at = pointOnFeature({ type: 'Feature', properties: {}, geometry: p }).geometry.coordinates;
  const pos: Position = [at[0] ?? 0, at[1] ?? 0];
  return { type: 'Point', coordinates: pos };
}

export const compoundLabelFeature = (c: Compound): MapFeature => ({
  type: 'Feature',
  id: c.id,
  properties: { id: c.id, name: c.name },
  geometry: labelPoint(c.geometry),
});

export const buildingLabelFeature = (b: Building): MapFeature => ({
  type: 'Feature',
  id: b.id,
  properties: { id: b.id, label: buildingLabel(b) },
  geometry: labelPoint(b.geometry),
});

export const collection = (features: MapFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export function compoundCollection(rows: Record<string, Compound>, settings: ProjectSettings): FeatureCollection {
  return collection(Object.values(rows).map((c) => compoundFeature(c, settings)));
}

export function buildingCollection(rows: Record<string, Building>): FeatureCollection {
  return collection(Object.values(rows).map(buildingFeature));
}

export const compoundLabelCollection = (rows: Record<string, Compound>): FeatureCollection =>
  collection(Object.values(rows).map(compoundLabelFeature));

export const buildingLabelCollection = (rows: Record<string, Building>): FeatureCollection =>
  collection(Object.values(rows).map(buildingLabelFeature));

/** Palette index of a package's colour (map/packageColors.ts assigns them). */
export type PackageColorOf = (id: string) => number;

/** A package boundary with its colour index. Empty geometries are skipped by callers. */
export const packageFeature = (p: Package, colorOf: PackageColorOf): MapFeature => ({
  type: 'Feature',
  id: p.id,
  properties: { id: p.id, name: p.name, color: colorOf(p.id), locked: p.locked },
  geometry: p.geometry,
});

/** The package name at its boundary's interior point. */
export const packageLabelFeature = (p: Package): MapFeature => ({
  type: 'Feature',
  id: p.id,
  properties: { id: p.id, name: p.name },
  geometry: labelPoint(p.geometry),
});

/** A package the map can draw: MapLibre and Turf need at least one polygon. */
export const drawablePackage = (p: Package): boolean => p.geometry.coordinates.length > 0;

export const packageCollection = (rows: Record<string, Package>, colorOf: PackageColorOf): FeatureCollection =>
  collection(
    Object.values(rows)
      .filter(drawablePackage)
      .map((p) => packageFeature(p, colorOf)),
  );

export const packageLabelCollection = (rows: Record<string, Package>): FeatureCollection =>
  collection(Object.values(rows).filter(drawablePackage).map(packageLabelFeature));
