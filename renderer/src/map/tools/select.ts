// Select: a click selects the topmost feature under the pointer (a pipe or tree within 6 px, else building over
// compound), Shift+click adds or
// removes it, a click on empty space clears. Shift+drag draws a box and selects every feature that meets it.
import type { Position } from '../../../../shared/model/geometry';
import { packageAt } from '../../packages/hit';
import { featuresAt, featuresInBox } from '../geo/hitTest';
import { lineItemAt, lineItemsInBox } from '../geo/lines';
import type { BBox } from '../geo/ring';
import type { FeatureRef, Tool, ToolHost, ToolPointer } from './types';

const sameRef = (a: FeatureRef, b: FeatureRef): boolean => a.table === b.table && a.id === b.id;

/** The pipe or tree within reach of the pointer, else the topmost polygon feature under it. */
export function topFeatureAt(host: ToolHost, e: ToolPointer): FeatureRef | null {
  const line = host.lineIndex ? lineItemAt(host.lineIndex(), e.px, host.map) : null;
  if (line) return { table: line.table, id: line.id };
  const top = featuresAt(host.hitIndex(), e.lngLat)[0];
  return top ? { table: top.table, id: top.id } : null;
}

export function createSelectTool(host: ToolHost): Tool {
  // MapLibre fires no click after a drag (beyond its 3 px click tolerance), so a box never also clicks.
  let boxStart: Position | null = null;

  return {
    pointerDown(e: ToolPointer) {
      if (!e.shift || e.button !== 0) return false;
      boxStart = e.lngLat;
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (boxStart) host.map.render({ box: [boxStart, e.lngLat] });
    },
    pointerUp(e: ToolPointer) {
      if (!boxStart) return;
      const a = boxStart;
      boxStart = null;
      host.map.render({});
      const startPx = host.map.project(a);
      if (Math.hypot(startPx[0] - e.px[0], startPx[1] - e.px[1]) < 3) return; // a shift+click, not a drag
      const box: BBox = [
        Math.min(a[0], e.lngLat[0]),
        Math.min(a[1], e.lngLat[1]),
        Math.max(a[0], e.lngLat[0]),
        Math.max(a[1], e.lngLat[1]),
      ];
      const lines = host.lineIndex ? lineItemsInBox(host.lineIndex(), box) : [];
      const found: FeatureRef[] = [...featuresInBox(host.hitIndex(), box), ...lines].map((f) => ({
        table: f.table,
        id: f.id,
      }));
      const base = host.selection();
      host.setSelection([...base, ...found.filter((f) => !base.some((s) => sameRef(s, f)))]);
    },
    click(e: ToolPointer) {
      const top = topFeatureAt(host, e);
      if (!top) {
        if (e.shift) return;
        host.setSelection([]);
        // Empty space inside a package boundary chooses that package (the right panel then shows it).
        const packages = host.packages;
        if (packages) packages.setActive(packageAt(packages.rows().packages, e.lngLat)?.id ?? null);
        return;
      }
      const ref: FeatureRef = { table: top.table, id: top.id };
      if (!e.shift) {
        host.setSelection([ref]);
        return;
      }
      const current = host.selection();
      host.setSelection(
        current.some((s) => sameRef(s, ref)) ? current.filter((s) => !sameRef(s, ref)) : [...current, ref],
      );
    },
    deactivate() {
      boxStart = null;
      host.map.render({});
    },
  };
}
