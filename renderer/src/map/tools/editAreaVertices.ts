// Edit vertices of the selected site areas (issue 4). Unlike compounds, a site area shares no boundary: a vertex
// handle drags that area's vertex alone; a midpoint handle inserts a vertex there and drags it; Alt+click or
// right-click deletes a vertex if the ring stays valid. One Change per drag, committed on release (refused with the
// reason when the polygon would be invalid); the overlay previews the new shape meanwhile.
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import type { SiteArea } from '../../../../shared/model/tables';
import { openRing, withInsertedVertex, withoutVertex, withVertex } from '../geo/ring';
import { featureKey } from '../geo/snap';
import { polygonProblem } from './rules';
import { topFeatureAt } from './select';
import { snappedPointer } from './snapping';
import { HANDLE_RADIUS_PX, type Handle, pxDistance, type Tool, type ToolHost, type ToolPointer } from './types';

interface AreaHandle extends Handle {
  id: string;
  ring: number;
  /** Vertex: its index in the open ring; midpoint: the index the inserted vertex takes. */
  index: number;
}

/** The handles of `areas`: every vertex and every edge midpoint of every ring. */
export function areaHandles(areas: readonly SiteArea[]): AreaHandle[] {
  const out: AreaHandle[] = [];
  for (const a of areas)
    a.geometry.coordinates.forEach((ring, r) => {
      const v = openRing(ring);
      v.forEach((p, i) => {
        const q = v[(i + 1) % v.length] as Position;
        out.push({ pos: p, kind: 'vertex', id: a.id, ring: r, index: i });
        out.push({ pos: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2], kind: 'midpoint', id: a.id, ring: r, index: i + 1 });
      });
    });
  return out;
}

export function createEditAreaVerticesTool(host: ToolHost): Tool {
  let drag: { base: SiteArea; ring: number; index: number; to: Position | null } | null = null;
  const areasOf = () => host.rows().site_areas ?? {};
  const selected = (): SiteArea[] =>
    host
      .selection()
      .filter((r) => r.table === 'site_areas')
      .map((r) => areasOf()[r.id])
      .filter((a): a is SiteArea => a !== undefined);
  const showHandles = (): void =>
    host.map.render({ handles: areaHandles(selected()).map(({ pos, kind }) => ({ pos, kind })) });

  function handleAt(e: ToolPointer): AreaHandle | null {
    let best: AreaHandle | null = null;
    let bestD = HANDLE_RADIUS_PX;
    for (const h of areaHandles(selected())) {
      const d = pxDistance(host.map.project(h.pos), e.px) - (h.kind === 'vertex' ? 0.5 : 0);
      if (d <= bestD) {
        best = h;
        bestD = d;
      }
    }
    return best;
  }

  async function save(row: SiteArea, summary: string, invalid: string): Promise<void> {
    const problem = polygonProblem(row.geometry);
    if (problem) host.error(invalid.replace('{reason}', problem));
    else await host.commit({ ops: [{ op: 'put', table: 'site_areas', row }], summary });
    showHandles();
  }

  function deleteAt(h: AreaHandle): void {
    const area = areasOf()[h.id];
    if (!area) return;
    const row = { ...area, geometry: withoutVertex(area.geometry, h.ring, h.index) };
    void save(row, t('map.summary.deleteVertex', { n: 1 }), t('map.error.vertexDelete'));
  }

  return {
    refresh() {
      if (!drag) showHandles();
    },
    pointerDown(e: ToolPointer) {
      const h = handleAt(e);
      const area = h ? areasOf()[h.id] : undefined;
      if (!h || !area || e.button !== 0) return false;
      if (h.kind === 'vertex' && e.alt) {
        deleteAt(h);
        return true;
      }
      const base =
        h.kind === 'midpoint' ? { ...area, geometry: withInsertedVertex(area.geometry, h.ring, h.index, h.pos) } : area;
      drag = { base, ring: h.ring, index: h.index, to: null };
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (!drag) {
        host.map.setCursor(handleAt(e) ? 'move' : '');
        return;
      }
      const s = snappedPointer(host, e, new Set([featureKey('site_areas', drag.base.id)]));
      drag.to = s.pos;
      host.map.render({ previews: [withVertex(drag.base.geometry, drag.ring, drag.index, s.pos)], snap: s.snap });
    },
    pointerUp() {
      const d = drag;
      drag = null;
      if (!d?.to) {
        showHandles();
        return;
      }
      const row = { ...d.base, geometry: withVertex(d.base.geometry, d.ring, d.index, d.to) };
      void save(row, t('map.summary.moveVertex', { n: 1 }), t('map.error.invalidPolygon'));
    },
    keyDown(e) {
      if (e.key !== 'Escape' || !drag) return false;
      drag = null;
      showHandles();
      return true;
    },
    contextMenu(e: ToolPointer) {
      const h = handleAt(e);
      if (h?.kind === 'vertex') deleteAt(h);
    },
    click(e: ToolPointer) {
      if (handleAt(e)) return;
      const top = topFeatureAt(host, e);
      host.setSelection(top ? [top] : []);
      showHandles();
    },
    deactivate() {
      drag = null;
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
