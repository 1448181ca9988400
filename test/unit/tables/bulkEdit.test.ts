// Bulk edit: one Change for all selected rows, validated like the attribute panel; applied to a real project file.
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { bulkEditChange } from '../../../renderer/src/tables/bulkEdit';
import { packageFieldChange } from '../../../renderer/src/tables/packageEdit';
import type { Package } from '../../../shared/model/tables';
import { C1, C2, compound } from '../app/fixtures';
import { recorder, tempDir } from '../backend/helpers';

let backends: Backend[] = [];
afterEach(() => {
  for (const b of backends) b.dispose();
  backends = [];
});

describe('bulk edit', () => {
  const a = compound(C1, { management_mode: 'none' });
  const b = compound(C2, { management_mode: 'self' });

  it('puts every row that changes, in one change; rows already holding the value are left out', () => {
    const edit = bulkEditChange([a, b], 'management_mode', 'self', '批量');
    expect(edit.kind).toBe('change');
    if (edit.kind !== 'change') return;
    expect(edit.count).toBe(1);
    expect(edit.change).toEqual({
      summary: '批量',
      ops: [{ op: 'put', table: 'compounds', row: { ...a, management_mode: 'self' } }],
    });
    expect(bulkEditChange([b], 'management_mode', 'self', 's')).toEqual({ kind: 'unchanged' });
  });

  it('converts percents and refuses invalid values with the panel’s messages', () => {
    const edit = bulkEditChange([a, b], 'consent_ratio', 80, 's');
    expect(
      edit.kind === 'change' &&
        edit.change.ops.every((o) => o.op === 'put' && (o.row as { consent_ratio: number }).consent_ratio === 0.8),
    ).toBe(true);
    expect(bulkEditChange([a, b], 'build_year', 1850, 's')).toEqual({
      kind: 'invalid',
      problem: { key: 'valid.range', params: { min: 1900, max: 2100 } },
    });
    // Excluding needs a reason: refused as a whole rather than half-applied.
    expect(bulkEditChange([a, b], 'excluded', true, 's')).toMatchObject({
      kind: 'invalid',
      problem: { key: 'valid.reasonRequired' },
    });
  });

  it('is one undo step in a real project file', async () => {
    const backend = createBackend({ homeDir: tempDir(), emit: recorder().emit });
    backends.push(backend);
    const h = backend.handlers;
    await h['project.openDemo']({});
    const rows = (await h['features.load']({})).compounds.slice(0, 3);
    const edit = bulkEditChange(rows, 'management_mode', 'company', '批量修改 3 个小区：管理模式');
    if (edit.kind !== 'change') throw new Error(`expected a change, got ${edit.kind}`);
    const res = await h['change.apply']({ change: edit.change });
    expect(res.history.undoSummary).toBe('批量修改 3 个小区：管理模式');
    const after = (await h['features.load']({})).compounds.filter((c) => rows.some((r) => r.id === c.id));
    expect(after.every((c) => c.management_mode === 'company')).toBe(true);
    await h['history.undo']({});
    const undone = (await h['features.load']({})).compounds.filter((c) => rows.some((r) => r.id === c.id));
    expect(undone.map((c) => c.management_mode)).toEqual(rows.map((r) => r.management_mode));
  });
});

describe('package table edits', () => {
  const pkg = {
    id: '00000000-0000-4000-8000-0000000000a1',
    name: '片区一',
    sub_district: '',
    status: 'reserve',
    plan_year: null,
    start_year: null,
    completion_year: null,
    locked: false,
    funding: null,
    notes: '',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [106.2, 27.4],
            [106.21, 27.4],
            [106.21, 27.41],
            [106.2, 27.4],
          ],
        ],
      ],
    },
  } as unknown as Package;

  it('puts the package with the new year or status; refuses invalid years; skips unchanged', () => {
    expect(packageFieldChange(pkg, 'plan_year', 2026, 's')?.ops[0]).toMatchObject({ op: 'put', table: 'packages' });
    expect(packageFieldChange(pkg, 'plan_year', 1800, 's')).toBeNull();
    expect(packageFieldChange(pkg, 'plan_year', null, 's')).toBeNull();
    expect(packageFieldChange(pkg, 'status', 'bogus', 's')).toBeNull();
  });
});
