import { Fragment } from 'react';
import { eligibilityReasonParams } from '../../../shared/analysis/eligibility';
import { t } from '../../../shared/i18n/index';
import { FUNDING_SOURCES, ITEM_CLASSES } from '../../../shared/model/funding';
import type { Indicators } from '../../../shared/model/leftover';
import { facilityType } from '../../../shared/standards/facilities';
import type { DossierCompound, DossierConflict, DossierModel, DossierOpinion } from './dossierModel';
import { formatDateZh, formatNumber, formatPercent, formatWan, formatYuan } from './format';
import { type LegendEntry, MapFigure, MapLegend } from './MapFigure';
import type { MapImage } from './mapImage';
import { REPORT_COLORS } from './mapStyle';
import { chunkRows, type Paper, textLines } from './paper';
import type { SheetDef } from './Sheet';
import { type Column, KeyValues, Table } from './tables';

// The dossier's sheets in order (issue 7 §2): cover, contents, overview, location map, package map, one sheet per
// compound, estimate, funding, leftover land and facilities, pipeline conflicts, indicators, review opinions.

const zh = (key: string, params?: Record<string, string | number>) => t(key, params, 'zh');
const orNone = (v: string | number | null | undefined, fmt: (x: never) => string = String) =>
  v === null || v === undefined || v === '' ? zh('report.unknown') : fmt(v as never);

export const SECTION_KEYS = [
  'overview',
  'location',
  'packageMap',
  'compounds',
  'estimate',
  'funding',
  'leftover',
  'pipelines',
  'indicators',
  'opinions',
] as const;
type SectionKey = (typeof SECTION_KEYS)[number];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const sectionTitle = (key: SectionKey) => `${NUMERALS[SECTION_KEYS.indexOf(key)]}、${zh(`report.section.${key}`)}`;

export interface DossierImages {
  location: MapImage;
  package: MapImage;
  compounds: Map<string, MapImage>;
}

interface Ctx {
  m: DossierModel;
  paper: Paper;
  images: DossierImages;
  date: string;
}

/** Sheets of one section: the title on the first, "（续）" on the others. */
function sectionSheets(key: SectionKey, bodies: React.ReactNode[]): SheetDef[] {
  return bodies.map((body, i) => ({
    key: `${key}:${i}`,
    section: i === 0 ? key : undefined,
    running: zh(`report.section.${key}`),
    body: (
      <>
        <h2>
          {sectionTitle(key)}
          {i > 0 ? '（续）' : ''}
        </h2>
        {body}
      </>
    ),
  }));
}

function cover({ m, date }: Ctx): SheetDef {
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

function contents(pages: Map<SectionKey, number>): SheetDef {
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

function overview({ m, paper }: Ctx): SheetDef[] {
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

const baseLegend = (): LegendEntry[] => [
  { label: zh('report.legend.package'), line: REPORT_COLORS.package, dashed: true },
  { label: zh('report.legend.member'), fill: REPORT_COLORS.member.fill, line: REPORT_COLORS.member.line },
  { label: zh('report.legend.other'), fill: REPORT_COLORS.other.fill, line: REPORT_COLORS.other.line },
];
const detailLegend = (): LegendEntry[] => [
  { label: zh('report.legend.building'), fill: REPORT_COLORS.building.fill, line: REPORT_COLORS.building.line },
  { label: zh('report.legend.road'), fill: REPORT_COLORS.road },
  { label: zh('report.legend.green'), fill: REPORT_COLORS.green },
  { label: zh('report.legend.leftover'), fill: REPORT_COLORS.leftover.fill, line: REPORT_COLORS.leftover.line },
  { label: zh('report.legend.facility'), fill: REPORT_COLORS.facility.fill, line: REPORT_COLORS.facility.line },
  { label: zh('report.legend.pipeline'), line: '#00a0e9' },
];

const compoundLegend = (): LegendEntry[] => [
  { label: zh('report.legend.current'), fill: REPORT_COLORS.current.fill, line: REPORT_COLORS.current.line },
  { label: zh('report.legend.member'), fill: REPORT_COLORS.member.fill, line: REPORT_COLORS.member.line },
  ...detailLegend(),
];

function maps({ m, images }: Ctx): SheetDef[] {
  const epsg = m.settings.metric_epsg;
  return [
    ...sectionSheets('location', [
      <>
        <MapFigure image={images.location} epsg={epsg} />
        <MapLegend
          entries={[
            ...baseLegend(),
            { label: zh('report.legend.otherPackage'), line: REPORT_COLORS.otherPackage, dashed: true },
          ]}
        />
      </>,
    ]),
    ...sectionSheets('packageMap', [
      <>
        <MapFigure image={images.package} epsg={epsg} />
        <MapLegend entries={[...baseLegend(), ...detailLegend()]} />
      </>,
    ]),
  ];
}

type ItemLine = DossierCompound['estimate']['lines'][number];

function compoundSheets({ m, images, paper }: Ctx): SheetDef[] {
  const reasonParams = eligibilityReasonParams(m.settings);
  // The map, the survey table and the notes take about two thirds of the sheet; the item table gets the rest.
  const maxItems = Math.max(3, Math.floor(paper.rowsPerSheet * 0.2));
  const itemCols: Column<ItemLine>[] = [
    { title: zh('report.table.item'), cell: (l) => m.catalog[l.item_id]?.name ?? l.item_id },
    {
      title: zh('report.table.quantity'),
      num: true,
      cell: (l) => `${formatNumber(l.quantity)}${l.suggested ? '*' : ''} ${m.catalog[l.item_id]?.unit ?? ''}`,
    },
    { title: zh('report.table.cost'), num: true, cell: (l) => formatYuan(l.cost) },
  ];
  const bodies = m.compounds.map((dc) => {
    const c = dc.compound;
    const image = images.compounds.get(c.id);
    const lines = dc.estimate.lines;
    return (
      <>
        <h3>
          {c.name}
          {c.code ? `（${c.code}）` : ''}
        </h3>
        {image && <MapFigure image={image} epsg={m.settings.metric_epsg} />}
        <MapLegend entries={compoundLegend()} />
        <KeyValues
          pairs={[
            [zh('report.field.subDistrict'), c.sub_district || '—'],
            [zh('report.field.community'), c.community || '—'],
            [zh('report.field.buildYear'), orNone(c.build_year)],
            [zh('report.field.households'), formatNumber(dc.facts.households)],
            [zh('report.field.buildings'), String(dc.facts.buildings)],
            [zh('report.field.floorArea'), formatNumber(Math.round(dc.facts.floorAreaM2))],
            [
              zh('report.field.property'),
              c.property_type ? zh(`report.property.${c.property_type}`) : zh('report.unknown'),
            ],
            [
              zh('report.field.management'),
              c.management_mode ? zh(`report.management.${c.management_mode}`) : zh('report.unknown'),
            ],
            [
              zh('report.field.consent'),
              c.consent_ratio === null ? zh('report.unknown') : formatPercent(c.consent_ratio),
            ],
            [
              zh('report.field.eligibility'),
              [
                zh(`eligibility.state.${dc.eligibility.state}`),
                ...dc.eligibility.reasons.map((r) => zh(r, reasonParams)),
              ]
                .filter((v, i, a) => a.indexOf(v) === i)
                .join('；'),
            ],
          ]}
        />
        {c.condition_notes && (
          <p>
            <b>{zh('report.field.conditions')}：</b>
            {c.condition_notes}
          </p>
        )}
        <p>
          <b>{zh('report.table.item')}：</b>
          {lines.length > 0
            ? zh('report.compound.items', { n: lines.length, total: formatYuan(dc.estimate.total) })
            : zh('report.none')}
        </p>
        {lines.length > 0 && <Table columns={itemCols} rows={lines.slice(0, maxItems)} rowKey={(l) => l.item_id} />}
        {lines.length > maxItems && (
          <p className="rp-note">{zh('report.compound.more', { n: lines.length - maxItems })}</p>
        )}
      </>
    );
  });
  return sectionSheets('compounds', bodies.length > 0 ? bodies : [<p key="none">{zh('report.none')}</p>]);
}

type EstimateRow =
  | { kind: 'group'; key: string; name: string }
  | {
      kind: 'line';
      key: string;
      name: string;
      cls: string;
      quantity: number;
      unit: string;
      unitCost: number;
      cost: number;
      suggested: boolean;
    }
  | { kind: 'sum'; key: string; name: string; cost: number };

function estimate({ m, paper }: Ctx): SheetDef[] {
  const rows: EstimateRow[] = [];
  for (const dc of m.compounds) {
    rows.push({ kind: 'group', key: `g:${dc.compound.id}`, name: dc.compound.name });
    for (const l of dc.estimate.lines) {
      const item = m.catalog[l.item_id];
      rows.push({
        kind: 'line',
        key: `l:${dc.compound.id}:${l.item_id}`,
        name: item?.name ?? l.item_id,
        cls: item ? zh(`report.class.${item.class}`) : '',
        quantity: l.quantity,
        unit: item?.unit ?? '',
        unitCost: l.unit_cost,
        cost: l.cost,
        suggested: l.suggested,
      });
    }
    rows.push({ kind: 'sum', key: `s:${dc.compound.id}`, name: zh('report.table.subtotal'), cost: dc.estimate.total });
  }
  rows.push({ kind: 'sum', key: 'total', name: zh('report.table.total'), cost: m.estimate.total });
  const cols: Column<EstimateRow>[] = [
    { title: zh('report.table.item'), cell: (r) => r.name },
    { title: zh('report.table.class'), cell: (r) => (r.kind === 'line' ? r.cls : '') },
    {
      title: zh('report.table.quantity'),
      num: true,
      cell: (r) => (r.kind === 'line' ? `${formatNumber(r.quantity)}${r.suggested ? '*' : ''}` : ''),
    },
    { title: zh('report.table.unit'), cell: (r) => (r.kind === 'line' ? r.unit : '') },
    { title: zh('report.table.unitCost'), num: true, cell: (r) => (r.kind === 'line' ? formatNumber(r.unitCost) : '') },
    { title: zh('report.table.cost'), num: true, cell: (r) => (r.kind === 'group' ? '' : formatYuan(r.cost)) },
  ];
  return sectionSheets(
    'estimate',
    chunkRows(rows, paper.rowsPerSheet - 1).map((chunk, i, all) => (
      <>
        <Table
          columns={cols}
          rows={chunk}
          rowKey={(r) => r.key}
          rowClass={(r) => (r.kind === 'group' ? 'rp-group' : r.kind === 'sum' ? 'rp-sum' : undefined)}
        />
        {i === all.length - 1 && <p className="rp-note">* {zh('report.table.suggested')}</p>}
      </>
    )),
  );
}

function funding({ m }: Ctx): SheetDef[] {
  type Row = { source: string; byClass: number[]; total: number };
  const total = m.estimate.total;
  const rows: Row[] = FUNDING_SOURCES.map((s) => ({
    source: zh(`report.source.${s}`),
    byClass: ITEM_CLASSES.map((k) => m.estimate.byClass[k] * (m.funding[k][s] ?? 0)),
    total: m.estimate.bySource[s],
  }));
  const cols: Column<Row>[] = [
    { title: zh('report.table.source'), cell: (r) => r.source },
    ...ITEM_CLASSES.map((k, i) => ({
      title: `${zh(`report.class.${k}`)}（元）`,
      num: true,
      cell: (r: Row) => formatYuan(r.byClass[i] ?? 0),
    })),
    { title: zh('report.table.cost'), num: true, cell: (r) => formatYuan(r.total) },
    { title: zh('report.table.share'), num: true, cell: (r) => (total > 0 ? formatPercent(r.total / total) : '—') },
  ];
  const sum: Row = {
    source: zh('report.table.total'),
    byClass: ITEM_CLASSES.map((k) => m.estimate.byClass[k]),
    total,
  };
  return sectionSheets('funding', [
    <Table
      key="f"
      columns={cols}
      rows={[...rows, sum]}
      rowKey={(r) => r.source}
      rowClass={(r) => (r === sum ? 'rp-sum' : undefined)}
    />,
  ]);
}

function leftover({ m, paper }: Ctx): SheetDef[] {
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
        .map((f) => `${facilityType(f.type)?.name.zh ?? f.type}×${f.count}`)
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
  ];
  const colsOf = (titles: string[]): Column<Row>[] =>
    titles.map((title, i) => ({ title, num: i > 0 && i < 3 && titles === pieceCols, cell: (r: Row) => r.cells[i] }));
  const budget = paper.rowsPerSheet - 4;
  const bodies = [
    ...chunkRows(pieces, budget).map((chunk, i) => (
      <Fragment key={`leftover:${chunk[0]?.key ?? 'none'}`}>
        <h3>{zh('report.legend.leftover')}</h3>
        {pieces.length === 0 && i === 0 ? (
          <p>{zh('report.leftover.none')}</p>
        ) : (
          <Table columns={colsOf(pieceCols)} rows={chunk} rowKey={(r) => r.key} />
        )}
      </Fragment>
    )),
    ...chunkRows(facilities, budget).map((chunk) => (
      <Fragment key={`facilities:${chunk[0]?.key ?? 'none'}`}>
        <h3>{zh('report.legend.facility')}</h3>
        {facilities.length === 0 ? (
          <p>{zh('report.none')}</p>
        ) : (
          <Table columns={colsOf(facCols)} rows={chunk} rowKey={(r) => r.key} />
        )}
      </Fragment>
    )),
  ];
  // Both short lists share one sheet when they fit.
  if (pieces.length + facilities.length + 4 <= budget) return sectionSheets('leftover', [bodies]);
  return sectionSheets('leftover', bodies);
}

function conflicts({ m, paper }: Ctx): SheetDef[] {
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

function indicators({ m }: Ctx): SheetDef[] {
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

export function opinionText(o: Pick<DossierOpinion, 'text' | 'conditions'>): string {
  return [o.text, o.conditions ? zh('report.condition', { text: o.conditions }) : ''].filter(Boolean).join('\n');
}

function opinions({ m, paper }: Ctx): SheetDef[] {
  const cols: Column<DossierOpinion>[] = [
    { title: zh('report.table.department'), width: '16mm', cell: (o) => o.department },
    {
      title: zh('report.table.verdict'),
      width: '22mm',
      cell: (o) => <span className={`rp-verdict-${o.verdict}`}>{zh(`report.verdict.${o.verdict}`)}</span>,
    },
    {
      title: zh('report.table.opinion'),
      cell: (o) => <span style={{ whiteSpace: 'pre-wrap' }}>{opinionText(o)}</span>,
    },
    {
      title: zh('report.table.meeting'),
      width: '30mm',
      cell: (o) => `${o.meetingTitle}\n${formatDateZh(o.recorded_at)}`,
    },
  ];
  if (m.opinions.length === 0) return sectionSheets('opinions', [<p key="none">{zh('report.opinions.none')}</p>]);
  const width = paper.bodyWidthMm - 68;
  return sectionSheets(
    'opinions',
    chunkRows(m.opinions, paper.rowsPerSheet - 2, (o) =>
      Math.max(2, textLines(opinionText(o), width, paper.fontPt)),
    ).map((chunk) => <Table key={chunk[0]?.id ?? 'none'} columns={cols} rows={chunk} rowKey={(o) => o.id} />),
  );
}

/** Every sheet of the dossier, with the contents filled in from the sections' first pages. */
export function dossierSheets(m: DossierModel, paper: Paper, images: DossierImages, today: Date): SheetDef[] {
  const ctx: Ctx = { m, paper, images, date: formatDateZh(today) };
  const body = [
    ...overview(ctx),
    ...maps(ctx),
    ...compoundSheets(ctx),
    ...estimate(ctx),
    ...funding(ctx),
    ...leftover(ctx),
    ...conflicts(ctx),
    ...indicators(ctx),
    ...opinions(ctx),
  ];
  const FRONT = 2; // cover + contents
  const pages = new Map<SectionKey, number>();
  body.forEach((s, i) => {
    if (s.section) pages.set(s.section as SectionKey, i + FRONT + 1);
  });
  return [cover(ctx), contents(pages), ...body];
}
