// A package's estimate (total and by item class) and its funding split by source, with the package's own shares
// or the project's defaults. Mounted by the package panel (renderer/src/packages) as <PackageEstimate packageId />.
import { Button, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { DEFAULT_FUNDING, ITEM_CLASSES } from '../../../shared/model/funding';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { FundingEditor, ResetFundingButton } from './FundingEditor';
import { formatShare, formatYuan } from './format';
import { type FundingRow, fundingRows } from './fundingForm';
import { usePackageEstimate } from './useEstimates';
import './messages';

export function PackageEstimate({ packageId }: { packageId: string }) {
  useLang((s) => s.lang);
  const pkg = useStore((s) => s.packages[packageId]);
  const defaults = useStore((s) => s.project?.settings.funding_defaults ?? DEFAULT_FUNDING);
  const estimate = usePackageEstimate(packageId);
  const [editing, setEditing] = useState(false);
  if (!pkg || !estimate) return null;
  const funding = pkg.funding ?? defaults;
  const columns = [
    { title: t('funding.source'), dataIndex: 'source', render: (s: string) => t(`funding.src.${s}`) },
    ...ITEM_CLASSES.map((c) => ({
      title: t(`items.class.${c}`),
      key: c,
      align: 'right' as const,
      render: (_: unknown, r: FundingRow) => formatShare(r.shares[c]),
    })),
    {
      title: t('funding.amount'),
      dataIndex: 'amount',
      align: 'right' as const,
      render: (a: number) => formatYuan(a),
    },
  ];
  return (
    <div className="rz-estimate" data-testid="package-estimate">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('estimate.total')}>
          <strong data-testid="package-estimate-total" data-value={Math.round(estimate.total)}>
            {formatYuan(estimate.total)}
          </strong>
        </Descriptions.Item>
        {ITEM_CLASSES.map((c) => (
          <Descriptions.Item key={c} label={t(`items.class.${c}`)}>
            <span data-testid={`package-estimate-${c}`}>{formatYuan(estimate.byClass[c])}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Space style={{ margin: '8px 0 4px' }} wrap>
        <strong>{t('funding.title')}</strong>
        <Tag color={pkg.funding ? 'blue' : 'default'} data-testid="funding-mode">
          {pkg.funding ? t('funding.overridden') : t('funding.usesDefaults')}
        </Tag>
        <Button size="small" onClick={() => setEditing(true)} data-testid="funding-edit">
          {t('funding.edit')}
        </Button>
        <ResetFundingButton pkg={pkg} />
      </Space>
      <Table<FundingRow>
        size="small"
        rowKey="source"
        pagination={false}
        columns={columns}
        dataSource={fundingRows(estimate.bySource, funding)}
        data-testid="funding-table"
      />
      <FundingEditor pkg={pkg} funding={funding} open={editing} onClose={() => setEditing(false)} />
    </div>
  );
}
