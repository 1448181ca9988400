// 管线冲突: the last check's conflicts with their rule, parties, measured vs required, clause and the confidence
// of the deciding value (C = unverified, said so), filters and counts; a row click focuses the conflict and flies
// the map to it; accepted conflicts stay listed as 已接受 with their note.
import { App, Button, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { ConflictParty } from '../../../shared/model/pipelines';
import { attempt } from '../app/feedback';
import { commit, useStore } from '../state/store';
import { AcceptDialog } from './AcceptDialog';
import { CheckButton } from './CheckButton';
import { ConflictFilters } from './ConflictFilters';
import {
  type ConflictRow,
  countsByRule,
  filterConflicts,
  isAccepted,
  openCount,
  reviewNote,
  shortfall,
} from './conflictRows';
import { useConflicts } from './conflictStore';
import { revokeAcceptChange } from './reviewChange';
import { usePipelineUi } from './uiState';
import { useAutoRecheck } from './useAutoRecheck';
import './messages';

const m2 = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

function partyText(p: ConflictParty | null): string {
  if (!p) return '—';
  const type = t(`pipes.type.${p.type}`);
  return p.code ? `${p.code} · ${type}` : type;
}

export function ConfidenceTag({ confidence }: { confidence: string }) {
  if (confidence === 'C')
    return (
      <Tooltip title={t('pipes.conf.C.tip')}>
        <Tag color="warning" data-testid="conf-C">
          {t('pipes.conf.C')}
        </Tag>
      </Tooltip>
    );
  if (confidence === 'local') return <Tag color="blue">{t('pipes.conf.local')}</Tag>;
  return <Tag>{confidence}</Tag>;
}

function focus(row: ConflictRow): void {
  useConflicts.setState({ focusedKey: row.key });
  window.__rz?.map.flyTo({ center: row.location, zoom: Math.max(window.__rz.map.getZoom(), 19), duration: 400 });
}

export function ConflictTable({ height }: { height: number }) {
  useAutoRecheck();
  const feedback = App.useApp();
  const result = useConflicts((s) => s.result);
  const focusedKey = useConflicts((s) => s.focusedKey);
  const reviews = useStore((s) => s.conflict_reviews);
  const compounds = useStore((s) => s.compounds);
  const packages = useStore((s) => s.packages);
  const filter = usePipelineUi((s) => s.filter);
  const [accepting, setAccepting] = useState<ConflictRow | null>(null);
  const all = result?.conflicts ?? [];
  const rows = useMemo(() => filterConflicts(all, filter, reviews), [all, filter, reviews]);
  const counts = useMemo(() => countsByRule(all, reviews), [all, reviews]);

  const revoke = (row: ConflictRow) => {
    const review = reviews[row.key];
    if (!review) return;
    const summary = t('pipes.revoke.summary', { rule: t(`pipes.rule.${row.rule}`) });
    void attempt(feedback, () => commit(revokeAcceptChange(review, new Date(), summary)));
  };

  const columns: TableColumnsType<ConflictRow> = [
    { title: t('pipes.col.rule'), key: 'rule', width: 130, render: (_, r) => t(`pipes.rule.${r.rule}`) },
    { title: t('pipes.col.a'), key: 'a', width: 130, render: (_, r) => partyText(r.a) },
    { title: t('pipes.col.b'), key: 'b', width: 130, render: (_, r) => partyText(r.b) },
    { title: t('pipes.col.measured'), key: 'measured', width: 72, align: 'right', render: (_, r) => m2(r.measured_m) },
    { title: t('pipes.col.required'), key: 'required', width: 72, align: 'right', render: (_, r) => m2(r.required_m) },
    {
      title: t('pipes.col.diff'),
      key: 'diff',
      width: 70,
      align: 'right',
      render: (_, r) => (
        <span style={{ color: (shortfall(r) ?? 0) < 0 ? '#cf1322' : undefined }}>{m2(shortfall(r))}</span>
      ),
    },
    { title: t('pipes.col.length'), key: 'length', width: 66, align: 'right', render: (_, r) => m2(r.length_m) },
    {
      title: t('pipes.col.clause'),
      key: 'clause',
      width: 160,
      ellipsis: { showTitle: true },
      render: (_, r) => `${r.standard} ${r.clause}`,
    },
    {
      title: t('pipes.col.confidence'),
      key: 'confidence',
      width: 100,
      render: (_, r) => <ConfidenceTag confidence={r.confidence} />,
    },
    {
      title: t('pipes.col.compound'),
      key: 'compound',
      width: 110,
      render: (_, r) => (r.compound_id ? (compounds[r.compound_id]?.name ?? '') : ''),
    },
    {
      title: t('pipes.col.package'),
      key: 'package',
      width: 100,
      render: (_, r) => (r.package_id ? (packages[r.package_id]?.name ?? '') : ''),
    },
    {
      title: t('pipes.col.status'),
      key: 'status',
      width: 150,
      render: (_, r) =>
        isAccepted(r, reviews) ? (
          <Tooltip title={reviewNote(r, reviews)}>
            <Tag color="green" data-testid="pipes-status">
              {t('pipes.status.accepted')}
            </Tag>
            <span className="rz-muted">{reviewNote(r, reviews)}</span>
          </Tooltip>
        ) : (
          <Tag color="red" data-testid="pipes-status">
            {t('pipes.status.open')}
          </Tag>
        ),
    },
    {
      title: t('pipes.col.action'),
      key: 'action',
      width: 150,
      render: (_, r) =>
        isAccepted(r, reviews) ? (
          <Button size="small" onClick={() => revoke(r)} data-testid="pipes-revoke">
            {t('pipes.revoke')}
          </Button>
        ) : (
          <Button size="small" onClick={() => setAccepting(r)} data-testid="pipes-accept">
            {t('pipes.accept')}
          </Button>
        ),
    },
  ];

  return (
    <div data-testid="pipes-panel" style={{ padding: '4px 8px' }}>
      <Space size={8} style={{ marginBottom: 4 }} wrap>
        <CheckButton />
        <span data-testid="pipes-count">
          {result
            ? t('pipes.count', { shown: rows.length, total: all.length, open: openCount(all, reviews) })
            : t('pipes.notRun')}
        </span>
        <ConflictFilters counts={counts} />
      </Space>
      <Table<ConflictRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        virtual
        scroll={{ x: 1450, y: Math.max(60, height - 110) }}
        onRow={(r) => ({
          onClick: () => focus(r),
          'data-testid': 'pipes-row',
          'data-key': r.key,
          'data-focused': r.key === focusedKey,
          style: r.key === focusedKey ? { background: '#e6f4ff' } : undefined,
        })}
        data-testid="pipes-table"
      />
      <AcceptDialog conflict={accepting} onClose={() => setAccepting(null)} />
    </div>
  );
}
