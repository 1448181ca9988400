// The bottom panel under the map: tabs 小区表 / 片区表 / 年度计划 / 管线冲突 / 存量土地 / 设施表, collapsible (T or the toolbar) and resizable by
// dragging its top edge. The header stays visible when collapsed so a tab click opens it again.
import { Button, Tabs } from 'antd';
import { type PointerEvent as ReactPointerEvent, useCallback } from 'react';
import { t } from '../../../shared/i18n';
import { FacilityTable } from '../facilities/FacilityTable';
import { useLang } from '../i18n';
import { LeftoverPanel } from '../leftover/LeftoverPanel';
import { ConflictTable } from '../pipelines/ConflictTable';
import { AnnualPlan } from '../plan/AnnualPlan';
import { useStore } from '../state/store';
import { CompoundTable } from './CompoundTable';
import { PackageTable } from './PackageTable';
import { type BottomTab, MIN_HEIGHT, showBottomTab, toggleBottomPanel, useBottomPanel } from './panelState';
import './messages';

const HEADER_HEIGHT = 34;

/** Drag the top edge: the panel keeps at least MIN_HEIGHT and leaves the map at least 30 % of the window. */
function useResize() {
  return useCallback((down: ReactPointerEvent<HTMLDivElement>) => {
    const startY = down.clientY;
    const startHeight = useBottomPanel.getState().height;
    const move = (e: PointerEvent) => {
      const max = window.innerHeight * 0.7;
      const height = Math.min(max, Math.max(MIN_HEIGHT, startHeight + startY - e.clientY));
      useBottomPanel.setState({ height });
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }, []);
}

export function BottomPanel() {
  useLang((s) => s.lang);
  const { open, height, tab } = useBottomPanel();
  const hasProject = useStore((s) => s.project !== null);
  const startResize = useResize();
  if (!hasProject) return <section className="rz-bottom" />;
  const body = height - HEADER_HEIGHT;
  return (
    <section className="rz-bottom" data-testid="bottom-panel" data-open={open}>
      {open && <div className="rz-bottom-resize" onPointerDown={startResize} data-testid="bottom-resize" />}
      <div className="rz-bottom-head">
        <Tabs
          size="small"
          activeKey={tab}
          onTabClick={(k) => showBottomTab(k as BottomTab)}
          items={[
            ...(['compounds', 'packages', 'plan'] as const).map((k) => ({
              key: k,
              label: <span data-testid={`bottom-tab-${k}`}>{t(`tables.tab.${k}`)}</span>,
            })),
            { key: 'pipes', label: <span data-testid="bottom-tab-pipes">{t('pipes.tab')}</span> },
            { key: 'leftover', label: <span data-testid="bottom-tab-leftover">{t('leftoverUi.tab')}</span> },
            {
              key: 'facilities',
              label: <span data-testid="bottom-tab-facilities">{t('facilities.tableTab')}</span>,
            },
          ]}
        />
        <Button size="small" type="text" onClick={toggleBottomPanel} data-testid="bottom-toggle">
          {open ? `▾ ${t('tables.collapse')}` : `▴ ${t('tables.title')}`}
        </Button>
      </div>
      {open && (
        <div className="rz-bottom-body" style={{ height: body }}>
          {tab === 'compounds' && <CompoundTable height={body} />}
          {tab === 'packages' && <PackageTable height={body} />}
          {tab === 'plan' && <AnnualPlan height={body} />}
          {tab === 'pipes' && <ConflictTable height={body} />}
          {tab === 'leftover' && <LeftoverPanel height={body} />}
          {tab === 'facilities' && <FacilityTable height={body} />}
        </div>
      )}
    </section>
  );
}
