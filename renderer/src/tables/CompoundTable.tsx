// 小区表: every survey field (inline-editable), eligibility, priority, package and estimate; sort per column,
// filters above, bulk edit of a multi-row selection. Row selection is the map selection (store.selection) both
// ways; a double click zooms the map to the compound. Virtual scrolling keeps 5,000 rows fluid.
import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../shared/i18n';
import { COMPOUND_FIELDS, labelKey } from '../app/attributes/fields';
import { EligibilityBadge } from '../app/EligibilityBadge';
import { useLang } from '../i18n';
import { formatWan } from '../items/format';
import { zoomToGeometry } from '../map/zoomTo';
import { useStore } from '../state/store';
import { BulkEditBar } from './BulkEditBar';
import { type CompoundRow, compareRows, filterRows } from './compoundRows';
import { EditableCell } from './EditableCell';
import { useBottomPanel } from './panelState';
import { TableFilters } from './TableFilters';
import { useCompoundRows } from './useCompoundRows';
import './messages';

const WIDTH: Record<string, number> = { name: 160, condition_notes: 220, excluded_reason: 160, property_type: 120 };

function columns(_lang: string): TableColumnsType<CompoundRow> {
  const fields: TableColumnsType<CompoundRow> = COMPOUND_FIELDS.map((spec) => ({
    key: spec.name,
    title: t(labelKey('compounds', spec.name)),
    width: WIDTH[spec.name] ?? 110,
    fixed: spec.name === 'name' ? ('left' as const) : undefined,
    sorter: compareRows(spec.name),
    render: (_: unknown, r: CompoundRow) => <EditableCell spec={spec} row={r.compound} />,
  }));
  return [
    ...fields,
    {
      key: 'eligibility',
      title: t('tables.col.eligibility'),
      width: 150,
      sorter: compareRows('eligibility'),
      render: (_, r) => (
        <EligibilityBadge state={r.eligibility} testId="cell-eligibility">
          {t(`eligibility.state.${r.eligibility}`)}
        </EligibilityBadge>
      ),
    },
    {
      key: 'priority',
      title: t('tables.col.priority'),
      width: 80,
      align: 'right',
      sorter: compareRows('priority'),
      render: (_, r) => (r.priority === null ? '' : r.priority.toFixed(1)),
    },
    {
      key: 'package',
      title: t('tables.col.package'),
      width: 130,
      sorter: compareRows('packageName'),
      render: (_, r) => r.packageName,
    },
    {
      key: 'estimate',
      title: t('tables.col.estimate'),
      width: 100,
      align: 'right',
      sorter: compareRows('estimate'),
      render: (_, r) => (r.estimate === null ? '' : formatWan(r.estimate)),
    },
  ];
}

/** A row click selects that compound alone; Ctrl/⌘-click adds or removes it. Checkbox clicks are antd's own. */
function selectRow(id: string, e: React.MouseEvent<HTMLElement>): void {
  if ((e.target as HTMLElement).closest('.ant-table-selection-column')) return;
  const ref = { table: 'compounds' as const, id };
  useStore.setState((s) => {
    if (!(e.ctrlKey || e.metaKey)) return { selection: [ref] };
    const has = s.selection.some((x) => x.id === id);
    return { selection: has ? s.selection.filter((x) => x.id !== id) : [...s.selection, ref] };
  });
}

export function CompoundTable({ height }: { height: number }) {
  const rows = useCompoundRows();
  const filter = useBottomPanel((s) => s.filter);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const selection = useStore((s) => s.selection);
  const selectedIds = useMemo(() => selection.filter((r) => r.table === 'compounds').map((r) => r.id), [selection]);
  const lang = useLang((s) => s.lang);
  // Column titles are translated when built: rebuild them on a language switch.
  const cols = useMemo(() => columns(lang), [lang]);
  const width = cols.reduce((sum, c) => sum + Number(c.width ?? 100), 60);
  return (
    <div className="rz-table" data-testid="compound-table">
      <TableFilters rows={rows} shown={shown.length} />
      {selectedIds.length > 1 && <BulkEditBar ids={selectedIds} />}
      <Table<CompoundRow>
        size="small"
        virtual
        rowKey="id"
        columns={cols}
        dataSource={shown}
        pagination={false}
        scroll={{ x: width, y: Math.max(80, height - (selectedIds.length > 1 ? 120 : 84)) }}
        rowSelection={{
          selectedRowKeys: selectedIds,
          columnWidth: 36,
          fixed: true,
          onChange: (keys) =>
            useStore.setState({ selection: keys.map((k) => ({ table: 'compounds' as const, id: String(k) })) }),
        }}
        onRow={(r) =>
          ({
            onClick: (e: React.MouseEvent<HTMLElement>) => selectRow(r.id, e),
            onDoubleClick: () => zoomToGeometry(r.compound.geometry),
            'data-testid': `compound-row-${r.id}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
