// Draw compound / draw building: click adds a vertex (snapped), double-click or Enter finishes, Backspace removes
// the last vertex, Esc cancels. An invalid polygon is refused with a message and the sketch is kept, so the user
// can fix it. A saved compound that overlaps others is kept and flagged (the host offers to clip it).
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import { polygonFrom } from '../geo/ring';
import { newBuilding, newCompound, nextBuildingNumber } from './newRows';
import { containingCompoundId, overlappingCompounds, polygonProblem } from './rules';
import { snappedPointer } from './snapping';
import { pxDistance, type Tool, type ToolHost, type ToolKey, type ToolPointer } from './types';

/** A second click this close (px) to the last vertex is the first half of a double-click, not a new vertex. */
const DUPLICATE_CLICK_PX = 3;

export function createDrawTool(host: ToolHost, kind: 'compounds' | 'buildings'): Tool {
  let vertices: Position[] = [];
  let hover: Position | null = null;
  let snap: Position | null = null;
  let saving = false;

  const render = (): void => {
    const sketch = hover ? [...vertices, hover] : vertices;
    host.map.render({ sketch, sketchClosed: sketch.length >= 3, snap });
  };

  const reset = (): void => {
    vertices = [];
    hover = null;
    snap = null;
    render();
  };

  async function finish(): Promise<void> {
    if (saving) return;
    const geometry = polygonFrom(vertices);
    const problem = polygonProblem(geometry);
    if (problem) {
      host.error(t('map.error.invalidPolygon', { reason: problem }));
      return;
    }
    saving = true;
    const id = host.newId();
    const rows = host.rows();
    try {
      if (kind === 'compounds') {
        const row = newCompound(id, t('map.newCompoundName'), geometry);
        if (
          !(await host.commit({
            ops: [{ op: 'put', table: 'compounds', row }],
            summary: t('map.summary.drawCompound'),
          }))
        )
          return;
        reset();
        host.setSelection([{ table: 'compounds', id }]);
        const overlapped = overlappingCompounds(row, rows, host.settings().metric_epsg);
        if (overlapped.length > 0) host.compoundOverlaps(row, overlapped);
      } else {
        const compoundId = containingCompoundId(geometry, rows);
        const row = newBuilding(
          id,
          compoundId,
          nextBuildingNumber(Object.values(rows.buildings), compoundId),
          geometry,
        );
        if (
          !(await host.commit({
            ops: [{ op: 'put', table: 'buildings', row }],
            summary: t('map.summary.drawBuilding'),
          }))
        )
          return;
        reset();
        host.setSelection([{ table: 'buildings', id }]);
      }
    } finally {
      saving = false;
    }
  }

  return {
    pointerMove(e: ToolPointer) {
      host.map.setCursor('crosshair');
      const s = snappedPointer(host, e);
      hover = s.pos;
      snap = s.snap;
      render();
    },
    click(e: ToolPointer) {
      if (saving) return;
      const s = snappedPointer(host, e);
      const last = vertices[vertices.length - 1];
      if (last && pxDistance(host.map.project(last), host.map.project(s.pos)) < DUPLICATE_CLICK_PX) return;
      vertices = [...vertices, s.pos];
      render();
    },
    doubleClick() {
      void finish();
    },
    keyDown(e: ToolKey) {
      if (e.key === 'Enter') void finish();
      else if (e.key === 'Backspace') {
        if (vertices.length === 0) return false;
        vertices = vertices.slice(0, -1);
        render();
      } else if (e.key === 'Escape') {
        // With nothing drawn, Esc is the shell's (back to the select tool).
        if (vertices.length === 0) return false;
        reset();
      } else return false;
      return true;
    },
    deactivate() {
      vertices = [];
      hover = null;
      snap = null;
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
