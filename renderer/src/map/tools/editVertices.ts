// Edit vertices of the selected features. Vertex handles drag a vertex — and every vertex of another compound or
// building at the same position, so shared boundaries stay gap- and overlap-free; midpoint handles insert a vertex
// (into every feature sharing that edge) and drag it; Alt+click or right-click deletes a vertex if every ring stays
// valid. A whole drag is one Change, committed on release; during the drag only the overlay shows the new shape.
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import { featuresAt } from '../geo/hitTest';
import { openRing } from '../geo/ring';
import {
  deleteVertices,
  type FeatureRows,
  findSharedVertices,
  insertOnSharedEdge,
  type MovedRow,
  moveVertices,
  type VertexRef,
} from '../geo/sharedVertices';
import { featureKey } from '../geo/snap';
import { polygonProblem } from './rules';
import { snappedPointer } from './snapping';
import { HANDLE_RADIUS_PX, type Handle, pxDistance, type Tool, type ToolHost, type ToolPointer } from './types';

interface EdgeHandle extends Handle {
  /** For a midpoint: the edge's endpoints. */
  edge?: [Position, Position];
}

interface Drag {
  base: FeatureRows;
  refs: VertexRef[];
  exclude: Set<string>;
  summaryKey: 'map.summary.moveVertex' | 'map.summary.insertVertex';
  to: Position | null;
}

export function createEditVerticesTool(host: ToolHost): Tool {
  let drag: Drag | null = null;

  function handles(): EdgeHandle[] {
    const rows = host.rows();
    const out: EdgeHandle[] = [];
    for (const ref of host.selection()) {
      const row = ref.table === 'compounds' ? rows.compounds[ref.id] : rows.buildings[ref.id];
      if (!row) continue;
      for (const ring of row.geometry.coordinates) {
        const v = openRing(ring);
        v.forEach((a, i) => {
          const b = v[(i + 1) % v.length] as Position;
          out.push({ pos: a, kind: 'vertex' });
          out.push({ pos: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], kind: 'midpoint', edge: [a, b] });
        });
      }
    }
    return out;
  }

  const showHandles = (): void => host.map.render({ handles: handles().map(({ pos, kind }) => ({ pos, kind })) });

  /** The handle under the pointer; vertices win over midpoints. */
  function handleAt(e: ToolPointer): EdgeHandle | null {
    let best: EdgeHandle | null = null;
    let bestD = HANDLE_RADIUS_PX;
    for (const h of handles()) {
      const d = pxDistance(host.map.project(h.pos), e.px) - (h.kind === 'vertex' ? 0.5 : 0);
      if (d <= bestD) {
        best = h;
        bestD = d;
      }
    }
    return best;
  }

  async function commitRows(moved: MovedRow[], summary: string, invalidText: string): Promise<void> {
    const problem = moved.map((m) => polygonProblem(m.row.geometry)).find((p) => p !== null);
    if (problem) {
      host.error(invalidText.replace('{reason}', problem));
      showHandles();
      return;
    }
    const ops = moved.map((m) =>
      m.table === 'compounds'
        ? { op: 'put' as const, table: 'compounds' as const, row: m.row }
        : { op: 'put' as const, table: 'buildings' as const, row: m.row },
    );
    await host.commit({ ops, summary });
    showHandles();
  }

  function deleteAt(h: EdgeHandle): void {
    const rows = host.rows();
    const refs = findSharedVertices(rows, h.pos);
    const moved = deleteVertices(rows, refs, h.pos);
    void commitRows(moved, t('map.summary.deleteVertex', { n: moved.length }), t('map.error.vertexDelete'));
  }

  return {
    refresh() {
      // A change confirmed mid-drag (another window's, echoed by the backend) must not wipe the drag preview.
      if (!drag) showHandles();
    },
    pointerDown(e: ToolPointer) {
      const h = handleAt(e);
      if (!h || e.button !== 0) return false;
      if (h.kind === 'vertex' && e.alt) {
        deleteAt(h);
        return true;
      }
      const rows = host.rows();
      const start =
        h.kind === 'vertex'
          ? { rows, refs: findSharedVertices(rows, h.pos) }
          : insertOnSharedEdge(rows, ...(h.edge as [Position, Position]), h.pos);
      drag = {
        base: start.rows,
        refs: start.refs,
        exclude: new Set(start.refs.map((r) => featureKey(r.table, r.id))),
        summaryKey: h.kind === 'vertex' ? 'map.summary.moveVertex' : 'map.summary.insertVertex',
        to: null,
      };
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (!drag) {
        host.map.setCursor(handleAt(e) ? 'move' : '');
        return;
      }
      const s = snappedPointer(host, e, drag.exclude);
      drag.to = s.pos;
      const previews = moveVertices(drag.base, drag.refs, s.pos).map((m) => m.row.geometry);
      host.map.render({ previews, snap: s.snap });
    },
    pointerUp() {
      const d = drag;
      drag = null;
      if (!d?.to) {
        showHandles();
        return;
      }
      const moved = moveVertices(d.base, d.refs, d.to);
      void commitRows(moved, t(d.summaryKey, { n: moved.length }), t('map.error.invalidPolygon'));
    },
    keyDown(e) {
      if (e.key !== 'Escape' || !drag) return false;
      drag = null; // the pointerUp that follows finds no drag and commits nothing
      showHandles();
      return true;
    },
    contextMenu(e: ToolPointer) {
      const h = handleAt(e);
      if (h?.kind === 'vertex') deleteAt(h);
    },
    click(e: ToolPointer) {
      if (handleAt(e)) return;
      const top = featuresAt(host.hitIndex(), e.lngLat)[0];
      host.setSelection(top ? [{ table: top.table, id: top.id }] : []);
      showHandles();
    },
    deactivate() {
      drag = null;
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
