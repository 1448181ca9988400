// Bottom status bar: cursor in lon/lat and in the project's metric CRS, scale, counts, snapping, file path.
import { useMemo } from 'react';
import { createMetricFrame } from '../../../../shared/geo/crs';
import { t } from '../../../../shared/i18n';
import { lngLat } from '../../../../shared/model/units';
import { useLang } from '../../i18n';
import { useStore } from '../../state/store';

export function StatusBar() {
  useLang((s) => s.lang);
  const cursor = useStore((s) => s.cursor);
  const scale = useStore((s) => s.scale);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? null);
  const path = useStore((s) => s.project?.path ?? null);
  const compoundCount = useStore((s) => Object.keys(s.compounds).length);
  const buildingCount = useStore((s) => Object.keys(s.buildings).length);
  const snapping = useStore((s) => s.snapping);
  // Building the proj4 converter is not free: once per CRS, not per mouse move.
  const frame = useMemo(() => (epsg === null ? null : createMetricFrame(epsg)), [epsg]);
  const metric = cursor && frame ? frame.toMetric(lngLat(cursor[0], cursor[1])) : null;
  return (
    <footer className="rz-status" data-testid="status-bar">
      <span data-testid="status-lonlat">
        {cursor ? t('status.lonlat', { lon: cursor[0].toFixed(6), lat: cursor[1].toFixed(6) }) : t('status.noCursor')}
      </span>
      {metric && frame ? (
        <span data-testid="status-metric">
          {t('status.metric', { e: metric[0].toFixed(2), n: metric[1].toFixed(2), epsg: frame.epsg })}
        </span>
      ) : null}
      {scale ? (
        <span data-testid="status-scale">{t('status.scale', { n: Math.round(scale).toLocaleString('en-US') })}</span>
      ) : null}
      <span data-testid="status-counts">{t('status.counts', { c: compoundCount, b: buildingCount })}</span>
      <span data-testid="status-snapping">{snapping ? t('status.snapOn') : t('status.snapOff')}</span>
      <span className="rz-status-path" data-testid="status-file" title={path ?? ''}>
        {path ? t('status.file', { path }) : t('app.noProject')}
      </span>
    </footer>
  );
}
