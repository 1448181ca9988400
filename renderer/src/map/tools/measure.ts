// Measure distance or area: click adds points (snapped), double-click ends; the result stays on the map until
// the next click starts a new measurement or Esc clears it. Measured in the project's metric frame, as every
// analysis is, so the figures agree with the attribute panel's.
import { formatArea, formatLength, lineLengthM, polygonAreaM2 } from '../../../../shared/geo/measure';
import type { Position } from '../../../../shared/model/geometry';
import { polygonFrom } from '../geo/ring';
import { metricFrame } from './rules';
import { snappedPointer } from './snapping';
import { pxDistance, type Tool, type ToolHost, type ToolKey, type ToolPointer } from './types';

export type MeasureKind = 'distance' | 'area';

/** The measurement text for the points so far, or null when there is nothing to measure yet. */
export function measureText(kind: MeasureKind, points: readonly Position[], metricEpsg: number): string | null {
  const frame = metricFrame(metricEpsg);
  if (kind === 'distance') return points.length >= 2 ? formatLength(lineLengthM(points, frame)) : null;
  return points.length >= 3 ? formatArea(polygonAreaM2(polygonFrom(points), frame)) : null;
}

export function createMeasureTool(host: ToolHost, kind: MeasureKind): Tool {
  let points: Position[] = [];
  let hover: Position | null = null;
  let snap: Position | null = null;
  let finished = false;

  const render = (): void => {
    const sketch = hover && !finished ? [...points, hover] : points;
    const text = measureText(kind, sketch, host.settings().metric_epsg);
    const last = sketch[sketch.length - 1];
    host.map.render({
      sketch,
      sketchClosed: kind === 'area' && sketch.length >= 3,
      snap,
      ...(text && last ? { label: { pos: last, text } } : {}),
    });
  };

  return {
    pointerMove(e: ToolPointer) {
      host.map.setCursor('crosshair');
      const s = snappedPointer(host, e);
      hover = s.pos;
      snap = s.snap;
      if (!finished) render();
    },
    click(e: ToolPointer) {
      if (finished) {
        points = [];
        finished = false;
      }
      const s = snappedPointer(host, e);
      const last = points[points.length - 1];
      if (last && pxDistance(host.map.project(last), host.map.project(s.pos)) < 3) return;
      points = [...points, s.pos];
      render();
    },
    doubleClick() {
      finished = true;
      snap = null;
      render();
    },
    keyDown(e: ToolKey) {
      if (e.key === 'Escape') {
        if (points.length === 0) return false;
        points = [];
        hover = null;
        snap = null;
        finished = false;
        render();
        return true;
      }
      if (e.key === 'Enter') {
        finished = true;
        render();
        return true;
      }
      return false;
    },
    deactivate() {
      points = [];
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
