// The compound table's filter bar: text search, eligibility, 街道, 社区 and package.
import { Input, Select, Space } from 'antd';
import { useMemo } from 'react';
import { ELIGIBILITY_STATES, type EligibilityState } from '../../../shared/analysis/eligibility';
import { t } from '../../../shared/i18n';
import { useStore } from '../state/store';
import { type CompoundRow, distinctValues } from './compoundRows';
import { setFilter, useBottomPanel } from './panelState';

const ALL = '__all__';
const NONE = '__none__';

export function TableFilters({ rows, shown }: { rows: readonly CompoundRow[]; shown: number }) {
  const filter = useBottomPanel((s) => s.filter);
  const packages = useStore((s) => s.packages);
  const subDistricts = useMemo(() => distinctValues(rows, (c) => c.sub_district), [rows]);
  const communities = useMemo(
    () =>
      distinctValues(
        rows.filter((r) => filter.subDistrict === null || r.compound.sub_district === filter.subDistrict),
        (c) => c.community,
      ),
    [rows, filter.subDistrict],
  );
  const all = { value: ALL, label: t('tables.filter.all') };
  const pick = (v: string): string | null => (v === ALL ? null : v);
  return (
    <Space className="rz-table-filters" wrap size={6}>
      <Input.Search
        size="small"
        allowClear
        placeholder={t('tables.search')}
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
        style={{ width: 240 }}
        data-testid="table-search"
      />
      <Select
        size="small"
        value={filter.eligibility === 'all' ? ALL : filter.eligibility}
        onChange={(v: string) => setFilter({ eligibility: v === ALL ? 'all' : (v as EligibilityState) })}
        options={[all, ...ELIGIBILITY_STATES.map((s) => ({ value: s, label: t(`eligibility.state.${s}`) }))]}
        prefix={t('tables.filter.eligibility')}
        style={{ width: 230 }}
        data-testid="filter-eligibility"
      />
      <Select
        size="small"
        value={filter.subDistrict ?? ALL}
        onChange={(v: string) => setFilter({ subDistrict: pick(v), community: null })}
        options={[all, ...subDistricts.map((s) => ({ value: s, label: s }))]}
        prefix={t('tables.filter.subDistrict')}
        style={{ width: 170 }}
        data-testid="filter-subdistrict"
      />
      <Select
        size="small"
        value={filter.community ?? ALL}
        onChange={(v: string) => setFilter({ community: pick(v) })}
        options={[all, ...communities.map((s) => ({ value: s, label: s }))]}
        prefix={t('tables.filter.community')}
        style={{ width: 170 }}
        data-testid="filter-community"
      />
      <Select
        size="small"
        value={filter.packageId === null ? ALL : filter.packageId === 'none' ? NONE : filter.packageId}
        onChange={(v: string) => setFilter({ packageId: v === ALL ? null : v === NONE ? 'none' : v })}
        options={[
          all,
          { value: NONE, label: t('tables.filter.noPackage') },
          ...Object.values(packages)
            .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
            .map((p) => ({ value: p.id, label: p.name })),
        ]}
        prefix={t('tables.filter.package')}
        style={{ width: 190 }}
        data-testid="filter-package"
      />
      <span className="rz-muted" data-testid="table-count">
        {t('tables.count', { shown, total: rows.length })}
      </span>
    </Space>
  );
}
