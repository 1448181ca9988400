// Right panel: the attributes of the selection. One feature: its form with derived values beside the entered
// ones; several: their count and totals.
import { Empty, Tag } from 'antd';
import { t } from '../../../../shared/i18n';
import { useLang } from '../../i18n';
import { useStore } from '../../state/store';
import { DerivedPanel } from './DerivedPanel';
import { FeatureForm } from './FeatureForm';
import type { EditableRow, EditableTable } from './fields';
import { MultiSummary } from './MultiSummary';
import { useDerived } from './useDerived';

function SingleFeature({ table, row }: { table: EditableTable; row: EditableRow }) {
  const derived = useDerived(table, row);
  return (
    <div data-testid={`attributes-${table}`}>
      <h3>
        <Tag color={table === 'compounds' ? 'green' : 'orange'}>
          {t(table === 'compounds' ? 'attr.compound' : 'attr.building')}
        </Tag>
        <span data-testid="attributes-name">{row.name || t('common.unnamed')}</span>
      </h3>
      <FeatureForm key={row.id} table={table} row={row} derived={derived.beside} />
      <DerivedPanel derived={derived} />
    </div>
  );
}

export function AttributePanel() {
  useLang((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const first = selection.length === 1 ? selection[0] : undefined;
  const row = useStore((s) =>
    first ? (first.table === 'compounds' ? s.compounds[first.id] : s.buildings[first.id]) : undefined,
  );
  return (
    <aside className="rz-right" data-testid="attribute-panel">
      {selection.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attr.none')} />
      ) : first && row ? (
        <SingleFeature table={first.table} row={row} />
      ) : (
        <MultiSummary />
      )}
    </aside>
  );
}
