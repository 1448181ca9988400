// The facility catalog (设施库, issue 4 §3): every catalog type with its typical size, minimum area, source and grade
// (grade C marked 未核实). Drag an item onto the map, or click it and click the map; either picks the placement tool.
import { Tag, Tooltip } from 'antd';
import { getLang, t } from '../../../shared/i18n';
import { FACILITY_TYPES, type FacilityType } from '../../../shared/standards/facilities';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { FACILITY_DRAG_TYPE } from './dropBridge';
import { pickFacility, usePlacement } from './placementStore';
import './messages';
import './facilities.css';

/** Picks the entry and the placement tool, and shows leftover land: where a facility can go is what to look at. */
function startPlacing(key: string): void {
  pickFacility(key);
  useStore.setState((s) => ({
    tool: 'placeFacility',
    selection: [],
    layers: s.layers.leftover ? s.layers : { ...s.layers, leftover: true },
  }));
}

function sizeText(f: FacilityType): string {
  const parts = [
    t('facilities.catalog.size', { w: f.width_m, l: f.length_m }),
    t('facilities.catalog.minArea', { a: f.min_area_m2 }),
  ];
  if (f.floors > 0) parts.push(t('facilities.catalog.floors', { n: f.floors }));
  return parts.join(' · ');
}

function CatalogItem({ type, picked }: { type: FacilityType; picked: boolean }) {
  return (
    <Tooltip title={type.source} placement="left" mouseEnterDelay={0.5}>
      <button
        type="button"
        className="rz-fac-item"
        draggable
        data-picked={picked}
        data-testid={`facility-type-${type.key}`}
        onDragStart={(e) => {
          e.dataTransfer.setData(FACILITY_DRAG_TYPE, type.key);
          e.dataTransfer.effectAllowed = 'copy';
          startPlacing(type.key);
        }}
        onClick={() => (picked ? pickFacility(null) : startPlacing(type.key))}
      >
        <div className="rz-fac-item-head">
          <span>{type.name[getLang()]}</span>
          <span className="rz-spacer" />
          {type.grade === 'C' ? (
            <Tag color="warning" data-testid="facility-unverified">
              {t('facilities.catalog.unverified')}
            </Tag>
          ) : (
            <Tag color={type.grade === 'A' ? 'success' : 'processing'}>
              {t('facilities.catalog.grade', { g: type.grade })}
            </Tag>
          )}
        </div>
        <div className="rz-fac-item-meta">{sizeText(type)}</div>
        <div className="rz-fac-item-meta">{type.source}</div>
      </button>
    </Tooltip>
  );
}

export function CatalogPanel() {
  useLang((s) => s.lang);
  const pending = usePlacement((s) => s.pending);
  return (
    <section className="rz-section" data-testid="facility-catalog">
      <h3>{t('facilities.catalog.title')}</h3>
      <div className="rz-fac-hint">{t('facilities.catalog.hint')}</div>
      <div className="rz-fac-list">
        {FACILITY_TYPES.map((type) => (
          <CatalogItem key={type.key} type={type} picked={pending === type.key} />
        ))}
      </div>
    </section>
  );
}
