// Move: drag the selected feature(s); a compound carries what lies on it along (state/carry.ts: its buildings,
// facilities, site areas, roads and leftover pieces), pipelines and trees move as they are. Pressing on an unselected
// feature selects it and drags it. One Change on release; during the drag only the overlay shows the moved shapes.
import { t } from '../../../../shared/i18n';
import type { ChangeOp } from '../../../../shared/model/change';
import type { Position } from '../../../../shared/model/geometry';
import type { Pipeline, Road, SiteArea, Tree } from '../../../../shared/model/tables';
import { type CarriedRow, type CarryOwners, carriedBy, carryOps, movedCarried } from '../../state/carry';
import { featuresAt } from '../geo/hitTest';
import { lineItemAt } from '../geo/lines';
import { translatePolygon } from '../geo/ring';
import type { FeatureRows, MovedRow } from '../geo/sharedVertices';
import { topFeatureAt } from './select';
import type { FeatureRef, Tool, ToolHost, ToolPointer } from './types';

export type MovedLine =
  | { table: 'pipelines'; row: Pipeline }
  | { table: 'trees'; row: Tree }
  | { table: 'roads'; row: Road }
  | { table: 'site_areas'; row: SiteArea };

/** The selected pipelines and trees. */
export function linesToMove(rows: FeatureRows, refs: readonly FeatureRef[]): MovedLine[] {
  const out: MovedLine[] = [];
  for (const ref of refs) {
    const pipe = ref.table === 'pipelines' ? rows.pipelines?.[ref.id] : undefined;
    const tree = ref.table === 'trees' ? rows.trees?.[ref.id] : undefined;
    if (pipe) out.push({ table: 'pipelines', row: pipe });
    if (tree) out.push({ table: 'trees', row: tree });
    const road = ref.table === 'roads' ? rows.roads?.[ref.id] : undefined;
    const area = ref.table === 'site_areas' ? rows.site_areas?.[ref.id] : undefined;
    if (road) out.push({ table: 'roads', row: road });
    if (area) out.push({ table: 'site_areas', row: area });
  }
  return out;
}

export function translateLines(moving: readonly MovedLine[], dLon: number, dLat: number): MovedLine[] {
  const shift = (p: Position): Position => [p[0] + dLon, p[1] + dLat];
  const line = (coords: readonly Position[]) => ({ type: 'LineString' as const, coordinates: coords.map(shift) });
  return moving.map((m): MovedLine => {
    if (m.table === 'pipelines')
      return { table: 'pipelines', row: { ...m.row, geometry: line(m.row.geometry.coordinates) } };
    if (m.table === 'roads') return { table: 'roads', row: { ...m.row, geometry: line(m.row.geometry.coordinates) } };
    if (m.table === 'site_areas')
      return { table: 'site_areas', row: { ...m.row, geometry: translatePolygon(m.row.geometry, dLon, dLat) } };
    return {
      table: 'trees',
      row: { ...m.row, geometry: { type: 'Point', coordinates: shift(m.row.geometry.coordinates) } },
    };
  });
}

/** The selected compounds and buildings (what lies on the compounds comes along through state/carry.ts). */
export function rowsToMove(rows: FeatureRows, refs: readonly FeatureRef[]): MovedRow[] {
  const out = new Map<string, MovedRow>();
  for (const ref of refs) {
    const c = ref.table === 'compounds' ? rows.compounds[ref.id] : undefined;
    const b = ref.table === 'buildings' ? rows.buildings[ref.id] : undefined;
    if (c) out.set(`compounds:${c.id}`, { table: 'compounds', row: c });
    if (b) out.set(`buildings:${b.id}`, { table: 'buildings', row: b });
  }
  return [...out.values()];
}

const keyOf = (m: { table: string; row: { id: string } }) => `${m.table}:${m.row.id}`;
const movedOwners = (moving: readonly MovedRow[]): CarryOwners => ({
  compounds: new Set(moving.filter((m) => m.table === 'compounds').map((m) => m.row.id)),
  buildings: new Set(moving.filter((m) => m.table === 'buildings').map((m) => m.row.id)),
});
/** The rows already moving as selected (a compound does not carry them a second time). */
const alreadyMoving = (moving: readonly MovedRow[], lines: readonly MovedLine[]) =>
  new Set([...moving, ...lines].map(keyOf));

export function translateRows(moving: readonly MovedRow[], dLon: number, dLat: number): MovedRow[] {
  return moving.map((m) =>
    m.table === 'compounds'
      ? { table: 'compounds', row: { ...m.row, geometry: translatePolygon(m.row.geometry, dLon, dLat) } }
      : { table: 'buildings', row: { ...m.row, geometry: translatePolygon(m.row.geometry, dLon, dLat) } },
  );
}

export function createMoveTool(host: ToolHost): Tool {
  let drag: {
    start: Position;
    moving: MovedRow[];
    lines: MovedLine[];
    /** What lies on the moved compounds (for the preview; the ops come from carryOps on release). */
    carried: CarriedRow[];
    delta: [number, number] | null;
  } | null = null;

  const selectedUnder = (e: ToolPointer): FeatureRef | null => {
    const selected = host.selection();
    const line = host.lineIndex ? lineItemAt(host.lineIndex(), e.px, host.map) : null;
    if (line && selected.some((s) => s.table === line.table && s.id === line.id)) return line;
    const hits = featuresAt(host.hitIndex(), e.lngLat);
    const hit = hits.find((h) => selected.some((s) => s.table === h.table && s.id === h.id));
    return hit ? { table: hit.table, id: hit.id } : null;
  };

  return {
    pointerDown(e: ToolPointer) {
      if (e.button !== 0) return false;
      if (!selectedUnder(e)) {
        const top = topFeatureAt(host, e);
        if (!top) return false;
        host.setSelection([top]);
      }
      const rows = host.rows();
      const selection = host.selection();
      const moving = rowsToMove(rows, selection);
      const lines = linesToMove(rows, selection);
      const skip = alreadyMoving(moving, lines);
      const carried = carriedBy(rows, movedOwners(moving)).filter((c) => !skip.has(keyOf(c)));
      drag = { start: e.lngLat, moving, lines, carried, delta: null };
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (!drag) {
        host.map.setCursor(selectedUnder(e) ? 'move' : '');
        return;
      }
      const [dLon, dLat] = [e.lngLat[0] - drag.start[0], e.lngLat[1] - drag.start[1]];
      drag.delta = [dLon, dLat];
      const moved = [
        ...translateRows(drag.moving, dLon, dLat),
        ...translateLines(drag.lines, dLon, dLat),
        ...drag.carried.map((c) => movedCarried(c, dLon, dLat)),
      ];
      host.map.render({ previews: moved.map((m) => m.row.geometry) });
    },
    pointerUp() {
      const d = drag;
      drag = null;
      host.map.render({});
      if (!d?.delta || d.moving.length + d.lines.length === 0) return;
      const moved = translateRows(d.moving, ...d.delta);
      const ops: ChangeOp[] = moved.map((m) =>
        m.table === 'compounds'
          ? { op: 'put' as const, table: 'compounds' as const, row: m.row }
          : { op: 'put' as const, table: 'buildings' as const, row: m.row },
      );
      for (const m of translateLines(d.lines, ...d.delta)) ops.push({ op: 'put', ...m });
      const [dLon, dLat] = d.delta;
      const skip = alreadyMoving(d.moving, d.lines);
      ops.push(...carryOps(host.rows(), movedOwners(d.moving), { op: 'move', dLon, dLat }, skip));
      void host.commit({ ops, summary: t('map.summary.move', { n: ops.length }) });
    },
    keyDown(e) {
      if (e.key !== 'Escape' || !drag) return false;
      drag = null; // cancelled: the pointerUp that follows commits nothing
      host.map.render({});
      return true;
    },
    deactivate() {
      drag = null;
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
