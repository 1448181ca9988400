// The drag skeleton of the vertex-editing tools (editVertices.ts, editLineVertices.ts, editAreaVertices.ts): grab the
// handle under the pointer (vertices win over midpoints), drag it with a snapped preview in the overlay, commit one
// Change on release, Escape drops the drag; Alt+click or right-click on a vertex deletes it. During a drag only the
// overlay shows the new shape. Each tool supplies its own part: its handles, which rows a drag or a deletion
// changes (and so which vertices move together), and what a click beside the handles selects.
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import type { RowOf } from '../../../../shared/model/tables';
import { featureKey } from '../geo/snap';
import { polygonProblem } from './rules';
import { snappedPointer } from './snapping';
import {
  type FeatureRef,
  HANDLE_RADIUS_PX,
  type Handle,
  pxDistance,
  type Tool,
  type ToolHost,
  type ToolPointer,
} from './types';

type VertexTable = 'compounds' | 'buildings' | 'pipelines' | 'roads' | 'trees' | 'site_areas';

/** One row a drag or a deletion puts, with its vertices already moved. */
export type VertexEdit = { [T in VertexTable]: { table: T; row: RowOf<T> } }[VertexTable];

export type DragSummaryKey = 'map.summary.moveVertex' | 'map.summary.insertVertex';

/** A tool's own part of vertex editing; `H` is its handle, `D` what a drag carries from grab to release. */
export interface VertexEditing<H extends Handle, D> {
  /** The handles of the selected features; of two equally near the pointer the later one is grabbed. */
  handles(): H[];
  /** The drag grabbing `h` starts (a midpoint's vertex already inserted), or null when `h` cannot be dragged. */
  startDrag(h: H): D | null;
  /** The rows the drag changes with its vertex at `to`: previewed while dragging, committed on release. */
  dragged(drag: D, to: Position): VertexEdit[];
  /** The summary of a committed drag; moveVertex unless given. */
  summaryKey?(drag: D): DragSummaryKey;
  /** The rows deleting vertex `h` changes, or null when it may not be deleted. */
  deleted(h: H): VertexEdit[] | null;
  /** What a click away from every handle selects. */
  featureAt(e: ToolPointer): FeatureRef | null;
}

/**
 * A vertex handle per vertex, each followed by the midpoint handle of the edge it starts; a closed (open-ring) list's
 * last edge runs back to its first vertex. `make` adds the tool's own fields, given the vertex index and, for a
 * midpoint, the edge's endpoints.
 */
export function vertexHandles<H extends Handle>(
  vertices: readonly Position[],
  closed: boolean,
  make: (handle: Handle, index: number, edge?: [Position, Position]) => H,
): H[] {
  const out: H[] = [];
  vertices.forEach((a, i) => {
    out.push(make({ pos: a, kind: 'vertex' }, i));
    const b = closed ? (vertices[(i + 1) % vertices.length] as Position) : vertices[i + 1];
    if (b) out.push(make({ pos: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], kind: 'midpoint' }, i, [a, b]));
  });
  return out;
}

export function createVertexDragTool<H extends Handle, D>(host: ToolHost, editing: VertexEditing<H, D>): Tool {
  let drag: { state: D; to: Position | null } | null = null;

  const showHandles = (): void =>
    host.map.render({ handles: editing.handles().map(({ pos, kind }) => ({ pos, kind })) });

  /** The handle under the pointer; the half-pixel bonus lets a vertex win over a midpoint at the same distance. */
  function handleAt(e: ToolPointer): H | null {
    let best: H | null = null;
    let bestD = HANDLE_RADIUS_PX;
    for (const h of editing.handles()) {
      const d = pxDistance(host.map.project(h.pos), e.px) - (h.kind === 'vertex' ? 0.5 : 0);
      if (d <= bestD) {
        best = h;
        bestD = d;
      }
    }
    return best;
  }

  /** Commits the edits as one Change, unless one leaves an invalid polygon (then says why); redraws the handles. */
  async function commit(edits: VertexEdit[], summary: string, invalidText: string): Promise<void> {
    const problem = edits
      .map((e) => (e.row.geometry.type === 'Polygon' ? polygonProblem(e.row.geometry) : null))
      .find((p) => p !== null);
    if (problem) host.error(invalidText.replace('{reason}', problem));
    else if (edits.length > 0) await host.commit({ ops: edits.map((e) => ({ op: 'put' as const, ...e })), summary });
    showHandles();
  }

  function deleteAt(h: H): void {
    const edits = editing.deleted(h);
    if (edits) void commit(edits, t('map.summary.deleteVertex', { n: edits.length }), t('map.error.vertexDelete'));
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
      const state = editing.startDrag(h);
      if (state === null) return false;
      drag = { state, to: null };
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (!drag) {
        host.map.setCursor(handleAt(e) ? 'move' : '');
        return;
      }
      // The dragged features themselves are no snap targets.
      const moving = editing.dragged(drag.state, e.lngLat);
      const s = snappedPointer(host, e, new Set(moving.map((m) => featureKey(m.table, m.row.id))));
      drag.to = s.pos;
      const previews = editing.dragged(drag.state, s.pos).map((m) => m.row.geometry);
      host.map.render({ previews, snap: s.snap });
    },
    pointerUp() {
      const d = drag;
      drag = null;
      if (!d?.to) {
        showHandles();
        return;
      }
      const edits = editing.dragged(d.state, d.to);
      const key = editing.summaryKey?.(d.state) ?? 'map.summary.moveVertex';
      void commit(edits, t(key, { n: edits.length }), t('map.error.invalidPolygon'));
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
      const top = editing.featureAt(e);
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
