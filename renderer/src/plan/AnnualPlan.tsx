// 年度计划: per plan year the packages, compounds, households, floor area and estimate (shared/analysis/
// annualPlan), as a table beside a bar chart; a button copies the table as CSV.
import { App, Button, Empty, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { type AnnualPlanRow, annualPlan } from '../../../shared/analysis/annualPlan';
import { createMetricFrame } from '../../../shared/geo/crs';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { formatWan } from '../items/format';
import { useStore } from '../state/store';
import { usePackageRows } from '../tables/usePackageRows';
import { PlanChart } from './PlanChart';
import { planCsv } from './planCsv';
import '../tables/messages';

const num = (n: number): string => Math.round(n).toLocaleString('zh-CN');

function usePlanRows(): AnnualPlanRow[] {
  const packageRows = usePackageRows();
  const members = useStore((s) => s.package_members);
  const compounds = useStore((s) => s.compounds);
  const buildings = useStore((s) => s.buildings);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  return useMemo(() => {
    const estimates = Object.fromEntries(packageRows.map((r) => [r.id, r.totals.estimate_yuan]));
    return annualPlan(
      packageRows.map((r) => r.pkg),
      Object.values(members),
      Object.values(compounds),
      Object.values(buildings),
      estimates,
      createMetricFrame(epsg),
    );
  }, [packageRows, members, compounds, buildings, epsg]);
}

const yearLabel = (r: AnnualPlanRow): string => (r.year === 'unplanned' ? t('plan.unplanned') : String(r.year));

function columns(): TableColumnsType<AnnualPlanRow> {
  return [
    {
      key: 'year',
      title: t('plan.year'),
      render: (_, r) => <span data-testid={`plan-year-${r.year}`}>{yearLabel(r)}</span>,
    },
    { key: 'packages', title: t('plan.packages'), align: 'right', dataIndex: 'packages' },
    { key: 'compounds', title: t('plan.compounds'), align: 'right', dataIndex: 'compounds' },
    { key: 'households', title: t('plan.households'), align: 'right', render: (_, r) => num(r.households) },
    { key: 'area', title: t('plan.floorArea'), align: 'right', render: (_, r) => num(r.floor_area_m2) },
    { key: 'estimate', title: t('plan.estimate'), align: 'right', render: (_, r) => formatWan(r.estimate_yuan) },
  ];
}

export function AnnualPlan({ height }: { height: number }) {
  const feedback = App.useApp();
  const rows = usePlanRows();
  const scheduled = rows.filter((r) => r.year !== 'unplanned' || r.packages > 0);
  const copy = async () => {
    await navigator.clipboard.writeText(planCsv(scheduled, yearLabel, (k) => t(k)));
    feedback.message.success(t('plan.copied'));
  };
  if (scheduled.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tables.pkg.none')} data-testid="plan-empty" />;
  return (
    <div className="rz-plan" data-testid="annual-plan" style={{ height }}>
      <div className="rz-plan-table">
        <Table<AnnualPlanRow>
          size="small"
          rowKey={(r) => String(r.year)}
          columns={columns()}
          dataSource={scheduled}
          pagination={false}
          scroll={{ y: Math.max(60, height - 90) }}
        />
        <Button size="small" onClick={() => void copy()} style={{ marginTop: 6 }} data-testid="plan-copy">
          {t('plan.copy')}
        </Button>
      </div>
      <PlanChart rows={scheduled} />
    </div>
  );
}
