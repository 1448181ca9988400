// 设施表, a tab of the bottom panel: every placed facility with its compound, footprint, stalls and whether it still
// passes its checks where it stands — a facility placed fine can fail later (a building drawn beside it, a green
// marked protected), and the review meeting wants the list. Failures first, each with the rules it breaks; a row
// click selects the facility (its form opens in 属性) and flies the map to it.
import { Checkbox, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findingText } from '../../../shared/analysis/facilities/findings';
import { t } from '../../../shared/i18n';
import { useLang } from '../i18n';
import { zoomToGeometry } from '../map/zoomTo';
import { useStore } from '../state/store';
import { useOtherName } from './CheckPanel';
import { type FacilityTableRow, facilityTableRows } from './facilityTableRows';
import { placedChecks } from './placedChecks';
import './messages';
import './facilities.css';

function columns(otherName: (id: string | null) => string): TableColumnsType<FacilityTableRow> {
  return [
    { title: t('facilities.col.name'), key: 'name', width: 160, render: (_, r) => r.name },
    { title: t('facilities.col.type'), key: 'type', width: 150, render: (_, r) => r.typeName },
    { title: t('facilities.col.compound'), key: 'compound', width: 150, render: (_, r) => r.compoundName ?? '—' },
    {
      title: t('facilities.col.area'),
      key: 'area',
      width: 90,
      align: 'right',
      render: (_, r) => Math.round(r.area_m2).toLocaleString('en-US'),
    },
    { title: t('facilities.col.stalls'), key: 'stalls', width: 80, align: 'right', render: (_, r) => r.stalls ?? '' },
    {
      title: t('facilities.col.checks'),
      key: 'checks',
      render: (_, r) =>
        r.failures.length === 0 ? (
          <span className="rz-check-ok">✓ {t('facilities.check.allOk')}</span>
        ) : (
          <span className="rz-check-bad" data-testid="facility-row-failures">
            ✗ {t('facilities.check.failures', { n: r.failures.length })}：
            {r.failures.map((c) => findingText(c, otherName(c.otherId) || null)).join('；')}
          </span>
        ),
    },
  ];
}

function select(r: FacilityTableRow): void {
  useStore.setState({ selection: [{ table: 'facilities', id: r.id }] });
  zoomToGeometry(r.facility.geometry);
}

export function FacilityTable({ height }: { height: number }) {
  useLang((s) => s.lang);
  // The rows the checks read (not the whole store: a hover or a tool change must not rebuild the table).
  const sources = useStore(
    useShallow((s) => ({
      revision: s.revision,
      project: s.project,
      compounds: s.compounds,
      buildings: s.buildings,
      roads: s.roads,
      site_areas: s.site_areas,
      trees: s.trees,
      pipelines: s.pipelines,
      facilities: s.facilities,
    })),
  );
  const { input, checks } = placedChecks(sources);
  const rows = useMemo(() => facilityTableRows(input, checks), [input, checks]);
  const selection = useStore((s) => s.selection);
  const [onlyFailing, setOnlyFailing] = useState(false);
  const otherName = useOtherName();
  const selected = selection.filter((s) => s.table === 'facilities').map((s) => s.id);
  const failing = rows.filter((r) => r.failures.length > 0).length;
  const shown = onlyFailing ? rows.filter((r) => r.failures.length > 0) : rows;
  return (
    <div className="rz-facility-table" data-testid="facility-table">
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '4px 8px' }}>
        <span className="rz-muted" data-testid="facility-table-stats">
          {t('facilities.table.stats', { n: rows.length, failing })}
        </span>
        <Checkbox checked={onlyFailing} onChange={(e) => setOnlyFailing(e.target.checked)}>
          {t('facilities.table.onlyFailing')}
        </Checkbox>
      </div>
      <Table<FacilityTableRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={shown}
        columns={columns(otherName)}
        scroll={{ y: Math.max(60, height - 84) }}
        locale={{ emptyText: t('facilities.table.empty') }}
        rowClassName={(r) => (selected.includes(r.id) ? 'ant-table-row-selected' : '')}
        onRow={(r) =>
          ({ onClick: () => select(r), 'data-testid': 'facility-row' }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
