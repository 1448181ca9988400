// Draw pipeline: click adds a vertex (snapped to pipe, building and compound vertices and edges), double-click or
// Enter finishes, Backspace removes the last vertex, Esc cancels. The pipe gets the toolbar's current type and the
// compound containing its midpoint. Draw tree: a click places a tree (snapped likewise).
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import { samePosition } from '../geo/ring';
import '../pipeMessages';
import { compoundAt, lineMidpoint, newPipeline, newTree } from './pipeRows';
import { snappedPointer } from './snapping';
import { pxDistance, type Tool, type ToolHost, type ToolKey, type ToolPointer } from './types';

/** A second click this close (px) to the last vertex is the first half of a double-click, not a new vertex. */
const DUPLICATE_CLICK_PX = 3;

/** The vertices without consecutive repeats (a double-click may leave one). */
export function distinctVertices(vertices: readonly Position[]): Position[] {
  return vertices.filter((p, i) => i === 0 || !samePosition(p, vertices[i - 1] as Position));
}

export function createDrawPipelineTool(host: ToolHost): Tool {
  let vertices: Position[] = [];
  let hover: Position | null = null;
  let snap: Position | null = null;
  let saving = false;

  const render = (): void => {
    host.map.render({ sketch: hover ? [...vertices, hover] : vertices, snap });
  };
  const reset = (): void => {
    vertices = [];
    hover = null;
    snap = null;
    render();
  };

  async function finish(): Promise<void> {
    if (saving) return;
    const coords = distinctVertices(vertices);
    if (coords.length < 2) {
      host.error(t('pipemap.error.shortLine'));
      return;
    }
    saving = true;
    try {
      const type = host.pipeType?.() ?? 'water_supply';
      const id = host.newId();
      const row = newPipeline(
        id,
        type,
        { type: 'LineString', coordinates: coords },
        compoundAt(lineMidpoint(coords), host.rows().compounds),
      );
      const summary = t('pipemap.summary.drawPipeline', { type: t(`pipemap.type.${type}`) });
      if (!(await host.commit({ ops: [{ op: 'put', table: 'pipelines', row }], summary }))) return;
      reset();
      host.setSelection([{ table: 'pipelines', id }]);
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
        if (vertices.length === 0) return false; // Esc with nothing drawn is the shell's (back to select)
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

export function createDrawTreeTool(host: ToolHost): Tool {
  let saving = false;
  return {
    pointerMove(e: ToolPointer) {
      host.map.setCursor('crosshair');
      host.map.render({ snap: snappedPointer(host, e).snap });
    },
    click(e: ToolPointer) {
      if (saving) return;
      const at = snappedPointer(host, e).pos;
      const id = host.newId();
      const row = newTree(id, at, compoundAt(at, host.rows().compounds));
      saving = true;
      void host
        .commit({ ops: [{ op: 'put', table: 'trees', row }], summary: t('pipemap.summary.drawTree') })
        .then((ok) => {
          if (ok) host.setSelection([{ table: 'trees', id }]);
        })
        .finally(() => {
          saving = false;
        });
    },
    deactivate() {
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
