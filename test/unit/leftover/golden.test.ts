import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLeftover } from '../../../shared/analysis/leftover';
import { buildSite, FIXTURE_DIR, fixtureNames, readSpec } from '../../fixtures/leftover/site';

// Golden leftover cases (issue 4 §5): each fixture's hand-checked figures (areas to 0.1 m², in the fixture's note)
// are asserted, and the whole output (pieces in lon/lat, rectangles, fits) is compared with out/<name>.json
// (REGEN=1 rewrites it; then `npx biome check --write test/fixtures/leftover/out` and review the diff).

const names = fixtureNames();

describe('leftover golden fixtures', () => {
  it('has the cases', () => expect(names.length).toBeGreaterThanOrEqual(6));

  for (const name of names) {
    it(name, () => {
      const spec = readSpec(name);
      const result = computeLeftover(buildSite(spec), spec.options);
      expect(result).toHaveLength(1);
      const c = result[0];
      if (!c) throw new Error('no result');
      expect(Math.abs(c.leftover_m2 - spec.expect.leftover_m2)).toBeLessThanOrEqual(0.1);
      expect(c.pieces).toHaveLength(spec.expect.pieces);
      if (spec.expect.min_width_m) expect(c.pieces.map((p) => p.min_width_m)).toEqual(spec.expect.min_width_m);
      for (const [type, count] of Object.entries(spec.expect.fits ?? {})) {
        expect(c.pieces[0]?.fits.find((f) => f.type === type)?.count).toBe(count);
      }
      const file = path.join(FIXTURE_DIR, 'out', `${name}.json`);
      if (process.env.REGEN) fs.writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
      expect(result).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });
  }
});
