// Layer visibility, bound to store.layers (the map reads the same flags).
import { Checkbox } from 'antd';
import { t } from '../../../../shared/i18n';
import { useLang } from '../../i18n';
import { useStore } from '../../state/store';
import type { LayerId } from '../../state/types';
import '../../map/pipeMessages';
import '../../facilities/messages';
import '../../leftover/messages';
import '../../context/messages';
import '../../review/messages';

const LAYERS: LayerId[] = [
  'packages',
  'compounds',
  'buildings',
  'pipelines',
  'trees',
  'roads',
  'site_areas',
  'facilities',
  'leftover',
  'annotations',
  'labels',
];
/** Pipelines and trees name themselves in the map's pipe catalog part. */
const labelKey = (id: LayerId): string =>
  id === 'pipelines' || id === 'trees'
    ? `pipemap.layer.${id}`
    : id === 'facilities'
      ? 'facilities.layer'
      : id === 'leftover'
        ? 'leftoverUi.layer'
        : id === 'roads' || id === 'site_areas'
          ? `context.layer.${id}`
          : id === 'annotations'
            ? 'review.layer.annotations'
            : `layers.${id}`;

export function LayersPanel() {
  useLang((s) => s.lang);
  const layers = useStore((s) => s.layers);
  return (
    <section className="rz-section" data-testid="layers-panel">
      <h3>{t('layers.title')}</h3>
      {LAYERS.map((id) => (
        <div key={id}>
          <Checkbox
            checked={layers[id]}
            data-testid={`layer-${id}`}
            onChange={(e) => useStore.setState((s) => ({ layers: { ...s.layers, [id]: e.target.checked } }))}
          >
            {t(labelKey(id))}
          </Checkbox>
        </div>
      ))}
    </section>
  );
}
