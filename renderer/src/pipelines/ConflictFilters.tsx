// The conflict list's filter bar (rule, pipe type, compound, package, status) and its counts per rule.
import { Select, Space, Tag } from 'antd';
import { t } from '../../../shared/i18n';
import { CONFLICT_RULES, PIPE_TYPES } from '../../../shared/model/pipelines';
import { useStore } from '../state/store';
import type { RuleCount } from './conflictRows';
import { setConflictFilter, usePipelineUi } from './uiState';
import './messages';

const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN');

export function ConflictFilters({ counts }: { counts: RuleCount[] }) {
  const filter = usePipelineUi((s) => s.filter);
  const compounds = useStore((s) => s.compounds);
  const packages = useStore((s) => s.packages);
  const common = { size: 'small' as const, allowClear: true, style: { minWidth: 130 } };
  return (
    <Space wrap size={6} data-testid="pipes-filters">
      <Select
        {...common}
        placeholder={t('pipes.filter.rule')}
        value={filter.rule}
        onChange={(v) => setConflictFilter({ rule: v ?? null })}
        options={CONFLICT_RULES.map((r) => ({ value: r, label: t(`pipes.rule.${r}`) }))}
        data-testid="pipes-filter-rule"
      />
      <Select
        {...common}
        placeholder={t('pipes.filter.type')}
        value={filter.pipeType}
        onChange={(v) => setConflictFilter({ pipeType: v ?? null })}
        options={PIPE_TYPES.map((p) => ({ value: p, label: t(`pipes.type.${p}`) }))}
      />
      <Select
        {...common}
        showSearch
        optionFilterProp="label"
        placeholder={t('pipes.filter.compound')}
        value={filter.compoundId}
        onChange={(v) => setConflictFilter({ compoundId: v ?? null })}
        options={Object.values(compounds)
          .map((c) => ({ value: c.id, label: c.name }))
          .sort(byName)}
      />
      <Select
        {...common}
        placeholder={t('pipes.filter.package')}
        value={filter.packageId}
        onChange={(v) => setConflictFilter({ packageId: v ?? null })}
        options={Object.values(packages)
          .map((p) => ({ value: p.id, label: p.name }))
          .sort(byName)}
      />
      <Select
        {...common}
        placeholder={t('pipes.filter.status')}
        value={filter.status}
        onChange={(v) => setConflictFilter({ status: v ?? null })}
        options={(['open', 'accepted'] as const).map((s) => ({ value: s, label: t(`pipes.status.${s}`) }))}
        data-testid="pipes-filter-status"
      />
      {counts.map((c) => (
        <Tag
          key={c.rule}
          color={c.open > 0 ? 'red' : 'default'}
          style={{ cursor: 'pointer' }}
          onClick={() => setConflictFilter({ rule: filter.rule === c.rule ? null : c.rule })}
          data-testid={`pipes-count-${c.rule}`}
        >
          {t(`pipes.rule.${c.rule}`)} {c.open}
          {c.accepted > 0 ? ` (+${c.accepted})` : ''}
        </Tag>
      ))}
    </Space>
  );
}
