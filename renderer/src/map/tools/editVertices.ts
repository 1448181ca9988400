// Edit vertices of the selected compounds and buildings. Vertex handles drag a vertex — and every vertex of another
// compound or building at the same position, so shared boundaries stay gap- and overlap-free; midpoint handles
// insert a vertex (into every feature sharing that edge) and drag it; Alt+click or right-click deletes a vertex if
// every ring stays valid. The drag itself (preview, snapping, one Change on release, Escape) is vertexDrag.ts.
import type { Position } from '../../../../shared/model/geometry';
import { featuresAt } from '../geo/hitTest';
import { openRing } from '../geo/ring';
import {
  deleteVertices,
  type FeatureRows,
  findSharedVertices,
  insertOnSharedEdge,
  moveVertices,
  type VertexRef,
} from '../geo/sharedVertices';
import type { Handle, Tool, ToolHost } from './types';
import { createVertexDragTool, type DragSummaryKey, vertexHandles } from './vertexDrag';

interface EdgeHandle extends Handle {
  /** For a midpoint: the edge's endpoints. */
  edge?: [Position, Position];
}

/** A drag moves every vertex at the grabbed position (`refs`) in `base`, the rows with any inserted vertex. */
interface SharedVertexDrag {
  base: FeatureRows;
  refs: VertexRef[];
  summaryKey: DragSummaryKey;
}

export function createEditVerticesTool(host: ToolHost): Tool {
  return createVertexDragTool<EdgeHandle, SharedVertexDrag>(host, {
    handles() {
      const rows = host.rows();
      const out: EdgeHandle[] = [];
      for (const ref of host.selection()) {
        const row = ref.table === 'compounds' ? rows.compounds[ref.id] : rows.buildings[ref.id];
        if (!row) continue;
        for (const ring of row.geometry.coordinates)
          out.push(...vertexHandles(openRing(ring), true, (h, _i, edge) => (edge ? { ...h, edge } : h)));
      }
      return out;
    },
    startDrag(h) {
      const rows = host.rows();
      const start =
        h.kind === 'vertex'
          ? { rows, refs: findSharedVertices(rows, h.pos) }
          : insertOnSharedEdge(rows, ...(h.edge as [Position, Position]), h.pos);
      const summaryKey = h.kind === 'vertex' ? 'map.summary.moveVertex' : 'map.summary.insertVertex';
      return { base: start.rows, refs: start.refs, summaryKey };
    },
    dragged: (drag, to) => moveVertices(drag.base, drag.refs, to),
    summaryKey: (drag) => drag.summaryKey,
    deleted(h) {
      const rows = host.rows();
      return deleteVertices(rows, findSharedVertices(rows, h.pos), h.pos);
    },
    featureAt(e) {
      const top = featuresAt(host.hitIndex(), e.lngLat)[0];
      return top ? { table: top.table, id: top.id } : null;
    },
  });
}
