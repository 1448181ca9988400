// 画道路 (draw road): a polyline sketch (tools/sketch.ts: click, double-click or Enter finishes, Esc cancels) that
// becomes a road or fire lane of the toolbar picker's kind and width, in the compound containing its midpoint.
import { t } from '../../../../shared/i18n';
import { newRoad } from '../../context/contextRows';
import { DEFAULT_CONTEXT_CHOICE } from '../../context/drawChoice';
import '../../context/messages';
import { compoundAt, lineMidpoint } from './pipeRows';
import { createSketch, distinctVertices } from './sketch';
import type { Tool, ToolHost } from './types';

export function createDrawRoadTool(host: ToolHost): Tool {
  return createSketch(host, {
    closed: false,
    async finish(vertices) {
      const coords = distinctVertices(vertices);
      if (coords.length < 2) {
        host.error(t('context.error.shortRoad'));
        return false;
      }
      const choice = host.contextDraw?.() ?? DEFAULT_CONTEXT_CHOICE;
      const id = host.newId();
      const geometry = { type: 'LineString' as const, coordinates: coords };
      const row = newRoad(
        id,
        choice.roadKind,
        choice.roadWidthM,
        geometry,
        compoundAt(lineMidpoint(coords), host.rows().compounds),
      );
      const summary = t('context.summary.drawRoad', { kind: t(`context.roadKind.${row.kind}`), width: row.width_m });
      if (!(await host.commit({ ops: [{ op: 'put', table: 'roads', row }], summary }))) return false;
      host.setSelection([{ table: 'roads', id }]);
      return true;
    },
  });
}
