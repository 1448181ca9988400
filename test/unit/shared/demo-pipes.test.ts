import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPipelines } from '../../../shared/analysis/pipelines/check';
import { generateDemoDistrict } from '../../../shared/demo/index';
import { DEMO_DELIBERATE_CONFLICTS } from '../../../shared/demo/pipes-conflicts';
import { MAINS } from '../../../shared/demo/pipes-streets';
import { createMetricFrame } from '../../../shared/geo/crs';
import { PIPE_TYPES } from '../../../shared/model/pipelines';
import { pipelineSchema, treeSchema } from '../../../shared/model/tables';
import { defaultClearanceRules } from '../../../shared/standards/gb50289/index';

// The demo district's pipelines and trees (issue 5): valid rows, a separate PRNG stream (earlier rows identical),
// municipal mains of every street type, service lines and new pipes in compounds, and the deliberate conflicts.

const demo = generateDemoDistrict();

describe('demo pipelines and trees', () => {
  it('leaves the compounds, buildings and survey lines identical (hash before issue 5)', () => {
    const hash = createHash('sha256')
      .update(JSON.stringify([demo.compounds.map(({ code: _code, ...c }) => c), demo.buildings, demo.compound_items]))
      .digest('hex');
    expect(hash).toBe('ee5e44d612278070b0738592293ff78ff1b8edd8139f0153fde0b414c604b1c8');
  });

  it('is deterministic and passes the row schemas', () => {
    const again = generateDemoDistrict();
    expect(again.pipelines).toEqual(demo.pipelines);
    expect(again.trees).toEqual(demo.trees);
    for (const p of demo.pipelines) expect(pipelineSchema.parse(p)).toEqual(p);
    for (const t of demo.trees) expect(treeSchema.parse(t)).toEqual(t);
    const ids = [...demo.pipelines, ...demo.trees].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(demo.pipelines.map((p) => p.code)).size).toBe(demo.pipelines.length);
  });

  it('lays municipal mains of seven types along the streets, with owners and codes', () => {
    const mains = demo.pipelines.filter((p) => p.municipal);
    expect(new Set(mains.map((p) => p.type))).toEqual(new Set(MAINS.map((m) => m.type)));
    expect(MAINS.every((m) => (PIPE_TYPES as readonly string[]).includes(m.type))).toBe(true);
    for (const p of mains) {
      expect(p).toMatchObject({ status: 'existing', compound_id: null });
      expect(p.code).toMatch(/^(JS|YS|WS|RQ|RL|DL|TX)-\d{3}$/);
      expect(p.owner).toMatch(/市供水公司|市排水公司|市燃气公司|市热力公司|供电局|电信/);
    }
    expect(mains.find((p) => p.type === 'gas')?.gas_pressure).toBe('medium_b');
  });

  it('has service lines and new pipes in compounds, and trees with 2–4 m crowns', () => {
    const inCompounds = demo.pipelines.filter((p) => !p.municipal);
    expect(inCompounds.every((p) => p.compound_id !== null)).toBe(true);
    const newIn = new Set(inCompounds.filter((p) => p.status === 'new').map((p) => p.compound_id));
    expect(newIn.size).toBeGreaterThanOrEqual(2);
    expect(inCompounds.filter((p) => p.status === 'existing').length).toBeGreaterThanOrEqual(8);
    expect(demo.trees.some((t) => t.compound_id === null)).toBe(true);
    expect(demo.trees.some((t) => t.compound_id !== null)).toBe(true);
    for (const t of demo.trees) {
      expect(t.crown_radius_m).toBeGreaterThanOrEqual(2);
      expect(t.crown_radius_m).toBeLessThanOrEqual(4);
    }
  });

  it('holds its deliberate conflicts, and most pipes clear', () => {
    const conflicts = checkPipelines({
      pipelines: demo.pipelines,
      buildings: demo.buildings,
      trees: demo.trees,
      compounds: demo.compounds,
      packageOf: () => null,
      rules: defaultClearanceRules(),
      frame: createMetricFrame(demo.settings.metric_epsg ?? 4544),
    });
    const rules = conflicts.map((c) => c.rule);
    for (const rule of DEMO_DELIBERATE_CONFLICTS) expect(rules, rule).toContain(rule);
    expect(conflicts.length).toBeGreaterThanOrEqual(DEMO_DELIBERATE_CONFLICTS.length);
    expect(conflicts.length).toBeLessThanOrEqual(8);
    const involved = new Set(conflicts.flatMap((c) => [c.a.id, c.b?.id]));
    expect(demo.pipelines.filter((p) => !involved.has(p.id)).length).toBeGreaterThan(demo.pipelines.length * 0.7);
  });
});
