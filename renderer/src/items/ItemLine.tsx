// One catalog item of a compound: 现状缺损 and 纳入改造 checkboxes, the quantity (placeholder = the geometry's
// suggestion, tagged 建议 until a value is entered, 已填 after; clearing reverts to the suggestion) and the cost.
import { Checkbox, InputNumber, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { EstimateLine } from '../../../shared/analysis/estimate';
import { t } from '../../../shared/i18n';
import type { CompoundItem, RenovationItem } from '../../../shared/model/tables';
import { formatQuantity, formatYuan } from './format';
import { type LinePatch, quantityFromInput } from './itemLines';
import { itemName } from './itemName';

interface Props {
  item: RenovationItem;
  line: CompoundItem | undefined;
  /** The geometry's suggestion for the item's quantity rule, or null when the rule suggests nothing. */
  suggestion: number | null;
  /** The costed line when planned. */
  costed: EstimateLine | undefined;
  onPatch: (patch: LinePatch) => void;
}

export function ItemLine({ item, line, suggestion, costed, onPatch }: Props) {
  const entered = line?.quantity ?? null;
  const [draft, setDraft] = useState<number | null>(entered);
  useEffect(() => setDraft(entered), [entered]);
  const commitQuantity = () => {
    const q = quantityFromInput(draft);
    if (q !== entered) onPatch({ quantity: q });
  };
  return (
    <tr data-testid={`item-${item.id}`} className={line?.planned ? 'rz-item-planned' : undefined}>
      <td>
        <Checkbox
          checked={line?.deficient ?? false}
          onChange={(e) => onPatch({ deficient: e.target.checked })}
          data-testid={`item-${item.id}-deficient`}
        />
      </td>
      <td>
        <Checkbox
          checked={line?.planned ?? false}
          onChange={(e) => onPatch({ planned: e.target.checked })}
          data-testid={`item-${item.id}-planned`}
        />
      </td>
      <td className="rz-item-name">
        <Tooltip title={`${item.id} · ${item.source}`}>
          <span>{itemName(item)}</span>
        </Tooltip>
        <div className="rz-muted">
          {formatYuan(item.unit_cost_yuan)} {t('items.perUnit', { unit: item.unit })}
        </div>
      </td>
      <td>
        <InputNumber<number>
          size="small"
          min={0}
          value={draft}
          placeholder={suggestion === null ? '' : formatQuantity(suggestion)}
          onChange={(v) => setDraft(v)}
          onBlur={commitQuantity}
          onPressEnter={commitQuantity}
          suffix={item.unit}
          style={{ width: 108 }}
          data-testid={`item-${item.id}-quantity`}
        />
        {entered !== null ? (
          <Tag color="blue" className="rz-qtag" data-testid={`item-${item.id}-entered`}>
            {t('items.entered')}
          </Tag>
        ) : suggestion !== null ? (
          <Tag className="rz-qtag" data-testid={`item-${item.id}-suggested`}>
            {t('items.suggested')}
          </Tag>
        ) : null}
      </td>
      <td className="rz-num" data-testid={`item-${item.id}-cost`}>
        {costed ? formatYuan(costed.cost) : ''}
      </td>
    </tr>
  );
}
