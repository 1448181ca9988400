// 画场地要素 (draw site area): a polygon sketch (tools/sketch.ts) that becomes a site area of the toolbar picker's
// kind — fire lane (as an area), operating area, green or illegal structure — in the compound that contains it.
// An invalid polygon is refused with the reason and the sketch kept, as for compounds and buildings.
import { t } from '../../../../shared/i18n';
import { newSiteArea } from '../../context/contextRows';
import { DEFAULT_CONTEXT_CHOICE } from '../../context/drawChoice';
import '../../context/messages';
import { polygonFrom } from '../geo/ring';
import { containingCompoundId, polygonProblem } from './rules';
import { createSketch } from './sketch';
import type { Tool, ToolHost } from './types';

export function createDrawSiteAreaTool(host: ToolHost): Tool {
  return createSketch(host, {
    closed: true,
    async finish(vertices) {
      const geometry = polygonFrom(vertices);
      const problem = polygonProblem(geometry);
      if (problem) {
        host.error(t('map.error.invalidPolygon', { reason: problem }));
        return false;
      }
      const kind = (host.contextDraw?.() ?? DEFAULT_CONTEXT_CHOICE).areaKind;
      const id = host.newId();
      const row = newSiteArea(id, kind, geometry, containingCompoundId(geometry, host.rows()));
      const summary = t('context.summary.drawSiteArea', { kind: t(`context.areaKind.${kind}`) });
      if (!(await host.commit({ ops: [{ op: 'put', table: 'site_areas', row }], summary }))) return false;
      host.setSelection([{ table: 'site_areas', id }]);
      return true;
    },
  });
}
