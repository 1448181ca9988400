// Edit vertices of the selected site areas (issue 4). Unlike compounds, a site area shares no boundary: a vertex
// handle drags that area's vertex alone; a midpoint handle inserts a vertex there and drags it; Alt+click or
// right-click deletes a vertex if the ring stays valid. The drag itself (preview, snapping, one Change on release,
// refused with the reason when the polygon would be invalid, Escape) is vertexDrag.ts.
import type { SiteArea } from '../../../../shared/model/tables';
import { openRing, withInsertedVertex, withoutVertex, withVertex } from '../geo/ring';
import { topFeatureAt } from './select';
import type { Handle, Tool, ToolHost } from './types';
import { createVertexDragTool, vertexHandles } from './vertexDrag';

interface AreaHandle extends Handle {
  id: string;
  ring: number;
  /** Vertex: its index in the open ring; midpoint: the index the inserted vertex takes. */
  index: number;
}

/** A drag moves vertex `index` of ring `ring` of `base`, the area with any inserted vertex. */
interface AreaDrag {
  base: SiteArea;
  ring: number;
  index: number;
}

/** The handles of `areas`: every vertex and every edge midpoint of every ring. */
export function areaHandles(areas: readonly SiteArea[]): AreaHandle[] {
  const out: AreaHandle[] = [];
  for (const a of areas)
    a.geometry.coordinates.forEach((ring, r) => {
      out.push(
        ...vertexHandles(openRing(ring), true, (h, i) => ({
          ...h,
          id: a.id,
          ring: r,
          index: h.kind === 'vertex' ? i : i + 1,
        })),
      );
    });
  return out;
}

export function createEditAreaVerticesTool(host: ToolHost): Tool {
  const areasOf = () => host.rows().site_areas ?? {};
  const selected = (): SiteArea[] =>
    host
      .selection()
      .filter((r) => r.table === 'site_areas')
      .map((r) => areasOf()[r.id])
      .filter((a): a is SiteArea => a !== undefined);

  return createVertexDragTool<AreaHandle, AreaDrag>(host, {
    handles: () => areaHandles(selected()),
    startDrag(h) {
      const area = areasOf()[h.id];
      if (!area) return null;
      const base =
        h.kind === 'midpoint' ? { ...area, geometry: withInsertedVertex(area.geometry, h.ring, h.index, h.pos) } : area;
      return { base, ring: h.ring, index: h.index };
    },
    dragged: (drag, to) => [
      {
        table: 'site_areas',
        row: { ...drag.base, geometry: withVertex(drag.base.geometry, drag.ring, drag.index, to) },
      },
    ],
    deleted(h) {
      const area = areasOf()[h.id];
      if (!area) return null;
      return [{ table: 'site_areas', row: { ...area, geometry: withoutVertex(area.geometry, h.ring, h.index) } }];
    },
    featureAt: (e) => topFeatureAt(host, e),
  });
}
