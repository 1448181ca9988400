import { expect, test } from 'vitest';
import { columnOptions, noticeText, whereIs } from '../../../renderer/src/exchange/importState';
import '../../../shared/i18n/exchange-import';

// The dialog's pure helpers: where the data lies against the map view, the mapping choices, notice texts.

test('whereIs: inside the view, or the distance of the centres', () => {
  expect(whereIs([106.7, 26.6, 106.71, 26.61], [106.6, 26.5, 106.8, 26.7])).toEqual({ inView: true, km: 0.7 });
  const away = whereIs([107.7, 26.6, 107.71, 26.61], [106.6, 26.5, 106.8, 26.7]);
  expect(away?.inView).toBe(false);
  expect(away?.km).toBeGreaterThan(90); // one degree of longitude at 26.6°N ≈ 99.5 km
  expect(away?.km).toBeLessThan(110);
  expect(whereIs([0, 0, 1, 1], null)).toBeNull();
});

test('mapping choices start with skip; notices name columns by label', () => {
  const options = columnOptions('pipelines');
  expect(options[0]).toEqual({ value: '', label: '（不导入）' });
  expect(options.map((o) => o.value)).toContain('diameter_mm');
  expect(noticeText({ key: 'exchange.note.badValues', params: { column: 'households', count: 2 } })).toBe(
    '字段“户数”有 2 个值无法识别或过长，已留空/截断',
  );
});
