// Draw pipeline: click adds a vertex (snapped to pipe, building and compound vertices and edges), double-click or
// Enter finishes, Backspace removes the last vertex, Esc cancels. The pipe gets the toolbar's current type and the
// compound containing its midpoint. Draw tree: a click places a tree (snapped likewise).
import { t } from '../../../../shared/i18n';
import '../pipeMessages';
import { compoundAt, lineMidpoint, newPipeline, newTree } from './pipeRows';
import { createSketch, distinctVertices } from './sketch';
import { snappedPointer } from './snapping';
import type { Tool, ToolHost, ToolPointer } from './types';

export function createDrawPipelineTool(host: ToolHost): Tool {
  return createSketch(host, {
    closed: false,
    async finish(vertices) {
      const coords = distinctVertices(vertices);
      if (coords.length < 2) {
        host.error(t('pipemap.error.shortLine'));
        return false;
      }
      const type = host.pipeType?.() ?? 'water_supply';
      const id = host.newId();
      const row = newPipeline(
        id,
        type,
        { type: 'LineString', coordinates: coords },
        compoundAt(lineMidpoint(coords), host.rows().compounds),
      );
      const summary = t('pipemap.summary.drawPipeline', { type: t(`pipemap.type.${type}`) });
      if (!(await host.commit({ ops: [{ op: 'put', table: 'pipelines', row }], summary }))) return false;
      host.setSelection([{ table: 'pipelines', id }]);
      return true;
    },
  });
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
