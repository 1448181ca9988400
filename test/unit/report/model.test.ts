// The report pages' pure parts: the dossier model agrees with the package figures the app reports elsewhere, the
// minutes follow the agenda and count verdicts, sheets split by line budgets, and the small helpers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPackages } from '../../../electron/backend/bundle-report';
import { selectRows } from '../../../electron/backend/exchange/select-rows';
import { ledgerRecords } from '../../../electron/backend/exchange/write/ledger-rows';
import { safeFileName } from '../../../electron/backend/report/files';
import { countPdfPages, reportRoute } from '../../../electron/backend/report/printer';
import { dossierModel } from '../../../renderer/src/report/dossierModel';
import { formatYuan } from '../../../renderer/src/report/format';
import { crsName, niceLength, scaleDenominator } from '../../../renderer/src/report/mapScale';
import { minutesModel } from '../../../renderer/src/report/minutesModel';
import { chunkRows, paperOf, textLines } from '../../../renderer/src/report/paper';
import { parseReportRoute } from '../../../renderer/src/report/route';
import { createEstimator } from '../../../shared/analysis/estimate';
import { estimatorMember, groupMemberRows } from '../../../shared/analysis/estimateMembers';
import { createMetricFrame } from '../../../shared/geo/crs';
import { addMeeting, demoWithPackages, type Fixture, fakePdf } from './helpers';
import { prepareDossierDemo } from './prepare';

describe('dossier model on the demo', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await demoWithPackages();
  });
  afterAll(() => fx.remove());

  it('matches the package totals and estimate the bundle report gives, compounds sorted by name', async () => {
    const call = ((name: string, input: unknown) =>
      (fx.backend.handlers as unknown as Record<string, (i: unknown) => Promise<unknown>>)[name]?.(
        input,
      )) as Parameters<typeof prepareDossierDemo>[0];
    const prepared = await prepareDossierDemo(call);
    const rows = await fx.backend.handlers['features.load']({});
    const info = await fx.backend.handlers['project.current']({});
    if (!info) throw new Error('no project');
    const m = dossierModel(rows, info.settings, prepared.pkg.id, null);
    if (!m) throw new Error('no model');
    const [expected] = bundledPackages(
      [prepared.pkg],
      rows.package_members,
      rows,
      info.settings,
      createMetricFrame(info.settings.metric_epsg),
    );
    expect(m.estimate.total).toBeGreaterThan(0);
    expect(m.estimate.total).toBeCloseTo(expected?.estimate_yuan ?? -1, 6);
    expect(m.totals.households).toBe(expected?.households);
    expect(m.compounds.map((c) => c.compound.name)).toEqual(
      [...prepared.compoundNames].sort((a, b) => a.localeCompare(b, 'zh')),
    );
    expect(m.opinions.map((o) => o.department).sort()).toEqual(['住建', '消防', '燃气'].sort());
    expect(m.opinions[0]?.meetingTitle).toBe(prepared.meeting.title);
    expect(m.leftover.length).toBeGreaterThan(0);
    // The proposed facilities with what each fails where it stands: the lot on leftover land nothing, the waste
    // point on a building that building (by name) and its fire separation.
    const failures = new Map(m.facilities.map((f) => [f.name, m.facilityFailures.get(f.id)]));
    expect([...failures.keys()].sort()).toEqual(['压楼收集点', '新增停车场']);
    expect(failures.get('新增停车场')).toEqual([]);
    expect(failures.get('压楼收集点')).toContain(`不压占建筑 · ${prepared.buildingName}`);
    expect(failures.get('压楼收集点')?.some((f) => f.startsWith(`防火间距 · ${prepared.buildingName}：`))).toBe(true);
    expect(m.indicators.before.site_area_m2).toBeGreaterThan(0);
    expect(dossierModel(rows, info.settings, '00000000-0000-4000-8000-000000000000', null)).toBeNull();
  });

  it('costs road and facility quantities the way the package panel does (dossier and bundle report alike)', async () => {
    let rows = await fx.backend.handlers['features.load']({});
    const info = await fx.backend.handlers['project.current']({});
    if (!info) throw new Error('no project');
    // A member compound with a road of its own; plan its road_area item without a quantity: the road gives it.
    const pkg = rows.packages.find((p) =>
      rows.package_members.some(
        (m) => m.package_id === p.id && rows.roads.some((r) => r.compound_id === m.compound_id),
      ),
    );
    if (!pkg) throw new Error('no package with a road');
    const roadItems = new Set(rows.renovation_items.filter((i) => i.quantity_rule === 'road_area').map((i) => i.id));
    const members = new Set(rows.package_members.filter((m) => m.package_id === pkg.id).map((m) => m.compound_id));
    const lines = rows.compound_items.filter(
      (l) =>
        members.has(l.compound_id) &&
        roadItems.has(l.item_id) &&
        rows.roads.some((r) => r.compound_id === l.compound_id),
    );
    expect(lines.length).toBeGreaterThan(0);
    await fx.backend.handlers['change.apply']({
      change: {
        summary: 'plan road works',
        ops: lines.map((l) => ({
          op: 'put' as const,
          table: 'compound_items' as const,
          row: { ...l, planned: true, quantity: null },
        })),
      },
    });
    rows = await fx.backend.handlers['features.load']({});
    const frame = createMetricFrame(info.settings.metric_epsg);
    const m = dossierModel(rows, info.settings, pkg.id, null);
    const [reported] = bundledPackages([pkg], rows.package_members, rows, info.settings, frame);
    // The package panel's way (renderer/src/items/useEstimates.ts): the estimator over estimatorMember.
    const groups = groupMemberRows(rows);
    const catalog = Object.fromEntries(rows.renovation_items.map((i) => [i.id, i]));
    const panel = createEstimator().package(
      rows.compounds.filter((c) => members.has(c.id)).map((c) => estimatorMember(c, groups)),
      { catalog, frame, settings: info.settings },
      pkg.funding ?? info.settings.funding_defaults,
    );
    const roadLines = m?.compounds.flatMap((c) => c.estimate.lines.filter((l) => roadItems.has(l.item_id))) ?? [];
    expect(roadLines.length).toBe(lines.length);
    expect(roadLines.every((l) => l.suggested && l.quantity > 0)).toBe(true);
    expect(m?.estimate.total).toBeCloseTo(panel.total, 6);
    expect(reported?.estimate_yuan).toBeCloseTo(panel.total, 6);
    // The 台账 export too.
    const ledger = ledgerRecords(selectRows(rows, info.settings, [pkg.id]));
    expect(ledger.reduce((sum, r) => sum + r.estimate_yuan, 0)).toBeCloseTo(panel.total, 6);
  });

  it('minutes: packages in agenda order, verdicts counted, conditions kept', async () => {
    const { meeting } = await addMeeting(fx.backend);
    const rows = await fx.backend.handlers['features.load']({});
    const info = await fx.backend.handlers['project.current']({});
    if (!info) throw new Error('no project');
    const m = minutesModel(rows, info.settings, meeting.id);
    expect(m?.packages.map((p) => p.id)).toEqual(meeting.agenda);
    expect(m?.counts).toEqual({ pass: 1, conditional: 1, reject: 1 });
    expect(m?.packages[1]?.opinions.map((o) => o.department)).toEqual(['住建', '消防']); // settings' department order
    expect(m?.packages[1]?.opinions[1]?.conditions).toBe('消防车道净宽不小于4米');
    expect(minutesModel(rows, info.settings, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

describe('report helpers', () => {
  it('splits rows into sheets by line budget, never losing a row', () => {
    expect(chunkRows([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(chunkRows([], 5)).toEqual([[]]);
    expect(chunkRows(['a', 'bb', 'c'], 3, (s) => (s === 'bb' ? 3 : 1))).toEqual([['a'], ['bb'], ['c']]);
    const many = Array.from({ length: 100 }, (_, i) => i);
    expect(chunkRows(many, 7).flat()).toEqual(many);
  });

  it('paper sizes and wrapped lines', () => {
    const a4 = paperOf('A4');
    const a3 = paperOf('A3');
    expect([a4.widthMm, a4.heightMm, a3.widthMm, a3.heightMm]).toEqual([210, 297, 297, 420]);
    expect(a3.rowsPerSheet).toBeGreaterThan(a4.rowsPerSheet);
    expect(a4.rowsPerSheet).toBeGreaterThan(15);
    expect(textLines('短', 100, 10)).toBe(1);
    expect(textLines('字'.repeat(60), 50, 10)).toBe(5); // 50 mm at 10 pt ≈ 14 glyphs a line
    expect(textLines('一\n二', 100, 10)).toBe(2);
  });

  it('scale bar, scale and CRS text', () => {
    expect(niceLength(37)).toBe(20);
    expect(niceLength(120)).toBe(100);
    expect(niceLength(0.7)).toBe(0.5);
    expect(scaleDenominator(2.487)).toBe(2500);
    expect(scaleDenominator(0.873)).toBe(870);
    expect(crsName(4544)).toBe('CGCS2000 / 3° GK CM 105°E');
  });

  it('routes, page counts, folder names and money', () => {
    const route = reportRoute('dossier', { package: 'abc', paper: 'A3' });
    expect(route).toBe('dossier?package=abc&paper=A3');
    expect(parseReportRoute(`#report/${route}`)?.params.get('paper')).toBe('A3');
    expect(parseReportRoute('#report/minutes')?.kind).toBe('minutes');
    expect(parseReportRoute('#review-audience')).toBeNull();
    expect(countPdfPages(fakePdf(7))).toBe(7);
    expect(safeFileName('南明/河:片区*1?', 'x')).toBe('南明_河_片区_1_');
    expect(safeFileName('  ..', 'fallback')).toBe('fallback');
    expect(formatYuan(1234567.4)).toBe('1,234,567');
  });
});
