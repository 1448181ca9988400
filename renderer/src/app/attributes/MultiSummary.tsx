// Several features selected: how many of each, and the totals of their entered values.
import { Descriptions } from 'antd';
import { t } from '../../../../shared/i18n';
import { useStore } from '../../state/store';
import { selectionTotals } from './selectionTotals';
import { formatNumber } from './useDerived';

export function MultiSummary() {
  const selection = useStore((s) => s.selection);
  const compounds = useStore((s) => s.compounds);
  const buildings = useStore((s) => s.buildings);
  const totals = selectionTotals(selection, compounds, buildings);
  return (
    <div data-testid="attributes-multi">
      <h3>{t('attr.multi', { c: totals.compounds, b: totals.buildings })}</h3>
      <Descriptions
        size="small"
        column={1}
        bordered
        title={t('attr.totals')}
        items={[
          { key: 'households', label: t('col.compounds.households'), children: formatNumber(totals.households) },
          { key: 'floor', label: t('col.compounds.floor_area_m2'), children: formatNumber(totals.floorAreaM2) },
          { key: 'count', label: t('col.compounds.building_count'), children: formatNumber(totals.buildingCount) },
        ]}
      />
    </div>
  );
}
