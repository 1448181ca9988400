import type { Confidence } from '../../model/pipelines';
import type { ClearanceRule } from '../../model/tables';
import table from './gb50289-2016.json';

// GB 50289-2016 as rows of the project's clearance_rules table. The JSON beside this file is a verbatim copy of
// /work/shared/standards/gb50289-pipeline-clearances.json (the source of truth); every row keeps the JSON's grade
// (C = unverified) so the check can show it wherever a value decides a result.

export type { ClearanceParse, ClearanceParseError } from './io';
export { clearanceCsv, clearanceJson, parseClearanceCsv, parseClearanceJson } from './io';
export { coverColumn, standardPipeKey, verticalOrderIndex, verticalPipeKey } from './keys';

export const STANDARD = 'GB 50289-2016';
export const CLAUSE_HORIZONTAL = '表4.1.9';
export const CLAUSE_VERTICAL = '表4.1.14';
export const CLAUSE_COVER = '表4.1.1';
export const CLAUSE_ORDER = '§4.1.12';
export const CLAUSE_NO_STACKING = '§4.1.6';
/** Grade of the §4.1.12 order and §4.1.6 (exam-site quotations). */
export const ORDER_CONFIDENCE: Confidence = 'B';
export const STACKING_CONFIDENCE: Confidence = 'B';

/** Gas-to-gas horizontal rows: a = 'gas_to_gas', b = the larger pipe's DN class. */
export const GAS_TO_GAS = 'gas_to_gas';
export const GAS_DN_LE300 = 'dn_le300';
export const GAS_DN_GT300 = 'dn_gt300';
export const LANE_SIDEWALK = 'sidewalk';
export const LANE_MOTOR = 'motor';

const grade = (g: unknown): Confidence => (g === 'A' || g === 'B' || g === 'C' ? g : 'C');
const source = (clause: string, note: unknown): string =>
  `${STANDARD} ${clause}${typeof note === 'string' && note ? `（${note}）` : ''}`;

/** Symmetric rows are stored with a ≤ b so a pair has one id. */
export const symmetricId = (kind: ClearanceRule['kind'], a: string, b: string): string =>
  a <= b ? `${kind}:${a}|${b}` : `${kind}:${b}|${a}`;

function symmetric(kind: 'horizontal_pipe' | 'vertical', clause: string, row: readonly unknown[]): ClearanceRule {
  const [x, y, metres, conf, note] = row as [string, string, number, string, string | undefined];
  const [a, b] = x <= y ? [x, y] : [y, x];
  return { id: symmetricId(kind, a, b), kind, a, b, metres, confidence: grade(conf), source: source(clause, note) };
}

function horizontalPipeRules(): ClearanceRule[] {
  const h = table.horizontal_min_clearance_m;
  const rows = h.pipe_to_pipe.map((row) => symmetric('horizontal_pipe', CLAUSE_HORIZONTAL, row));
  const gas = grade(h.gas_to_gas.conf);
  const gasSource = source(CLAUSE_HORIZONTAL, h.gas_to_gas.rule);
  for (const [b, metres] of [
    [GAS_DN_LE300, 0.4],
    [GAS_DN_GT300, 0.5],
  ] as const) {
    rows.push({
      id: `horizontal_pipe:${GAS_TO_GAS}|${b}`,
      kind: 'horizontal_pipe',
      a: GAS_TO_GAS,
      b,
      metres,
      confidence: gas,
      source: gasSource,
    });
  }
  return rows;
}

function horizontalObjectRules(): ClearanceRule[] {
  const rows: ClearanceRule[] = [];
  // The JSON types cells as (string | number)[]; each cell is [metres | null, grade].
  const byPipe = table.horizontal_min_clearance_m.pipe_to_object as unknown as Record<
    string,
    Record<string, [number | null, string]>
  >;
  for (const [a, objects] of Object.entries(byPipe)) {
    for (const [b, [metres, conf]] of Object.entries(objects)) {
      if (metres === null) continue; // not tabulated: no row, so no check
      rows.push({
        id: `horizontal_object:${a}|${b}`,
        kind: 'horizontal_object',
        a,
        b,
        metres,
        confidence: grade(conf),
        source: source(CLAUSE_HORIZONTAL, ''),
      });
    }
  }
  return rows;
}

function coverRules(): ClearanceRule[] {
  const c = table.min_cover_depth_m;
  const rows: ClearanceRule[] = [];
  const lanes = [
    [LANE_SIDEWALK, c.non_motor_lane_incl_sidewalk, '非机动车道（含人行道）'],
    [LANE_MOTOR, c.motor_lane, '机动车道'],
  ] as const;
  for (const [lane, values, label] of lanes) {
    c.columns.forEach((column, i) => {
      const metres = values[i];
      if (metres === null || metres === undefined) return;
      const confidence = column === 'drainage' ? grade(c.conf.drainage) : grade(c.conf.others);
      rows.push({
        id: `cover:${column}|${lane}`,
        kind: 'cover',
        a: column,
        b: lane,
        metres,
        confidence,
        source: source(CLAUSE_COVER, label),
      });
    });
  }
  return rows;
}

/** The seeded clearance table: one row per tabulated value (horizontal pipe–pipe incl. gas, pipe–object, vertical, cover). */
export function defaultClearanceRules(): ClearanceRule[] {
  const vertical = table.vertical_min_clearance_at_crossing_m.pairs.map((row) =>
    symmetric('vertical', CLAUSE_VERTICAL, row),
  );
  return [...horizontalPipeRules(), ...horizontalObjectRules(), ...vertical, ...coverRules()];
}

/** Clause of the table a rule kind comes from (for a conflict's `clause`). */
export const clauseOfKind = (kind: ClearanceRule['kind']): string =>
  kind === 'vertical' ? CLAUSE_VERTICAL : kind === 'cover' ? CLAUSE_COVER : CLAUSE_HORIZONTAL;
