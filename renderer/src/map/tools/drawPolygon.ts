// Draw compound / draw building: click adds a vertex (snapped), double-click or Enter finishes, Backspace removes
// the last vertex, Esc cancels. An invalid polygon is refused with a message and the sketch is kept, so the user
// can fix it. A saved compound that overlaps others is kept and flagged (the host offers to clip it).
import { t } from '../../../../shared/i18n';
import { polygonFrom } from '../geo/ring';
import { newBuilding, newCompound, nextBuildingNumber } from './newRows';
import { containingCompoundId, overlappingCompounds, polygonProblem } from './rules';
import { createSketch } from './sketch';
import type { Tool, ToolHost } from './types';

export function createDrawTool(host: ToolHost, kind: 'compounds' | 'buildings'): Tool {
  return createSketch(host, {
    closed: true,
    async finish(vertices) {
      const geometry = polygonFrom(vertices);
      const problem = polygonProblem(geometry);
      if (problem) {
        host.error(t('map.error.invalidPolygon', { reason: problem }));
        return false;
      }
      const id = host.newId();
      const rows = host.rows();
      if (kind === 'compounds') {
        const row = newCompound(id, t('map.newCompoundName'), geometry);
        const ops = [{ op: 'put' as const, table: 'compounds' as const, row }];
        if (!(await host.commit({ ops, summary: t('map.summary.drawCompound') }))) return false;
        host.setSelection([{ table: 'compounds', id }]);
        const overlapped = overlappingCompounds(row, rows, host.settings().metric_epsg);
        if (overlapped.length > 0) host.compoundOverlaps(row, overlapped);
        return true;
      }
      const compoundId = containingCompoundId(geometry, rows);
      const row = newBuilding(id, compoundId, nextBuildingNumber(Object.values(rows.buildings), compoundId), geometry);
      const ops = [{ op: 'put' as const, table: 'buildings' as const, row }];
      if (!(await host.commit({ ops, summary: t('map.summary.drawBuilding') }))) return false;
      host.setSelection([{ table: 'buildings', id }]);
      return true;
    },
  });
}
