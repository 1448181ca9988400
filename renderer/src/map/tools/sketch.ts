// The sketch state machine every drawing tool shares: click adds a vertex (snapped), a second click within 3 px of
// the last vertex is the first half of a double-click (ignored), double-click or Enter finishes, Backspace removes
// the last vertex, Esc cancels (and with nothing drawn is left to the shell: back to the select tool). What a
// finished sketch becomes is the caller's `finish`; while it saves, clicks and further finishes are ignored.
import type { Position } from '../../../../shared/model/geometry';
import { samePosition } from '../geo/ring';
import { snappedPointer } from './snapping';
import { pxDistance, type Tool, type ToolHost, type ToolKey, type ToolPointer } from './types';

/** A second click this close (px) to the last vertex is the first half of a double-click, not a new vertex. */
const DUPLICATE_CLICK_PX = 3;

export interface SketchOptions {
  /** Draw the sketch as a polygon once it has three points (area tools). */
  closed: boolean;
  /**
   * Turns the vertices into a saved feature. Resolves true when saved (the sketch is cleared), false when refused
   * (the sketch is kept so the user can fix it; `finish` has said why).
   */
  finish(vertices: Position[]): Promise<boolean>;
}

/** The vertices without consecutive repeats (a double-click may leave one). */
export function distinctVertices(vertices: readonly Position[]): Position[] {
  return vertices.filter((p, i) => i === 0 || !samePosition(p, vertices[i - 1] as Position));
}

export function createSketch(host: ToolHost, opts: SketchOptions): Tool {
  let vertices: Position[] = [];
  let hover: Position | null = null;
  let snap: Position | null = null;
  let saving = false;

  const render = (): void => {
    const sketch = hover ? [...vertices, hover] : vertices;
    host.map.render(opts.closed ? { sketch, sketchClosed: sketch.length >= 3, snap } : { sketch, snap });
  };
  const reset = (): void => {
    vertices = [];
    hover = null;
    snap = null;
    render();
  };

  async function finish(): Promise<void> {
    if (saving) return;
    saving = true;
    try {
      if (await opts.finish([...vertices])) reset();
    } finally {
      saving = false;
    }
  }

  return {
    pointerMove(e: ToolPointer) {
      host.map.setCursor('crosshair');
      const s = snappedPointer(host, e);
      hover = s.pos;
      snap = s.snap;
      render();
    },
    click(e: ToolPointer) {
      if (saving) return;
      const s = snappedPointer(host, e);
      const last = vertices[vertices.length - 1];
      if (last && pxDistance(host.map.project(last), host.map.project(s.pos)) < DUPLICATE_CLICK_PX) return;
      vertices = [...vertices, s.pos];
      render();
    },
    doubleClick() {
      void finish();
    },
    keyDown(e: ToolKey) {
      if (e.key === 'Enter') void finish();
      else if (e.key === 'Backspace') {
        if (vertices.length === 0) return false;
        vertices = vertices.slice(0, -1);
        render();
      } else if (e.key === 'Escape') {
        if (vertices.length === 0) return false; // Esc with nothing drawn is the shell's (back to select)
        reset();
      } else return false;
      return true;
    },
    deactivate() {
      vertices = [];
      hover = null;
      snap = null;
      host.map.render({});
      host.map.setCursor('');
    },
  };
}
