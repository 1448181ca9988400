// 改造内容库: the project's catalog with editable name, unit and unit cost (one Change per edit), each item's
// source clause, and a grade-C mark on costs still at their illustrative default.
import { App, Input, InputNumber, Modal, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { RenovationItem } from '../../../shared/model/tables';
import { isDefaultCost } from '../../../shared/standards/renovation-items';
import { attempt } from '../app/feedback';
import { commit, useStore } from '../state/store';
import { type CatalogField, catalogEditChange } from './catalogEdit';

/** A controlled cost input: antd's InputNumber reports its typed value through onChange, not the DOM event. */
function CostInput({ item, onCommit }: { item: RenovationItem; onCommit: (v: number | null) => void }) {
  const [draft, setDraft] = useState<number | null>(item.unit_cost_yuan);
  useEffect(() => setDraft(item.unit_cost_yuan), [item.unit_cost_yuan]);
  const save = () => {
    if (draft !== item.unit_cost_yuan) onCommit(draft);
  };
  return (
    <InputNumber<number>
      size="small"
      min={0}
      value={draft}
      onChange={setDraft}
      onBlur={save}
      onPressEnter={save}
      style={{ width: 100 }}
      data-testid={`catalog-${item.id}-cost`}
    />
  );
}

function useEdit() {
  const feedback = App.useApp();
  return (item: RenovationItem, field: CatalogField, raw: string | number | null) => {
    const change = catalogEditChange(item, field, raw, t('items.catalog.summary', { item: `${item.id} ${item.name}` }));
    if (change) void attempt(feedback, () => commit(change));
  };
}

export function CatalogDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const catalog = useStore((s) => s.renovation_items);
  const edit = useEdit();
  const rows = useMemo(
    () => Object.values(catalog).sort((a, b) => a.sort - b.sort || a.id.localeCompare(b.id)),
    [catalog],
  );
  const columns: TableColumnsType<RenovationItem> = [
    { title: t('items.col.code'), dataIndex: 'id', width: 64 },
    {
      title: t('items.col.class'),
      dataIndex: 'class',
      width: 70,
      render: (c: string) => t(`items.class.${c}`),
    },
    {
      title: t('items.col.name'),
      key: 'name',
      render: (_, r) => (
        <Input
          size="small"
          defaultValue={r.name}
          key={r.name}
          maxLength={200}
          onBlur={(e) => edit(r, 'name', e.target.value)}
          onPressEnter={(e) => edit(r, 'name', e.currentTarget.value)}
          data-testid={`catalog-${r.id}-name`}
        />
      ),
    },
    {
      title: t('items.col.unit'),
      key: 'unit',
      width: 80,
      render: (_, r) => (
        <Input
          size="small"
          defaultValue={r.unit}
          key={r.unit}
          maxLength={20}
          onBlur={(e) => edit(r, 'unit', e.target.value)}
          onPressEnter={(e) => edit(r, 'unit', e.currentTarget.value)}
          data-testid={`catalog-${r.id}-unit`}
        />
      ),
    },
    {
      title: t('items.col.unitCost'),
      key: 'cost',
      width: 170,
      render: (_, r) => (
        <span className="rz-cost-cell">
          <CostInput item={r} onCommit={(v) => edit(r, 'unit_cost_yuan', v)} />
          {isDefaultCost(r) && <Tag color="orange">C</Tag>}
        </span>
      ),
    },
    { title: t('items.col.source'), dataIndex: 'source', width: 260, render: (s: string) => <small>{s}</small> },
  ];
  return (
    <Modal
      open={open}
      title={t('items.catalog.title')}
      onCancel={onClose}
      footer={null}
      width={1000}
      destroyOnHidden
      data-testid="catalog-dialog"
    >
      <p className="rz-muted" data-testid="catalog-grade-c">
        <Tag color="orange">C</Tag>
        {t('items.catalog.gradeC')}
      </p>
      <Table<RenovationItem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        virtual
        scroll={{ y: 560, x: 900 }}
      />
    </Modal>
  );
}
