// Edit vertices of the selected pipelines, roads and trees. A pipe vertex drags every pipe vertex at the same
// position (a joint of the network stays joined, as shared compound boundaries do), a road vertex every road vertex
// there (a junction); a midpoint handle inserts a vertex into that line and drags it; Alt+click or right-click
// deletes a line vertex while two remain. A tree's handle is its trunk. Site areas go to editAreaVertices.ts. The
// drag itself (preview, snapping, one Change on release, Escape) is vertexDrag.ts.
import type { Position } from '../../../../shared/model/geometry';
import type { Pipeline, Road, Tree } from '../../../../shared/model/tables';
import { movePipelineVertex, withLineVertex } from '../geo/lines';
import { samePosition } from '../geo/ring';
import { createEditAreaVerticesTool } from './editAreaVertices';
import { topFeatureAt } from './select';
import type { Handle, Tool, ToolHost } from './types';
import { createVertexDragTool, vertexHandles } from './vertexDrag';

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

/** A drag of `handle` (always a vertex by then) over `lines`. */
interface LineDrag {
  handle: LineHandle;
  lines: LineRows;
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
  const linesOf = (): LineRows => ({ pipelines: host.rows().pipelines ?? {}, roads: host.rows().roads ?? {} });
  const treesOf = () => host.rows().trees ?? {};

  return createVertexDragTool<LineHandle, LineDrag>(host, {
    handles() {
      const out: LineHandle[] = [];
      for (const ref of host.selection()) {
        if (ref.table === 'trees') {
          const tree = treesOf()[ref.id];
          if (tree) out.push({ pos: tree.geometry.coordinates, kind: 'vertex', table: 'trees', id: ref.id });
        } else if (ref.table === 'pipelines' || ref.table === 'roads') {
          const table = ref.table;
          const coords = linesOf()[table][ref.id]?.geometry.coordinates ?? [];
          out.push(
            ...vertexHandles(coords, false, (h, i) =>
              h.kind === 'vertex' ? { ...h, table, id: ref.id } : { ...h, table, id: ref.id, after: i },
            ),
          );
        }
      }
      return out;
    },
    startDrag(h) {
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
      return { handle: { ...h, kind: 'vertex' }, lines };
    },
    dragged: (drag, to) => dragResult(drag.lines, treesOf(), drag.handle, to),
    deleted(h) {
      if (h.table === 'trees') return null;
      const line = linesOf()[h.table][h.id];
      if (!line || line.geometry.coordinates.length <= 2) return null;
      const geometry = {
        type: 'LineString' as const,
        coordinates: line.geometry.coordinates.filter((p) => !samePosition(p, h.pos)),
      };
      return [
        h.table === 'roads'
          ? { table: 'roads', row: { ...(line as Road), geometry } }
          : { table: 'pipelines', row: { ...(line as Pipeline), geometry } },
      ];
    },
    featureAt: (e) => topFeatureAt(host, e),
  });
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
