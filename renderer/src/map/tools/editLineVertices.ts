// Edit vertices of the selected pipelines and trees. A pipe vertex drags every pipe vertex at the same position
// (a joint of the network stays joined, as shared compound boundaries do); a midpoint handle inserts a vertex into
// that pipe and drags it; Alt+click or right-click deletes a pipe vertex while two remain. A tree's handle is its
// trunk. One Change per drag, committed on release; the overlay previews the new shapes meanwhile.
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import type { Pipeline, Tree } from '../../../../shared/model/tables';
import { movePipelineVertex, withLineVertex } from '../geo/lines';
import { samePosition } from '../geo/ring';
import { featureKey } from '../geo/snap';
import { topFeatureAt } from './select';
import { snappedPointer } from './snapping';
import { HANDLE_RADIUS_PX, type Handle, pxDistance, type Tool, type ToolHost, type ToolPointer } from './types';

interface LineHandle extends Handle {
  table: 'pipelines' | 'trees';
  id: string;
  /** Midpoints: the index of the segment's first vertex. */
  after?: number;
}

type Edited = { table: 'pipelines'; row: Pipeline } | { table: 'trees'; row: Tree };

/** The rows a drag of handle `h` to `to` changes, given the pipelines and trees it starts from. */
export function dragResult(
  pipelines: Record<string, Pipeline>,
  trees: Record<string, Tree>,
  h: LineHandle,
  to: Position,
): Edited[] {
  if (h.table === 'trees') {
    const tree = trees[h.id];
    return tree ? [{ table: 'trees', row: { ...tree, geometry: { type: 'Point', coordinates: to } } }] : [];
  }
  return movePipelineVertex(pipelines, h.pos, to).map((row) => ({ table: 'pipelines', row }));
}

export function createEditLineVerticesTool(host: ToolHost): Tool {
  let drag: { handle: LineHandle; pipelines: Record<string, Pipeline>; to: Position | null } | null = null;
  const pipelinesOf = () => host.rows().pipelines ?? {};
  const treesOf = () => host.rows().trees ?? {};

  function handles(): LineHandle[] {
    const out: LineHandle[] = [];
    for (const ref of host.selection()) {
      if (ref.table === 'trees') {
        const tree = treesOf()[ref.id];
        if (tree) out.push({ pos: tree.geometry.coordinates, kind: 'vertex', table: 'trees', id: ref.id });
      } else if (ref.table === 'pipelines') {
        const coords = pipelinesOf()[ref.id]?.geometry.coordinates ?? [];
        coords.forEach((a, i) => {
          out.push({ pos: a, kind: 'vertex', table: 'pipelines', id: ref.id });
          const b = coords[i + 1];
          if (b) {
            const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
            out.push({ pos: mid, kind: 'midpoint', table: 'pipelines', id: ref.id, after: i });
          }
        });
      }
    }
    return out;
  }
  const showHandles = (): void => host.map.render({ handles: handles().map(({ pos, kind }) => ({ pos, kind })) });

  function handleAt(e: ToolPointer): LineHandle | null {
    let best: LineHandle | null = null;
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

  async function commitEdited(edited: Edited[], summary: string): Promise<void> {
    if (edited.length > 0) await host.commit({ ops: edited.map((e) => ({ op: 'put' as const, ...e })), summary });
    showHandles();
  }

  function deleteAt(h: LineHandle): void {
    const pipe = pipelinesOf()[h.id];
    if (h.table !== 'pipelines' || !pipe || pipe.geometry.coordinates.length <= 2) return;
    const coordinates = pipe.geometry.coordinates.filter((p) => !samePosition(p, h.pos));
    const row: Pipeline = { ...pipe, geometry: { type: 'LineString', coordinates } };
    void commitEdited([{ table: 'pipelines', row }], t('map.summary.deleteVertex', { n: 1 }));
  }

  return {
    refresh() {
      if (!drag) showHandles();
    },
    pointerDown(e: ToolPointer) {
      const h = handleAt(e);
      if (!h || e.button !== 0) return false;
      if (h.kind === 'vertex' && e.alt) {
        deleteAt(h);
        return true;
      }
      let pipelines = pipelinesOf();
      const pipe = pipelines[h.id];
      if (h.kind === 'midpoint' && pipe && h.after !== undefined) {
        // The inserted vertex is then dragged like any other (it is shared with no other pipe yet).
        pipelines = { ...pipelines, [h.id]: { ...pipe, geometry: withLineVertex(pipe.geometry, h.after, h.pos) } };
      }
      drag = { handle: { ...h, kind: 'vertex' }, pipelines, to: null };
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (!drag) {
        host.map.setCursor(handleAt(e) ? 'move' : '');
        return;
      }
      const moving = dragResult(drag.pipelines, treesOf(), drag.handle, e.lngLat);
      const exclude = new Set(moving.map((m) => featureKey(m.table, m.row.id)));
      const s = snappedPointer(host, e, exclude);
      drag.to = s.pos;
      const previews = dragResult(drag.pipelines, treesOf(), drag.handle, s.pos).map((m) => m.row.geometry);
      host.map.render({ previews, snap: s.snap });
    },
    pointerUp() {
      const d = drag;
      drag = null;
      if (!d?.to) {
        showHandles();
        return;
      }
      const edited = dragResult(d.pipelines, treesOf(), d.handle, d.to);
      void commitEdited(edited, t('map.summary.moveVertex', { n: edited.length }));
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

/** Edit-vertices for the current selection: the line tool when a pipe or tree is selected, else the polygon one. */
export function createEditAnyVerticesTool(host: ToolHost, polygonTool: Tool): Tool {
  const lineTool = createEditLineVerticesTool(host);
  const isLine = (): boolean => host.selection().some((r) => r.table === 'pipelines' || r.table === 'trees');
  let active: Tool = isLine() ? lineTool : polygonTool;
  const pick = (): Tool => {
    const next = isLine() ? lineTool : polygonTool;
    if (next !== active) active.deactivate?.();
    active = next;
    return active;
  };
  return {
    refresh: () => pick().refresh?.(),
    pointerDown: (e) => pick().pointerDown?.(e) ?? false,
    pointerMove: (e) => active.pointerMove?.(e),
    pointerUp: (e) => active.pointerUp?.(e),
    click: (e) => {
      active.click?.(e);
      pick().refresh?.();
    },
    doubleClick: (e) => active.doubleClick?.(e),
    contextMenu: (e) => pick().contextMenu?.(e),
    keyDown: (e) => active.keyDown?.(e) ?? false,
    deactivate: () => active.deactivate?.(),
  };
}
