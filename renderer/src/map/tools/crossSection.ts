// 断面 (cross-section): a click on the map opens the section at that point. The tool stays a pure state machine:
// what opening means (the section modal's view state) arrives as `open`, so a unit test passes a plain function.
import type { Position } from '../../../../shared/model/geometry';
import type { Tool, ToolHost, ToolPointer } from './types';

export function createCrossSectionTool(host: ToolHost, open: (lngLat: Position) => void): Tool {
  return {
    pointerMove() {
      host.map.setCursor('crosshair');
    },
    click(e: ToolPointer) {
      if (e.button !== 0) return;
      open(e.lngLat);
    },
    deactivate() {
      host.map.setCursor('');
    },
  };
}
