import { FUNDING_SOURCES, ITEM_CLASSES } from '../../../../shared/model/funding';
import { formatNumber, formatPercent, formatYuan } from '../format';
import { chunkRows } from '../paper';
import type { SheetDef } from '../Sheet';
import { type Column, Table } from '../tables';
import { type Ctx, sectionSheets, zh } from './sections';

// The dossier's money: the estimate by item and the funding split.

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

export function estimate({ m, paper }: Ctx): SheetDef[] {
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

export function funding({ m }: Ctx): SheetDef[] {
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
