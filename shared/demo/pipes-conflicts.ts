import type { Position } from '../model/geometry';
import type { Rect } from './grid';
import { type PipeFields, pipe } from './pipe-fields';

// The demo's deliberate clearance conflicts (GB 50289-2016), one per compound, each drawn just south of the
// compound's south-east building `b` (buildings stand ≥ 7 m inside their parcel, so there is room):
// - horizontal_building: a sewer 1.5 m from the foundation (表4.1.9 requires 2.5 m, grade A);
// - horizontal_tree: a low-pressure gas pipe 0.3 m from a tree trunk (0.75 m, C);
// - vertical_crossing: a direct-buried telecom cable crossing 0.1 m above a water pipe (表4.1.14: 0.5 m, C);
// - horizontal_pipe: a water pipe 0.6 m beside a sewer over the building's length (1.0 m, A), one run;
// - cover_depth: a direct-buried power cable with 0.4 m of cover (表4.1.1: 0.7 m, C);
// - no_main_connection: a new water pipe leaving its compound eastwards without reaching a main.
// Every other clearance of these pipes holds, so each adds exactly one conflict.

export const DEMO_DELIBERATE_CONFLICTS = [
  'horizontal_building',
  'horizontal_tree',
  'vertical_crossing',
  'horizontal_pipe',
  'cover_depth',
  'no_main_connection',
] as const;
export type DemoConflict = (typeof DEMO_DELIBERATE_CONFLICTS)[number];

export interface ConflictDrawing {
  pipes: PipeFields[];
  /** Tree trunks (crown radius 3 m). */
  trees: Position[];
}

export function drawConflict(rule: DemoConflict, b: Rect, parcel: Rect): ConflictDrawing {
  const mid = Math.round((b.x0 + b.x1) / 2);
  const along = (dy: number): Position[] => [
    [b.x0, b.y0 - dy],
    [b.x1, b.y0 - dy],
  ];
  switch (rule) {
    case 'horizontal_building':
      return { pipes: [pipe('sewer', 'existing', 200, [1.6, 1.8], along(1.5))], trees: [] };
    case 'horizontal_tree':
      return {
        pipes: [pipe('gas', 'existing', 100, [1.0, 1.0], along(3), { gas_pressure: 'low' })],
        trees: [[mid, b.y0 - 3.3]],
      };
    case 'vertical_crossing': {
      const cable: Position[] = [
        [mid, b.y0 - 6],
        [mid, b.y0 - 1.5],
      ];
      const telecom = { laying: 'direct_buried', material: '直埋光缆', owner: '电信' } as const;
      return {
        pipes: [
          pipe('water_supply', 'existing', 100, [1.1, 1.1], along(3)),
          pipe('telecom', 'existing', 50, [0.95, 0.95], cable, telecom),
        ],
        trees: [],
      };
    }
    case 'horizontal_pipe':
      return {
        pipes: [
          pipe('water_supply', 'existing', 100, [1.0, 1.0], along(3)),
          pipe('sewer', 'existing', 200, [1.6, 1.7], along(3.6)),
        ],
        trees: [],
      };
    case 'cover_depth': {
      const power = { laying: 'direct_buried', material: '直埋电缆', owner: '供电局' } as const;
      return { pipes: [pipe('power', 'existing', 100, [0.4, 0.4], along(3), power)], trees: [] };
    }
    case 'no_main_connection': {
      const out: Position[] = [
        [b.x1 - 5, b.y0 - 3],
        [parcel.x1 + 4, b.y0 - 3],
      ];
      return { pipes: [pipe('water_supply', 'new', 110, [1.0, 1.0], out)], trees: [] };
    }
  }
}
