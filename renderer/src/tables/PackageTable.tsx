// 片区表: every package with status, years (editable: one Change per edit), compounds, households, floor area and
// estimate; plan-rule problems flagged. Clicking a row makes it the active package (store.activePackageId).
import { App, InputNumber, Select, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { packagePlanIssues } from '../../../shared/analysis/planRules';
import { t } from '../../../shared/i18n';
import { PACKAGE_STATUSES, type Package } from '../../../shared/model/tables';
import { attempt } from '../app/feedback';
import { formatWan } from '../items/format';
import { useRightTab } from '../items/RightPanel';
import { commit, useStore } from '../state/store';
import { type PackageField, packageFieldChange } from './packageEdit';
import { type PackageRow, usePackageRows } from './usePackageRows';
import './messages';

const num = (n: number): string => Math.round(n).toLocaleString('zh-CN');

function useEditPackage() {
  const feedback = App.useApp();
  return (pkg: Package, field: PackageField, value: string | number | null) => {
    const change = packageFieldChange(pkg, field, value, t('tables.pkg.summary', { name: pkg.name }));
    if (change) void attempt(feedback, () => commit(change));
  };
}

function YearCell({ pkg, field }: { pkg: Package; field: PackageField }) {
  const edit = useEditPackage();
  const stored = pkg[field];
  const value = typeof stored === 'number' ? stored : null;
  const [draft, setDraft] = useState<number | null>(value);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    if (draft !== value) edit(pkg, field, draft);
  };
  return (
    <InputNumber<number>
      size="small"
      min={1900}
      max={2100}
      precision={0}
      value={draft}
      onChange={(v) => setDraft(v)}
      onBlur={save}
      onPressEnter={save}
      onClick={(e) => e.stopPropagation()}
      style={{ width: 80 }}
      data-testid={`pkg-${pkg.id}-${field}`}
    />
  );
}

function columns(edit: ReturnType<typeof useEditPackage>): TableColumnsType<PackageRow> {
  const currentYear = new Date().getFullYear();
  return [
    { key: 'name', title: t('tables.pkg.name'), width: 180, render: (_, r) => r.pkg.name },
    {
      key: 'status',
      title: t('tables.pkg.status'),
      width: 120,
      render: (_, r) => (
        <Select
          size="small"
          value={r.pkg.status}
          onChange={(v: string) => edit(r.pkg, 'status', v)}
          onClick={(e) => e.stopPropagation()}
          options={PACKAGE_STATUSES.map((s) => ({ value: s, label: t(`tables.pkg.status.${s}`) }))}
          style={{ width: 104 }}
          data-testid={`pkg-${r.id}-status`}
        />
      ),
    },
    {
      key: 'plan',
      title: t('tables.pkg.planYear'),
      width: 96,
      render: (_, r) => <YearCell pkg={r.pkg} field="plan_year" />,
    },
    {
      key: 'start',
      title: t('tables.pkg.startYear'),
      width: 96,
      render: (_, r) => <YearCell pkg={r.pkg} field="start_year" />,
    },
    {
      key: 'done',
      title: t('tables.pkg.completionYear'),
      width: 96,
      render: (_, r) => <YearCell pkg={r.pkg} field="completion_year" />,
    },
    {
      key: 'issues',
      title: '',
      width: 44,
      render: (_, r) => {
        const issues = packagePlanIssues(r.pkg, currentYear);
        if (issues.length === 0) return null;
        const worst = issues.some((i) => i.severity === 'error') ? 'red' : 'orange';
        return (
          <Tooltip title={issues.map((i) => t(i.key, i.params)).join('；')}>
            <Tag color={worst}>!</Tag>
          </Tooltip>
        );
      },
    },
    {
      key: 'compounds',
      title: t('tables.pkg.compounds'),
      width: 80,
      align: 'right',
      render: (_, r) => r.totals.compounds,
    },
    {
      key: 'households',
      title: t('tables.pkg.households'),
      width: 90,
      align: 'right',
      render: (_, r) => num(r.totals.households),
    },
    {
      key: 'area',
      title: t('tables.pkg.floorArea'),
      width: 120,
      align: 'right',
      render: (_, r) => num(r.totals.floor_area_m2),
    },
    {
      key: 'estimate',
      title: t('tables.pkg.estimate'),
      width: 110,
      align: 'right',
      render: (_, r) => (
        <span data-testid={`pkg-${r.id}-estimate`} data-value={Math.round(r.totals.estimate_yuan)}>
          {formatWan(r.totals.estimate_yuan)}
        </span>
      ),
    },
  ];
}

export function PackageTable({ height }: { height: number }) {
  const rows = usePackageRows();
  const active = useStore((s) => s.activePackageId);
  const edit = useEditPackage();
  return (
    <div className="rz-table" data-testid="package-table">
      <Table<PackageRow>
        size="small"
        rowKey="id"
        columns={columns(edit)}
        dataSource={rows}
        pagination={false}
        virtual
        locale={{ emptyText: t('tables.pkg.none') }}
        scroll={{ x: 1040, y: Math.max(80, height - 50) }}
        rowClassName={(r) => (r.id === active ? 'rz-row-active' : '')}
        onRow={(r) =>
          ({
            onClick: () => {
              useStore.setState({ activePackageId: r.id });
              useRightTab.setState({ tab: 'attributes' });
            },
            'data-testid': `package-row-${r.id}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
