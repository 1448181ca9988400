// A package's totals (compounds, buildings, households, floor area, build years, estimate) and its member
// list; clicking a member selects it on the map and flies there.
import { Descriptions, List } from 'antd';
import { useMemo } from 'react';
import { packageTotals } from '../../../shared/analysis/packageTotals';
import { createMetricFrame } from '../../../shared/geo/crs';
import { t } from '../../../shared/i18n';
import { DEFAULT_FUNDING } from '../../../shared/model/funding';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Compound } from '../../../shared/model/tables';
import { formatNumber } from '../app/attributes/useDerived';
import { formatWan } from '../items/format';
import { usePackageEstimate } from '../items/useEstimates';
import { zoomToGeometry } from '../map/zoomTo';
import { useStore } from '../state/store';
import { usePackagesUi } from './packagesUi';

export function PackageSummary({ packageId, members }: { packageId: string; members: Compound[] }) {
  const buildings = useStore((s) => s.buildings);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  const estimate = usePackageEstimate(packageId);
  const totals = useMemo(() => {
    const ids = new Set(members.map((c) => c.id));
    const own = Object.values(buildings).filter((b) => b.compound_id !== null && ids.has(b.compound_id));
    return packageTotals({ id: packageId }, members, own, estimate, DEFAULT_FUNDING, createMetricFrame(epsg));
  }, [packageId, members, buildings, estimate, epsg]);
  const { build_year_min: min, build_year_max: max } = totals;
  const years = min === null ? '—' : min === max ? String(min) : `${min}–${max}`;
  const items = [
    ['compounds', String(totals.compounds)],
    ['buildings', String(totals.buildings)],
    ['households', formatNumber(totals.households)],
    ['floorArea', `${formatNumber(totals.floor_area_m2)} m²`],
    ['years', years],
    ['estimate', t('pkg.wan', { v: formatWan(totals.estimate_yuan) })],
  ].map(([key, value]) => ({
    key: key as string,
    label: t(`pkg.totals.${key}`),
    children: <span data-testid={`pkg-total-${key}`}>{value}</span>,
  }));
  const select = (c: Compound) => {
    usePackagesUi.setState({ returnTo: null });
    useStore.setState({ selection: [{ table: 'compounds', id: c.id }] });
    zoomToGeometry(c.geometry);
  };
  return (
    <>
      <Descriptions size="small" column={2} bordered title={t('pkg.totals')} items={items} />
      <List
        size="small"
        header={<strong>{t('pkg.members', { n: members.length })}</strong>}
        dataSource={members}
        data-testid="pkg-members"
        renderItem={(c) => (
          <List.Item
            key={c.id}
            onClick={() => select(c)}
            style={{ cursor: 'pointer', padding: '2px 8px' }}
            data-testid={`pkg-member-${c.id}`}
          >
            <span>{c.name || t('common.unnamed')}</span>
            <span style={{ color: '#888', marginLeft: 'auto', paddingLeft: 8 }}>
              {t('pkg.householdsOf', { n: c.households ?? '—' })}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
