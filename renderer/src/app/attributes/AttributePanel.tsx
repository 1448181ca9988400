// Right panel: the attributes of the selection. One feature: its form with derived values beside the entered
// ones; several: their count and totals.
import { Empty, Tag } from 'antd';
import { t } from '../../../../shared/i18n';
import type { Compound } from '../../../../shared/model/tables';
import { RoadAttributes, SiteAreaAttributes } from '../../context/ContextAttributes';
import { FacilityForm } from '../../facilities/FacilityForm';
import { useLang } from '../../i18n';
import { IndicatorCard } from '../../indicators/IndicatorCard';
import { PackagePanel } from '../../packages/PackagePanel';
import { useStore } from '../../state/store';
import { DerivedPanel } from './DerivedPanel';
import { FeatureForm } from './FeatureForm';
import type { EditableRow, EditableTable } from './fields';
import { MultiSummary } from './MultiSummary';
import { PackageLink } from './PackageLink';
import { PipelineAttributes, TreeAttributes } from './PipeAttributes';
import { PriorityCard } from './PriorityCard';
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
      {table === 'compounds' ? (
        <>
          <PackageLink compoundId={row.id} />
          <PriorityCard compound={row as Compound} />
          <IndicatorCard compoundIds={[row.id]} />
        </>
      ) : null}
    </div>
  );
}

export function AttributePanel() {
  useLang((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const first = selection.length === 1 ? selection[0] : undefined;
  const row = useStore((s) =>
    first?.table === 'compounds'
      ? s.compounds[first.id]
      : first?.table === 'buildings'
        ? s.buildings[first.id]
        : undefined,
  );
  const pipe = useStore((s) => (first?.table === 'pipelines' ? s.pipelines[first.id] : undefined));
  const tree = useStore((s) => (first?.table === 'trees' ? s.trees[first.id] : undefined));
  const facility = useStore((s) => (first?.table === 'facilities' ? s.facilities[first.id] : undefined));
  const road = useStore((s) => (first?.table === 'roads' ? s.roads[first.id] : undefined));
  const area = useStore((s) => (first?.table === 'site_areas' ? s.site_areas[first.id] : undefined));
  const activePackage = useStore((s) =>
    s.activePackageId && s.packages[s.activePackageId] ? s.activePackageId : null,
  );
  return (
    <aside className="rz-right" data-testid="attribute-panel">
      {selection.length === 0 && activePackage ? (
        <PackagePanel packageId={activePackage} />
      ) : selection.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attr.none')} />
      ) : pipe ? (
        <PipelineAttributes row={pipe} />
      ) : tree ? (
        <TreeAttributes row={tree} />
      ) : facility ? (
        <FacilityForm key={facility.id} row={facility} />
      ) : road ? (
        <RoadAttributes key={road.id} row={road} />
      ) : area ? (
        <SiteAreaAttributes key={area.id} row={area} />
      ) : first && row && (first.table === 'compounds' || first.table === 'buildings') ? (
        <SingleFeature table={first.table} row={row} />
      ) : (
        <MultiSummary />
      )}
    </aside>
  );
}
