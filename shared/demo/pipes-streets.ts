import type { Position } from '../model/geometry';
import type { PipeType } from '../model/pipelines';
import type { Pipeline } from '../model/tables';
import type { StreetGrid } from './grid';
import type { Rng } from './prng';

// The demo's municipal mains (市政主管) and street trees (行道树), in local metres. Every east–west street between
// two rows of blocks carries one main of each type at a fixed offset from its centre line (north positive) and a
// fixed cover depth. Offsets keep every outer-wall clearance of GB 50289 表4.1.9 between neighbours; depths stack
// the types in the order of §4.1.12 (通信, 电力, 燃气, 热力, 给水, 雨水, 污水 from the surface down) with gaps above
// the vertical clearances of 表4.1.14, so a service line crossing a main of another type clears it.

/** A pipe before it is placed: geometry in local metres. */
export type LocalPipe = Omit<Pipeline, 'geometry'> & { path: Position[] };
export interface LocalTree {
  id: string;
  species: string;
  crown_radius_m: number;
  compound_id: string | null;
  at: Position;
}

export interface MainSpec {
  type: PipeType;
  prefix: string;
  offset_m: number;
  cover_m: number;
  diameter_mm: number;
  material: string;
  owner: string;
  gas_pressure: Pipeline['gas_pressure'];
  laying: Pipeline['laying'];
}

const main = (
  type: PipeType,
  prefix: string,
  offset_m: number,
  cover_m: number,
  diameter_mm: number,
  material: string,
  owner: string,
  extra: Partial<Pick<MainSpec, 'gas_pressure' | 'laying'>> = {},
): MainSpec => ({
  type,
  prefix,
  offset_m,
  cover_m,
  diameter_mm,
  material,
  owner,
  gas_pressure: extra.gas_pressure ?? null,
  laying: extra.laying ?? null,
});

/** North to south across the street; bottoms and tops leave ≥ 0.2 m (≥ 0.45 m above storm) between layers. */
export const MAINS: readonly MainSpec[] = [
  main('power', 'DL', 4.2, 1.6, 400, '电缆保护管', '供电局', { laying: 'conduit' }),
  main('telecom', 'TX', 3.0, 1.0, 300, 'PVC通信管块', '电信', { laying: 'conduit' }),
  main('water_supply', 'JS', 1.6, 3.1, 300, '球墨铸铁管', '市供水公司'),
  main('gas', 'RQ', 0, 2.2, 200, 'PE管', '市燃气公司', { gas_pressure: 'medium_b' }),
  main('heating', 'RL', -1.6, 2.6, 250, '预制直埋保温管', '市热力公司'),
  main('storm', 'YS', -3.6, 3.85, 600, '钢筋混凝土管', '市排水公司'),
  main('sewer', 'WS', -4.6, 4.7, 400, 'HDPE双壁波纹管', '市排水公司'),
];

export const mainOf = (type: PipeType): MainSpec => {
  const spec = MAINS.find((m) => m.type === type);
  if (!spec) throw new RangeError(`no main of type ${type}`);
  return spec;
};

/** Centre line (y) of the east–west street north of row band `row`; there is one between every two rows. */
export const streetCentre = (grid: StreetGrid, row: number): number | null => {
  const band = grid.rows[row];
  if (!band || row >= grid.rows.length - 1) return null;
  return band.end + band.streetWidth / 2;
};

/** Numbering per type: JS-001, JS-002 … */
export function createCoder(): (prefix: string) => string {
  const next = new Map<string, number>();
  return (prefix) => {
    const n = (next.get(prefix) ?? 0) + 1;
    next.set(prefix, n);
    return `${prefix}-${String(n).padStart(3, '0')}`;
  };
}

export function streetMains(rng: Rng, grid: StreetGrid, code: (prefix: string) => string): LocalPipe[] {
  const x0 = grid.columns[0]?.start ?? 0;
  const last = grid.columns[grid.columns.length - 1];
  const x1 = last ? last.end + last.streetWidth : 0;
  const pipes: LocalPipe[] = [];
  grid.rows.forEach((_, row) => {
    const c = streetCentre(grid, row);
    if (c === null) return;
    for (const m of MAINS)
      pipes.push({
        id: rng.uuid(),
        code: code(m.prefix),
        type: m.type,
        gas_pressure: m.gas_pressure,
        laying: m.laying,
        diameter_mm: m.diameter_mm,
        depth_start_m: m.cover_m,
        depth_end_m: m.cover_m,
        material: m.material,
        status: 'existing',
        owner: m.owner,
        municipal: true,
        compound_id: null,
        package_id: null,
        path: [
          [x0, c + m.offset_m],
          [x1, c + m.offset_m],
        ],
      });
  });
  return pipes;
}

/** Tree spacing along a street; service lines are laid half-way between two trees. */
export const TREE_SPACING_M = 12;
const STREET_SPECIES = ['法国梧桐', '香樟', '银杏', '桂花'] as const;

/** 行道树 on both sides of the wide east–west streets (≥ 16 m), 1.2 m inside the street edge. */
export function streetTrees(rng: Rng, grid: StreetGrid): LocalTree[] {
  const x0 = grid.columns[0]?.start ?? 0;
  const last = grid.columns[grid.columns.length - 1];
  const x1 = last ? last.end : 0;
  const trees: LocalTree[] = [];
  grid.rows.forEach((band, row) => {
    const c = streetCentre(grid, row);
    if (c === null || band.streetWidth < 16) return;
    const species = rng.pick(STREET_SPECIES);
    for (const side of [1, -1]) {
      const y = c + side * (band.streetWidth / 2 - 1.2);
      for (let x = x0 + TREE_SPACING_M / 2; x < x1; x += TREE_SPACING_M)
        trees.push({
          id: rng.uuid(),
          species,
          crown_radius_m: Math.round(rng.range(2, 4) * 10) / 10,
          compound_id: null,
          at: [x, y],
        });
    }
  });
  return trees;
}
