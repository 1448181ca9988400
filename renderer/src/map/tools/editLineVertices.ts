// Edit vertices of the selected pipelines, roads and trees. A pipe vertex drags every pipe vertex at the same
// position (a joint of the network stays joined, as shared compound boundaries do), a road vertex every road vertex
// there (a junction); a midpoint handle inserts a vertex into that line and drags it; Alt+click or right-click
// deletes a line vertex while two remain. A tree's handle is its trunk. Site areas go to editAreaVertices.ts. One
// Change per drag, committed on release; the overlay previews the new shapes meanwhile.
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import type { Pipeline, Road, Tree } from '../../../../shared/model/tables';
import { movePipelineVertex, withLineVertex } from '../geo/lines';
import { samePosition } from '../geo/ring';
import { featureKey } from '../geo/snap';
import { createEditAreaVerticesTool } from './editAreaVertices';
import { topFeatureAt } from './select';
import { snappedPointer } from './snapping';
import { HANDLE_RADIUS_PX, type Handle, pxDistance, type Tool, type ToolHost, type ToolPointer } from './types';

type LineTable = 'pipelines' | 'roads';

interface LineHandle extends Handle {
  table: LineTable | 'trees';
  id: string;
  /** Midpoints: the index of the segment's first vertex. */
  after?: number;
}

type Edited = { table: 'pipelines'; row: Pipeline } | { table: 'roads'; row: Road } | { table: 'trees'; row: Tree };

/** The line rows a drag starts from (with a midpoint's inserted vertex already in place). */
interface LineRows {
  pipelines: Record<string, Pipeline>;
  roads: Record<string, Road>;
}

/** The rows a drag of handle `h` to `to` changes, given the lines and trees it starts from. */
export function dragResult(lines: LineRows, trees: Record<string, Tree>, h: LineHandle, to: Position): Edited[] {
  if (h.table === 'trees') {
    const tree = trees[h.id];
    return tree ? [{ table: 'trees', row: { ...tree, geometry: { type: 'Point', coordinates: to } } }] : [];
  }
  if (h.table === 'roads') return movePipelineVertex(lines.roads, h.pos, to).map((row) => ({ table: 'roads', row }));
  return movePipelineVertex(lines.pipelines, h.pos, to).map((row) => ({ table: 'pipelines', row }));
}

export function createEditLineVerticesTool(host: ToolHost): Tool {
  let drag: { handle: LineHandle; lines: LineRows; to: Position | null } | null = null;
  const linesOf = (): LineRows => ({ pipelines: host.rows().pipelines ?? {}, roads: host.rows().roads ?? {} });
  const treesOf = () => host.rows().trees ?? {};

  function handles(): LineHandle[] {
    const out: LineHandle[] = [];
    for (const ref of host.selection()) {
      if (ref.table === 'trees') {
        const tree = treesOf()[ref.id];
        if (tree) out.push({ pos: tree.geometry.coordinates, kind: 'vertex', table: 'trees', id: ref.id });
      } else if (ref.table === 'pipelines' || ref.table === 'roads') {
        const table = ref.table;
        const coords = linesOf()[table][ref.id]?.geometry.coordinates ?? [];
        coords.forEach((a, i) => {
          out.push({ pos: a, kind: 'vertex', table, id: ref.id });
          const b = coords[i + 1];
          if (b) {
            const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
            out.push({ pos: mid, kind: 'midpoint', table, id: ref.id, after: i });
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
    if (h.table === 'trees') return;
    const line = linesOf()[h.table][h.id];
    if (!line || line.geometry.coordinates.length <= 2) return;
    const geometry = {
      type: 'LineString' as const,
      coordinates: line.geometry.coordinates.filter((p) => !samePosition(p, h.pos)),
    };
    const edited: Edited =
      h.table === 'roads'
        ? { table: 'roads', row: { ...(line as Road), geometry } }
        : { table: 'pipelines', row: { ...(line as Pipeline), geometry } };
    void commitEdited([edited], t('map.summary.deleteVertex', { n: 1 }));
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
      const lines = linesOf();
      if (h.kind === 'midpoint' && h.after !== undefined && h.table !== 'trees') {
        // The inserted vertex is then dragged like any other (it is shared with no other line yet).
        const at = h.after;
        if (h.table === 'roads') {
          const road = lines.roads[h.id];
          if (road)
            lines.roads = { ...lines.roads, [h.id]: { ...road, geometry: withLineVertex(road.geometry, at, h.pos) } };
        } else {
          const pipe = lines.pipelines[h.id];
          if (pipe)
            lines.pipelines = {
              ...lines.pipelines,
              [h.id]: { ...pipe, geometry: withLineVertex(pipe.geometry, at, h.pos) },
            };
        }
      }
      drag = { handle: { ...h, kind: 'vertex' }, lines, to: null };
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (!drag) {
        host.map.setCursor(handleAt(e) ? 'move' : '');
        return;
      }
      const moving = dragResult(drag.lines, treesOf(), drag.handle, e.lngLat);
      const exclude = new Set(moving.map((m) => featureKey(m.table, m.row.id)));
      const s = snappedPointer(host, e, exclude);
      drag.to = s.pos;
      const previews = dragResult(drag.lines, treesOf(), drag.handle, s.pos).map((m) => m.row.geometry);
      host.map.render({ previews, snap: s.snap });
    },
    pointerUp() {
      const d = drag;
      drag = null;
      if (!d?.to) {
        showHandles();
        return;
      }
      const edited = dragResult(d.lines, treesOf(), d.handle, d.to);
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

/**
 * Edit-vertices for the current selection: the line tool when a pipe, road or tree is selected, the area tool for a
 * site area, else the polygon one (compounds and buildings, with shared vertices).
 */
export function createEditAnyVerticesTool(host: ToolHost, polygonTool: Tool): Tool {
  const lineTool = createEditLineVerticesTool(host);
  const areaTool = createEditAreaVerticesTool(host);
  const isLine = (): boolean =>
    host.selection().some((r) => r.table === 'pipelines' || r.table === 'trees' || r.table === 'roads');
  const isArea = (): boolean => host.selection().some((r) => r.table === 'site_areas');
  const choose = (): Tool => (isLine() ? lineTool : isArea() ? areaTool : polygonTool);
  let active: Tool = choose();
  const pick = (): Tool => {
    const next = choose();
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
