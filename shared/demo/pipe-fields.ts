import type { Position } from '../model/geometry';
import type { Pipeline } from '../model/tables';
import type { LocalPipe } from './pipes-streets';

// A compound pipe's own fields before it gets an id, a code and its compound (pipes-compounds.ts adds those).

export type PipeFields = Omit<LocalPipe, 'id' | 'code' | 'compound_id' | 'package_id' | 'municipal'>;

/** Code prefix per type (编号): JS 给水, YS 雨水, WS 污水, ZS 再生水, RQ 燃气, RL 热力, DL 电力, TX 通信, GG 管沟. */
export const PIPE_CODE_PREFIX: Record<Pipeline['type'], string> = {
  water_supply: 'JS',
  storm: 'YS',
  sewer: 'WS',
  reclaimed: 'ZS',
  gas: 'RQ',
  heating: 'RL',
  power: 'DL',
  telecom: 'TX',
  utility_trench: 'GG',
};

export const pipe = (
  type: Pipeline['type'],
  status: Pipeline['status'],
  diameter_mm: number,
  cover: [number, number],
  path: Position[],
  extra: Partial<PipeFields> = {},
): PipeFields => ({
  type,
  status,
  diameter_mm,
  depth_start_m: cover[0],
  depth_end_m: cover[1],
  path,
  gas_pressure: null,
  laying: null,
  material: type === 'sewer' || type === 'storm' ? 'HDPE双壁波纹管' : type === 'gas' ? 'PE管' : 'PE给水管',
  owner: '小区产权单位',
  ...extra,
});
