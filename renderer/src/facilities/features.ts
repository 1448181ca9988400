// Facilities and the live check as GeoJSON for the map (pure): placed facilities labelled by name or type (✗ when
// failing a check where they stand); the
// footprint being placed (ok: false when it overlaps what it must not) and one line per distance finding with its
// "6.0 m < 9.0 m" text.

import { OVERLAP_RULES } from '../../../shared/analysis/facilities/check';
import type { AppState } from '../state/types';
import { resultText } from './checkText';
import { facilityLabel } from './facilityRows';
import type { LiveCheck } from './placementStore';

/** Placed facilities; those in `failing` (failing a check where they stand) get ok: false and a ✗ before their label. */
export function facilityCollection(rows: AppState['facilities'], failing: ReadonlySet<string> = new Set()) {
  return {
    type: 'FeatureCollection' as const,
    features: Object.values(rows).map((f) => {
      const ok = !failing.has(f.id);
      return {
        type: 'Feature' as const,
        properties: { id: f.id, type: f.type, ok, label: ok ? facilityLabel(f) : `✗ ${facilityLabel(f)}` },
        geometry: f.geometry,
      };
    }),
  };
}

/** The live check as features: the footprint, one line per distance finding, and the stall count (parking). */
export function checkCollection(live: LiveCheck | null) {
  if (!live) return { type: 'FeatureCollection' as const, features: [] };
  const placedOk = live.checks.every((c) => c.ok || !OVERLAP_RULES.has(c.rule));
  const features: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }[] = [
    { type: 'Feature', properties: { kind: 'footprint', ok: placedOk }, geometry: live.geometry },
  ];
  for (const c of live.checks) {
    if (!c.line) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'distance', ok: c.ok, text: resultText(c), rule: c.rule },
      geometry: { type: 'LineString', coordinates: c.line },
    });
  }
  return { type: 'FeatureCollection' as const, features };
}
