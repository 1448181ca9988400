// Layer pieces the overlay layer modules (facilities, leftover land) build alike: the line that outlines the picked
// rows and the zoomed-in label of each row. Kept apart from style.ts, which imports those modules.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const FONT = ['Noto Sans CJK SC'];
const nothing: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** A line over the picked rows of `source`; it shows none until the follower sets its filter to their ids. */
export function pickedLine(id: string, source: string, color: string, width: number): LayerSpecification {
  return { id, type: 'line', source, filter: nothing, paint: { 'line-color': color, 'line-width': width } };
}

/** Each row's `label` property from zoom 16, haloed so it reads on any fill. */
export function rowLabels(id: string, source: string, color: string, maxWidth: number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom: 16,
    layout: { 'text-field': ['get', 'label'], 'text-font': FONT, 'text-size': 11, 'text-max-width': maxWidth },
    paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  };
}
