import { eligibilityReasonParams } from '../../../../shared/analysis/eligibility';
import type { DossierCompound } from '../dossierModel';
import { formatNumber, formatPercent, formatYuan } from '../format';
import { type LegendEntry, MapFigure, MapLegend } from '../MapFigure';
import { REPORT_COLORS } from '../mapStyle';
import type { SheetDef } from '../Sheet';
import { type Column, KeyValues, Table } from '../tables';
import { type Ctx, orNone, sectionSheets, zh } from './sections';

// The dossier's maps: location and package maps with their legends, and one sheet per compound.

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

export function maps({ m, images }: Ctx): SheetDef[] {
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

export function compoundSheets({ m, images, paper }: Ctx): SheetDef[] {
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
