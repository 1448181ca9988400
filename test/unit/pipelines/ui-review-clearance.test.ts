import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import {
  editClearanceChange,
  groupRules,
  originalMetres,
  replaceClearanceTableChange,
} from '../../../renderer/src/pipelines/clearanceEdit';
import { parseClearanceFile } from '../../../renderer/src/pipelines/clearanceFile';
import { acceptConflictChange, revokeAcceptChange } from '../../../renderer/src/pipelines/reviewChange';
import type { Handlers } from '../../../shared/api';
import type { ClearanceRule, ConflictReviewRow } from '../../../shared/model/tables';
import { clearanceCsv, defaultClearanceRules } from '../../../shared/standards/gb50289';
import { recorder, tempDir } from '../backend/helpers';

// The review and clearance-table changes the UI builds, applied to a real project file through the backend.
let backend: Backend;
let h: Handlers;

beforeEach(async () => {
  const dir = tempDir();
  backend = createBackend({ homeDir: dir, emit: recorder().emit });
  h = backend.handlers;
  await h['project.create']({ path: path.join(dir, 'p.gpkg') });
});
afterEach(() => backend.dispose());

const load = async () => await h['features.load']({});
const byId = <T extends { id: string }>(rows: readonly T[]): Record<string, T> =>
  Object.fromEntries(rows.map((r) => [r.id, r]));

describe('accepting a conflict', () => {
  const conflict = { key: 'horizontal_pipe:a|b', rule: 'horizontal_pipe' as const };
  test('puts an accepted review with the note; revoking keeps the row, accepted false', async () => {
    const t0 = new Date('2026-11-21T10:00:00Z');
    const accept = acceptConflictChange(conflict, '  加设钢套管 ', t0, 'accept');
    await h['change.apply']({ change: accept });
    let review = (await load()).conflict_reviews.find((r) => r.id === conflict.key) as ConflictReviewRow;
    expect(review).toEqual({
      id: conflict.key,
      rule: 'horizontal_pipe',
      accepted: true,
      note: '加设钢套管',
      reviewed_at: t0.toISOString(),
    });

    const t1 = new Date('2026-11-21T11:00:00Z');
    await h['change.apply']({ change: revokeAcceptChange(review, t1, 'revoke') });
    review = (await load()).conflict_reviews.find((r) => r.id === conflict.key) as ConflictReviewRow;
    expect(review.accepted).toBe(false);
    expect(review.note).toBe('加设钢套管');
    expect(review.reviewed_at).toBe(t1.toISOString());
  });
});

describe('editing the clearance table', () => {
  const seeded = (): Record<string, ClearanceRule> => byId(defaultClearanceRules());
  test('an edit makes the row local and records the original once', async () => {
    const rule = seeded()['horizontal_pipe:sewer_storm|water_supply_le200'] as ClearanceRule;
    expect(rule.metres).toBe(1.0);
    const first = editClearanceChange(rule, 0.8, 'edit');
    if (!first) throw new Error('no change');
    const edited = first.ops[0]?.op === 'put' ? (first.ops[0].row as ClearanceRule) : rule;
    expect(edited.confidence).toBe('local');
    expect(edited.source.endsWith('（本地调整，原值 1 m）')).toBe(true);
    expect(originalMetres(edited)).toBe(1);
    const second = editClearanceChange(edited, 0.7, 'edit');
    const again = second?.ops[0]?.op === 'put' ? (second.ops[0].row as ClearanceRule) : null;
    expect(again?.source).toBe(edited.source); // the standard's value stays the original
    expect(editClearanceChange(rule, 1.0, 'same')).toBeNull();
    expect(editClearanceChange(rule, -1, 'bad')).toBeNull();

    await h['change.apply']({ change: first });
    const stored = byId((await load()).clearance_rules)[rule.id];
    expect(stored?.metres).toBe(0.8);
    expect(stored?.confidence).toBe('local');
  });

  test('an imported CSV replaces the table as one change (undo restores it)', async () => {
    const before = byId((await load()).clearance_rules);
    const keep = Object.values(before)
      .slice(0, 3)
      .map((r) => ({ ...r, metres: r.metres + 0.1 }));
    const parsed = parseClearanceFile('净距表.csv', `\uFEFF${clearanceCsv(keep)}`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const change = replaceClearanceTableChange(before, parsed.rules, 'import');
    if (!change) throw new Error('no change');
    await h['change.apply']({ change });
    const after = byId((await load()).clearance_rules);
    expect(Object.keys(after).sort()).toEqual(keep.map((r) => r.id).sort());
    await h['history.undo']({});
    expect(Object.keys(byId((await load()).clearance_rules)).length).toBe(Object.keys(before).length);
  });

  test('a bad file lists its errors in Chinese with line numbers', () => {
    const parsed = parseClearanceFile('x.csv', 'id,kind,a,b,metres,confidence,source\nv:a|b,vertical,a,b,abc,C,x\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.message).toContain('第 2 行');
    expect(parseClearanceFile('x.json', '{').ok).toBe(false);
  });

  test('rows group by kind', () => {
    const g = groupRules(seeded());
    expect(g.horizontal_pipe.length).toBeGreaterThan(10);
    expect(g.vertical.length).toBeGreaterThan(5);
    expect(g.cover.every((r) => r.kind === 'cover')).toBe(true);
  });
});
