import { describe, expect, it } from 'vitest';
import { clearanceRuleSchema, type Pipeline } from '../../../shared/model/tables';
import table from '../../../shared/standards/gb50289/gb50289-2016.json';
import {
  clearanceCsv,
  clearanceJson,
  coverColumn,
  defaultClearanceRules,
  parseClearanceCsv,
  parseClearanceJson,
  standardPipeKey,
  verticalPipeKey,
} from '../../../shared/standards/gb50289/index';

const keyOf = (type: Pipeline['type'], extra: Partial<Pipeline> = {}) =>
  standardPipeKey({ type, diameter_mm: 100, gas_pressure: null, laying: null, ...extra });

describe('GB 50289 clearance table as rows', () => {
  const rules = defaultClearanceRules();
  const byId = new Map(rules.map((r) => [r.id, r]));

  it('has one valid row per tabulated value, ids unique', () => {
    const h = table.horizontal_min_clearance_m;
    const objectCells = Object.values(h.pipe_to_object)
      .flatMap((o) => Object.values(o))
      .filter((c) => c[0] !== null);
    const coverCells = [
      ...table.min_cover_depth_m.non_motor_lane_incl_sidewalk,
      ...table.min_cover_depth_m.motor_lane,
    ].filter((v) => v !== null);
    const expected =
      h.pipe_to_pipe.length +
      2 +
      objectCells.length +
      table.vertical_min_clearance_at_crossing_m.pairs.length +
      coverCells.length;
    expect(rules).toHaveLength(expected);
    expect(byId.size).toBe(rules.length);
    for (const r of rules) expect(clearanceRuleSchema.safeParse(r).success).toBe(true);
  });

  it('keeps values, grades and clauses', () => {
    expect(byId.get('horizontal_pipe:sewer_storm|water_supply_le200')).toMatchObject({ metres: 1.0, confidence: 'A' });
    expect(byId.get('horizontal_pipe:sewer_storm|water_supply_gt200')?.metres).toBe(1.5);
    expect(byId.get('horizontal_pipe:power_direct_buried|power_direct_buried')?.source).toContain('low confidence');
    expect(byId.get('horizontal_pipe:gas_to_gas|dn_le300')).toMatchObject({ metres: 0.4, confidence: 'C' });
    expect(byId.get('horizontal_pipe:gas_to_gas|dn_gt300')?.metres).toBe(0.5);
    expect(byId.get('horizontal_object:sewer_storm|building_foundation')).toMatchObject({
      metres: 2.5,
      confidence: 'A',
    });
    expect(byId.get('horizontal_object:power_conduit|pylon_foundation_le35kV')).toBeUndefined(); // null cell
    expect(byId.get('vertical:sewer_storm|water_supply')).toMatchObject({ metres: 0.4, confidence: 'B' });
    expect(byId.get('cover:drainage|sidewalk')).toMatchObject({ metres: 0.6, confidence: 'B' });
    expect(byId.get('cover:gas|motor')).toMatchObject({ metres: 0.9, confidence: 'C' });
    expect(byId.get('cover:utility_trench|sidewalk')).toBeUndefined();
    expect(byId.get('horizontal_pipe:sewer_storm|water_supply_le200')?.source).toMatch(/^GB 50289-2016 表4\.1\.9/);
    expect(byId.get('vertical:sewer_storm|water_supply')?.source).toContain('表4.1.14');
    expect(byId.get('cover:drainage|sidewalk')?.source).toContain('表4.1.1');
  });

  it('maps rows to the standard keys', () => {
    expect(keyOf('water_supply', { diameter_mm: 200 })).toBe('water_supply_le200');
    expect(keyOf('water_supply', { diameter_mm: 201 })).toBe('water_supply_gt200');
    expect(keyOf('storm')).toBe('sewer_storm');
    expect(keyOf('sewer')).toBe('sewer_storm');
    expect(keyOf('reclaimed')).toBe('reclaimed_water');
    expect(keyOf('gas')).toBe('gas_low');
    expect(keyOf('gas', { gas_pressure: 'subhigh_a' })).toBe('gas_subhigh_a');
    expect(keyOf('power')).toBe('power_direct_buried');
    expect(keyOf('power', { laying: 'conduit' })).toBe('power_conduit');
    expect(keyOf('telecom', { laying: 'conduit' })).toBe('telecom_duct');
    expect(keyOf('heating')).toBe('heat_direct_buried');
    expect(keyOf('utility_trench')).toBe('utility_trench');
    const base = { diameter_mm: 100, gas_pressure: null, laying: null, material: '' } as const;
    expect(verticalPipeKey({ ...base, type: 'heating' })).toBe('heat');
    expect(verticalPipeKey({ ...base, type: 'telecom', laying: 'conduit' })).toBe('telecom_conduit_or_tunnel');
    expect(verticalPipeKey({ ...base, type: 'gas', gas_pressure: 'medium_a' })).toBe('gas');
    expect(coverColumn({ ...base, type: 'storm' })).toBe('drainage');
    expect(coverColumn({ ...base, type: 'telecom', laying: 'conduit', material: '钢管' })).toBe(
      'telecom_steel_conduit',
    );
    // Every key the mapping can produce has rows in the table.
    const keys = new Set(rules.flatMap((r) => [r.a, r.b]));
    for (const k of [
      'water_supply_le200',
      'gas_subhigh_b',
      'telecom_duct',
      'heat',
      'telecom_conduit_or_tunnel',
      'drainage',
    ]) {
      expect(keys.has(k)).toBe(true);
    }
  });
});

describe('clearance table import/export', () => {
  const rules = defaultClearanceRules();

  it('round-trips CSV and JSON, including quotes and commas', () => {
    const edited = rules.map((r, i) =>
      i === 0 ? { ...r, metres: 0.8, confidence: 'local' as const, source: '旧区改造, 加套管 "专家论证"' } : r,
    );
    const csv = parseClearanceCsv(clearanceCsv(edited));
    expect(csv).toEqual({ ok: true, rules: edited });
    expect(parseClearanceJson(clearanceJson(edited))).toEqual({ ok: true, rules: edited });
  });

  it('reports every bad line in Chinese', () => {
    const lines = clearanceCsv(rules.slice(0, 4)).trimEnd().split('\n');
    lines[2] = lines[2]?.replace(/,[0-9.]+,/, ',abc,') ?? '';
    lines[3] = lines[3]?.replace('horizontal_pipe,', 'sideways,') ?? '';
    lines.push(lines[1] ?? '');
    const result = parseClearanceCsv(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(result.errors[0]?.message).toContain('不是数字');
    expect(result.errors[1]?.message).toContain('kind');
    expect(result.errors[2]?.message).toContain('重复');
    expect(parseClearanceCsv('a,b\n1,2')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseClearanceJson('{')).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: '不是有效的 JSON 文件' }],
    });
    const bad = parseClearanceJson(JSON.stringify([rules[0], { ...rules[1], metres: -1 }]));
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 2 }] });
  });
});
