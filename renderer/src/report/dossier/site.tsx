import { Fragment } from 'react';
import type { Indicators } from '../../../../shared/model/leftover';
import { facilityType } from '../../../../shared/standards/facilities';
import { fitName } from '../../leftover/format';
import type { DossierConflict } from '../dossierModel';
import { formatNumber, formatPercent } from '../format';
import { chunkRows, textLines } from '../paper';
import type { SheetDef } from '../Sheet';
import { type Column, Table } from '../tables';
import { type Ctx, sectionSheets, zh } from './sections';

// The dossier's site sections: leftover land and facilities, pipeline conflicts, indicators before and after.

export function leftover({ m, paper }: Ctx): SheetDef[] {
  const names = new Map(m.compounds.map((c) => [c.compound.id, c.compound.name]));
  type Row = { key: string; cells: string[] };
  const pieces: Row[] = m.leftover.map((p) => ({
    key: p.id,
    cells: [
      names.get(p.compound_id) ?? '',
      formatNumber(Math.round(p.area_m2)),
      formatNumber(p.min_width_m),
      p.fits
        .filter((f) => f.count > 0)
        .map((f) => `${fitName(f.type, 'zh')}×${f.count}`)
        .join('、') || '—',
    ],
  }));
  const facilities: Row[] = m.facilities.map((f) => ({
    key: f.id,
    cells: [
      names.get(f.compound_id ?? '') ?? '',
      f.name || (facilityType(f.type)?.name.zh ?? f.type),
      facilityType(f.type)?.name.zh ?? f.type,
      f.floors > 0 ? String(f.floors) : '—',
      // What an approver must see: the rules the facility fails where it stands, or that it meets them all.
      (m.facilityFailures.get(f.id) ?? []).join('；') || zh('report.facility.ok'),
    ],
  }));
  const pieceCols = [
    zh('report.table.compound'),
    zh('report.table.area'),
    zh('report.table.minWidth'),
    zh('report.table.fits'),
  ];
  const facCols = [
    zh('report.table.compound'),
    zh('report.table.name'),
    zh('report.table.facility'),
    zh('report.table.floors'),
    zh('report.table.checks'),
  ];
  // Widths as shares of the body: the list of what fits is long, and would otherwise squeeze the names.
  const pieceWidths = [0.22, 0.12, 0.11, 0.55];
  const facWidths = [0.17, 0.19, 0.16, 0.08, 0.4];
  const colsOf = (titles: string[], widths: number[]): Column<Row>[] =>
    titles.map((title, i) => ({
      title,
      num: i > 0 && i < 3 && titles === pieceCols,
      width: `${Math.round((widths[i] ?? 0) * 100)}%`,
      cell: (r: Row) => r.cells[i],
    }));
  // A row takes as many lines as its longest wrapped cell (cells are padded: 4 mm less than the column).
  const linesOf = (widths: number[]) => (r: Row) =>
    Math.max(...r.cells.map((text, i) => textLines(text, (widths[i] ?? 0) * paper.bodyWidthMm - 4, paper.fontPt)));
  const budget = paper.rowsPerSheet - 4;
  const bodies = [
    ...chunkRows(pieces, budget, linesOf(pieceWidths)).map((chunk, i) => (
      <Fragment key={`leftover:${chunk[0]?.key ?? 'none'}`}>
        <h3>{zh('report.legend.leftover')}</h3>
        {pieces.length === 0 && i === 0 ? (
          <p>{zh('report.leftover.none')}</p>
        ) : (
          <Table columns={colsOf(pieceCols, pieceWidths)} rows={chunk} rowKey={(r) => r.key} />
        )}
      </Fragment>
    )),
    ...chunkRows(facilities, budget, linesOf(facWidths)).map((chunk) => (
      <Fragment key={`facilities:${chunk[0]?.key ?? 'none'}`}>
        <h3>{zh('report.legend.facility')}</h3>
        {facilities.length === 0 ? (
          <p>{zh('report.none')}</p>
        ) : (
          <Table columns={colsOf(facCols, facWidths)} rows={chunk} rowKey={(r) => r.key} />
        )}
      </Fragment>
    )),
  ];
  // Both short lists share one sheet when they fit.
  const lines = (rows: Row[], widths: number[]) => {
    const of = linesOf(widths);
    return rows.reduce((n, r) => n + of(r), 0);
  };
  if (lines(pieces, pieceWidths) + lines(facilities, facWidths) + 4 <= budget)
    return sectionSheets('leftover', [bodies]);
  return sectionSheets('leftover', bodies);
}

export function conflicts({ m, paper }: Ctx): SheetDef[] {
  const party = (p: DossierConflict['a'] | null) =>
    p ? `${zh(`report.pipe.${p.type}`)}${p.code ? ` ${p.code}` : ''}` : '';
  const resolution = (c: DossierConflict) =>
    c.review?.accepted ? zh('report.conflict.accepted', { note: c.review.note || '—' }) : zh('report.conflict.open');
  const accepted = m.conflicts.filter((c) => c.review?.accepted).length;
  const cols: Column<DossierConflict>[] = [
    { title: zh('report.table.no'), num: true, width: '9mm', cell: (_r, i) => i + 1 },
    { title: zh('report.table.rule'), cell: (c) => zh(`report.rule.${c.rule}`) },
    { title: zh('report.table.parties'), cell: (c) => [party(c.a), party(c.b)].filter(Boolean).join(' — ') },
    {
      title: zh('report.table.measured'),
      num: true,
      cell: (c) =>
        `${c.measured_m === null ? '—' : c.measured_m.toFixed(2)} / ${c.required_m === null ? '—' : c.required_m.toFixed(2)}`,
    },
    {
      title: zh('report.table.basis'),
      cell: (c) => `${c.standard} ${c.clause}${c.confidence === 'C' ? zh('report.conflict.unverified') : ''}`,
    },
    { title: zh('report.table.resolution'), width: '32%', cell: resolution },
  ];
  const lineWidth = paper.bodyWidthMm * 0.3;
  const chunks = chunkRows(m.conflicts, paper.rowsPerSheet - 3, (c) =>
    textLines(resolution(c), lineWidth, paper.fontPt),
  );
  let offset = 0;
  return sectionSheets(
    'pipelines',
    chunks.map((chunk, i) => {
      const start = offset;
      offset += chunk.length;
      return (
        <>
          {i === 0 && (
            <p>
              {zh('report.conflict.summary', {
                total: m.conflicts.length,
                accepted,
                open: m.conflicts.length - accepted,
              })}
            </p>
          )}
          {chunk.length > 0 && <Table columns={cols} rows={chunk} offset={start} rowKey={(c) => c.key} />}
        </>
      );
    }),
  );
}

const INDICATOR_ROWS: { key: keyof Indicators; fmt: (v: number) => string }[] = [
  { key: 'site_area_m2', fmt: (v) => formatNumber(Math.round(v)) },
  { key: 'footprint_m2', fmt: (v) => formatNumber(Math.round(v)) },
  { key: 'floor_area_m2', fmt: (v) => formatNumber(Math.round(v)) },
  { key: 'green_m2', fmt: (v) => formatNumber(Math.round(v)) },
  { key: 'building_density', fmt: formatPercent },
  { key: 'floor_area_ratio', fmt: (v) => v.toFixed(2) },
  { key: 'green_ratio', fmt: formatPercent },
  { key: 'fire_separation_pairs', fmt: String },
  { key: 'sunlight_spacing_pairs', fmt: String },
];

export function indicators({ m }: Ctx): SheetDef[] {
  type Row = (typeof INDICATOR_ROWS)[number];
  const cols: Column<Row>[] = [
    { title: zh('report.table.indicator'), cell: (r) => zh(`leftover.indicator.${r.key}`) },
    { title: zh('report.table.before'), num: true, cell: (r) => r.fmt(m.indicators.before[r.key]) },
    { title: zh('report.table.after'), num: true, cell: (r) => r.fmt(m.indicators.after[r.key]) },
  ];
  return sectionSheets('indicators', [
    <>
      <Table columns={cols} rows={INDICATOR_ROWS} rowKey={(r) => r.key} />
      <p className="rp-note">{zh('report.indicators.note')}</p>
    </>,
  ]);
}
