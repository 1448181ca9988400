// Place facility (issue 4 §3). With a catalog entry picked (clicked, or dragged from the catalog over the map) the
// footprint follows the pointer, snaps into leftover land and is checked on every move; a click (or the drop)
// puts it — one change. Without one, pressing on a facility selects it and drags it (checked live, one change on
// release); R / Shift+R turns the footprint (or the selected facility) by 15°, Delete removes the selected facility,
// Esc cancels. The check results go out through the port (panel and map), never into the store directly.
import { t } from '../../../../shared/i18n';
import type { Position } from '../../../../shared/model/geometry';
import type { Facility } from '../../../../shared/model/tables';
import { type FacilityType, facilityType } from '../../../../shared/standards/facilities';
import { type Candidate, type CandidateDeps, candidateAt } from '../../facilities/candidate';
import { dropBridge } from '../../facilities/dropBridge';
import {
  deleteChange,
  moveChange,
  movedRow,
  newFacilityRow,
  placeChange,
  rotateChange,
  rotatedRow,
} from '../../facilities/facilityRows';
import type { LiveCheck } from '../../facilities/placementStore';
import { readRect } from '../../facilities/shape';
import { pointInPolygon } from '../geo/hitTest';
import type { Px } from '../geo/snap';
import type { Tool, ToolHost, ToolKey, ToolPointer } from './types';

export const ROTATE_STEP_DEG = 15;

/** What the tool needs beyond the ToolHost: the picked catalog entry, the live-result sink, the checks. */
export interface PlacementPort {
  pending(): string | null;
  clearPending(): void;
  publish(live: LiveCheck | null, settled?: boolean): void;
  deps(movingId: string | null): CandidateDeps;
  facilities(): Record<string, Facility>;
}

interface Session {
  type: FacilityType;
  row: Facility | null; // null: a new facility
  deps: CandidateDeps;
  /** Pointer minus the facility's centre at the press (moves keep the grip point under the pointer). */
  grip: [number, number];
  offsetDeg: number;
  last: Position | null;
  cand: Candidate | null;
}

const liveOf = (c: Candidate, ms: number): LiveCheck => ({
  typeKey: c.typeKey,
  geometry: c.geometry,
  compoundId: c.compoundId,
  checks: c.checks,
  stalls: c.stalls,
  snappedTo: c.snappedTo,
  ms,
});

export function createPlaceFacilityTool(host: ToolHost, port: PlacementPort): Tool {
  let session: Session | null = null;
  let dragging = false;

  const facilityAt = (p: Position): Facility | null => {
    for (const f of Object.values(port.facilities())) if (pointInPolygon(p, f.geometry)) return f;
    return null;
  };
  const selectedFacility = (): Facility | null => {
    const sel = host.selection();
    const ref = sel.length === 1 ? sel[0] : undefined;
    return ref?.table === 'facilities' ? (port.facilities()[ref.id] ?? null) : null;
  };

  /** The session for the picked catalog entry, started on the first move that needs it. */
  const pendingSession = (): Session | null => {
    const key = port.pending();
    if (!key) return null;
    if (session && !session.row && session.type.key === key) return session;
    const type = facilityType(key);
    if (!type) {
      host.error(t('facilities.unknownType', { key }));
      port.clearPending();
      return null;
    }
    session = { type, row: null, deps: port.deps(null), grip: [0, 0], offsetDeg: 0, last: null, cand: null };
    return session;
  };

  const update = (s: Session, p: Position): void => {
    s.last = p;
    const start = performance.now();
    const size = s.row
      ? readRect(s.row.geometry, s.deps.epsg).size
      : { width_m: s.type.width_m, length_m: s.type.length_m };
    const at: Position = [p[0] - s.grip[0], p[1] - s.grip[1]];
    s.cand = candidateAt(
      s.deps,
      { type: s.type, size, height_m: s.row?.height_m },
      at,
      s.row?.rotation_deg ?? 0,
      s.offsetDeg,
    );
    port.publish(liveOf(s.cand, performance.now() - start));
    host.map.render({ previews: [s.cand.geometry] });
  };

  const end = (): void => {
    session = null;
    dragging = false;
    host.map.render({});
  };

  const place = async (p: Position): Promise<void> => {
    const s = pendingSession();
    if (!s) return;
    update(s, p);
    const cand = s.cand;
    if (!cand) return;
    if (!cand.compoundId) {
      host.error(t('facilities.check.outside'));
      return;
    }
    const row = newFacilityRow(host.newId(), s.type, cand);
    const live = liveOf(cand, 0);
    port.clearPending();
    end();
    if (await host.commit(placeChange(row))) {
      host.setSelection([{ table: 'facilities', id: row.id }]);
      port.publish(live, true);
    }
  };

  const bridge = {
    hover(_px: Px, lngLat: Position) {
      const s = pendingSession();
      if (s) update(s, lngLat);
    },
    drop(_px: Px, lngLat: Position) {
      void place(lngLat);
    },
    leave() {
      if (session && !session.row) {
        end();
        port.publish(null);
      }
    },
  };
  dropBridge.current = bridge;

  const rotate = (e: ToolKey): boolean => {
    const delta = e.shift ? -ROTATE_STEP_DEG : ROTATE_STEP_DEG;
    const s = session ?? pendingSession();
    if (s) {
      s.offsetDeg += delta;
      if (s.last) update(s, [s.last[0] + s.grip[0], s.last[1] + s.grip[1]]);
      return true;
    }
    const f = selectedFacility();
    if (!f) return false;
    void host.commit(rotateChange(rotatedRow(f, delta, port.deps(f.id).epsg)));
    return true;
  };

  return {
    pointerDown(e: ToolPointer) {
      if (e.button !== 0 || port.pending()) return false;
      const f = facilityAt(e.lngLat);
      const type = f ? facilityType(f.type) : undefined;
      if (!f || !type) return false;
      host.setSelection([{ table: 'facilities', id: f.id }]);
      const deps = port.deps(f.id);
      const { center } = readRect(f.geometry, deps.epsg);
      session = {
        type,
        row: f,
        deps,
        grip: [e.lngLat[0] - center[0], e.lngLat[1] - center[1]],
        offsetDeg: 0,
        last: null,
        cand: null,
      };
      dragging = true;
      return true;
    },
    pointerMove(e: ToolPointer) {
      if (dragging && session) {
        update(session, e.lngLat);
        return;
      }
      const s = pendingSession();
      if (s) {
        update(s, e.lngLat);
        host.map.setCursor('crosshair');
        return;
      }
      host.map.setCursor(facilityAt(e.lngLat) ? 'move' : '');
    },
    pointerUp() {
      const s = session;
      if (!dragging || !s?.row) return;
      const cand = s.cand;
      end();
      if (!cand) return; // pressed and released without moving: a click, selection already done
      const row = movedRow(s.row, cand);
      void host.commit(moveChange(row)).then((ok) => {
        if (ok) port.publish(liveOf(cand, 0), true);
      });
    },
    click(e: ToolPointer) {
      if (port.pending()) {
        void place(e.lngLat);
        return;
      }
      const f = facilityAt(e.lngLat);
      host.setSelection(f ? [{ table: 'facilities', id: f.id }] : []);
    },
    keyDown(e: ToolKey) {
      if (e.ctrl) return false;
      if (e.key === 'r' || e.key === 'R') return rotate(e);
      if (e.key === 'Escape') {
        if (!session && !port.pending()) return false;
        port.clearPending();
        end();
        port.publish(null);
        return true;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !session) {
        const f = selectedFacility();
        if (!f) return false;
        void host.commit(deleteChange(f));
        port.publish(null);
        return true;
      }
      return false;
    },
    deactivate() {
      if (dropBridge.current === bridge) dropBridge.current = null;
      end();
      port.publish(null);
      host.map.setCursor('');
    },
  };
}
