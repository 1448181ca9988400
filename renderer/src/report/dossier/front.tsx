import type { DossierCompound } from '../dossierModel';
import { formatNumber, formatWan, formatYuan } from '../format';
import { chunkRows } from '../paper';
import type { SheetDef } from '../Sheet';
import { type Column, KeyValues, Table } from '../tables';
import { type Ctx, orNone, SECTION_KEYS, type SectionKey, sectionSheets, sectionTitle, zh } from './sections';

// The dossier's front: cover, contents and the package overview.

export function cover({ m, date }: Ctx): SheetDef {
  return {
    key: 'cover',
    running: '',
    bare: true,
    body: (
      <div className="rp-cover">
        <div className="rp-cover-title">{zh('report.dossier.title')}</div>
        <div className="rp-cover-package">{m.pkg.name}</div>
        <div className="rp-cover-meta">
          <div>
            {zh('report.dossier.project')}：{m.projectName}
          </div>
          <div>
            {zh('report.dossier.package')}：{m.pkg.name}
          </div>
          <div>
            {zh('report.dossier.designUnit')}：{m.designUnit || zh('report.dossier.designUnitMissing')}
          </div>
          <div>
            {zh('report.dossier.date')}：{date}
          </div>
        </div>
      </div>
    ),
  };
}

export function contents(pages: Map<SectionKey, number>): SheetDef {
  return {
    key: 'contents',
    running: zh('report.dossier.contents'),
    body: (
      <>
        <h1 style={{ textAlign: 'center' }}>{zh('report.dossier.contents')}</h1>
        <ol className="rp-toc">
          {SECTION_KEYS.map((k) => (
            <li key={k}>
              <span>{sectionTitle(k)}</span>
              <span className="rp-dots" />
              <span>{pages.get(k) ?? ''}</span>
            </li>
          ))}
        </ol>
      </>
    ),
  };
}

export function overview({ m, paper }: Ctx): SheetDef[] {
  const tt = m.totals;
  const years = tt.build_year_min === null ? zh('report.unknown') : `${tt.build_year_min}–${tt.build_year_max}`;
  const summary = (
    <KeyValues
      pairs={[
        [zh('report.dossier.package'), m.pkg.name],
        [zh('report.field.subDistrict'), m.pkg.sub_district || '—'],
        [zh('report.field.status'), zh(`report.status.${m.pkg.status}`)],
        [zh('report.field.planYear'), orNone(m.pkg.plan_year)],
        [zh('report.field.compounds'), String(tt.compounds)],
        [zh('report.field.buildings'), String(tt.buildings)],
        [zh('report.field.households'), formatNumber(tt.households)],
        [zh('report.field.floorArea'), formatNumber(Math.round(tt.floor_area_m2))],
        [zh('report.field.buildYears'), years],
        [zh('report.field.estimate'), `${formatYuan(m.estimate.total)} 元（${formatWan(m.estimate.total)} 万元）`],
      ]}
    />
  );
  const cols: Column<DossierCompound>[] = [
    { title: zh('report.table.no'), num: true, width: '9mm', cell: (_r, i) => i + 1 },
    { title: zh('report.table.compound'), cell: (r) => r.compound.name },
    { title: zh('report.field.community'), cell: (r) => r.compound.community || '—' },
    { title: zh('report.field.buildYear'), num: true, cell: (r) => orNone(r.compound.build_year) },
    { title: zh('report.field.households'), num: true, cell: (r) => formatNumber(r.facts.households) },
    { title: zh('report.field.eligibility'), cell: (r) => zh(`eligibility.state.${r.eligibility.state}`) },
    { title: zh('report.table.cost'), num: true, cell: (r) => formatYuan(r.estimate.total) },
  ];
  const chunks = chunkRows(m.compounds, paper.rowsPerSheet - 9);
  let offset = 0;
  return sectionSheets(
    'overview',
    chunks.map((rows, i) => {
      const start = offset;
      offset += rows.length;
      return (
        <>
          {i === 0 && summary}
          {i === 0 && m.pkg.notes && <p>{m.pkg.notes}</p>}
          <Table columns={cols} rows={rows} offset={start} rowKey={(r) => r.compound.id} />
        </>
      );
    }),
  );
}
