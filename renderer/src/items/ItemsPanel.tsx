// 改造内容 of the selected compound: the project catalog grouped by class, one line per item (ItemLine), the
// "基础类应改尽改" banner for deficient basic items left out, and the compound's estimate by class. Each edit is one
// Change putting (creating on first touch) the compound_items row.
import { Alert, App, Button, Descriptions, Empty } from 'antd';
import { useMemo, useState } from 'react';
import { missingBasicItems } from '../../../shared/analysis/basicItems';
import { t } from '../../../shared/i18n';
import { ITEM_CLASSES } from '../../../shared/model/funding';
import type { Compound } from '../../../shared/model/tables';
import { isQuantityRuleId } from '../../../shared/standards/quantity-rules';
import { attempt } from '../app/feedback';
import { useLang } from '../i18n';
import { commit, useStore } from '../state/store';
import { CatalogDialog } from './CatalogDialog';
import { formatYuan } from './format';
import { ItemLine } from './ItemLine';
import { catalogByClass, type LinePatch, lineChange, linesByItem } from './itemLines';
import { itemName } from './itemName';
import { useEstimateSource } from './useEstimates';
import './messages';

function CompoundItems({ compound }: { compound: Compound }) {
  const feedback = App.useApp();
  const catalog = useStore((s) => s.renovation_items);
  const allLines = useStore((s) => s.compound_items);
  const source = useEstimateSource();
  const lines = useMemo(() => linesByItem(allLines, compound.id), [allLines, compound.id]);
  const groups = useMemo(() => catalogByClass(catalog), [catalog]);
  const estimate = source.compound(compound);
  const suggested = source.suggested(compound);
  const costedOf = useMemo(() => new Map(estimate.lines.map((l) => [l.item_id, l])), [estimate]);
  const missing = missingBasicItems([...lines.values()], catalog);

  const patch = (itemId: string, p: LinePatch) => {
    const item = catalog[itemId];
    const summary = t('items.summary.line', {
      compound: compound.name || t('common.unnamed'),
      item: item?.name ?? itemId,
    });
    const change = lineChange(lines.get(itemId), compound.id, itemId, p, () => crypto.randomUUID(), summary);
    if (change) void attempt(feedback, () => commit(change));
  };

  if (Object.keys(catalog).length === 0) return <Empty description={t('items.noCatalog')} />;
  return (
    <div className="rz-items" data-testid="items-panel">
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="items-basic-warning"
          message={t('items.basicWarning')}
          description={missing.map((id) => (catalog[id] ? itemName(catalog[id]) : id)).join('、')}
          style={{ marginBottom: 8 }}
        />
      )}
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('items.total')} span={2}>
          <strong data-testid="items-total" data-value={Math.round(estimate.total)}>
            {formatYuan(estimate.total)}
          </strong>
        </Descriptions.Item>
        {ITEM_CLASSES.map((c) => (
          <Descriptions.Item key={c} label={t(`items.class.${c}`)} span={c === 'basic' ? 2 : 1}>
            <span data-testid={`items-total-${c}`}>{formatYuan(estimate.byClass[c])}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <table className="rz-grid rz-items-table">
        <thead>
          <tr>
            <th title={t('items.col.deficient')}>{t('items.col.deficientShort')}</th>
            <th title={t('items.col.planned')}>{t('items.col.plannedShort')}</th>
            <th>{t('items.col.item')}</th>
            <th>{t('items.col.quantity')}</th>
            <th>{t('items.col.lineCost')}</th>
          </tr>
        </thead>
        {ITEM_CLASSES.map((cls) => (
          <tbody key={cls} data-testid={`items-class-${cls}`}>
            <tr className="rz-items-class">
              <td colSpan={5}>{t(`items.class.${cls}`)}</td>
            </tr>
            {groups[cls].map((item) => (
              <ItemLine
                key={item.id}
                item={item}
                line={lines.get(item.id)}
                suggestion={
                  // Proposed facilities first (issue 4: parking stalls, stations…), as the estimate takes them.
                  suggested.by_item?.[item.id] ??
                  (isQuantityRuleId(item.quantity_rule) ? suggested[item.quantity_rule] : null)
                }
                costed={costedOf.get(item.id)}
                onPatch={(p) => patch(item.id, p)}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The tab body: the selected compound's items, or a hint when the selection is not one compound. */
export function ItemsPanel() {
  useLang((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const first = selection.length === 1 && selection[0]?.table === 'compounds' ? selection[0] : undefined;
  const compound = useStore((s) => (first ? s.compounds[first.id] : undefined));
  const [catalogOpen, setCatalogOpen] = useState(false);
  return (
    <div>
      <div className="rz-items-head">
        <strong data-testid="items-compound-name">{compound ? compound.name || t('common.unnamed') : ''}</strong>
        <Button size="small" onClick={() => setCatalogOpen(true)} data-testid="catalog-open">
          {t('items.catalog.open')}
        </Button>
      </div>
      {compound ? (
        <CompoundItems key={compound.id} compound={compound} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('items.selectOne')} />
      )}
      <CatalogDialog open={catalogOpen} onClose={() => setCatalogOpen(false)} />
    </div>
  );
}
