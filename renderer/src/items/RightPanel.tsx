// The right panel: the selection's attributes and, beside them, its renovation items (改造内容).
import { Tabs } from 'antd';
import { create } from 'zustand';
import { t } from '../../../shared/i18n';
import { AttributePanel } from '../app/attributes/AttributePanel';
import { FacilitiesTab } from '../facilities/FacilitiesTab';
import { useLang } from '../i18n';
import { ItemsPanel } from './ItemsPanel';
import './messages';

type RightTab = 'attributes' | 'items' | 'facilities';
export const useRightTab = create<{ tab: RightTab }>(() => ({ tab: 'attributes' }));

export function RightPanel() {
  useLang((s) => s.lang);
  const tab = useRightTab((s) => s.tab);
  return (
    <div className="rz-right-tabs" data-testid="right-panel">
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(k) => useRightTab.setState({ tab: k as RightTab })}
        items={[
          { key: 'attributes', label: <span data-testid="tab-attributes">{t('items.tab.attributes')}</span> },
          { key: 'items', label: <span data-testid="tab-items">{t('items.tab')}</span> },
          { key: 'facilities', label: <span data-testid="tab-facilities">{t('facilities.tab')}</span> },
        ]}
      />
      <div className="rz-right-body">
        {tab === 'attributes' ? <AttributePanel /> : tab === 'items' ? <ItemsPanel /> : <FacilitiesTab />}
      </div>
    </div>
  );
}
