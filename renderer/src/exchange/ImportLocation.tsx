// Where the data lands, before anything is written: its lon/lat extent drawn against the current map view
// (a small schematic, both boxes in one frame) and in words — inside the view, or how far away. A wrong CRS
// shows at once as a box hundreds of kilometres off.
import { t } from '../../../shared/i18n';
import { type Box, whereIs } from './importState';

const W = 160;
const H = 100;

export function ImportLocation({ bbox }: { bbox: Box | null }) {
  const bounds = window.__rz?.map.getBounds();
  const view: Box | null = bounds ? [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] : null;
  if (!bbox) return <div className="rz-muted">{t('import.dialog.whereNone')}</div>;
  const where = whereIs(bbox, view);
  const frame: Box = view
    ? [Math.min(view[0], bbox[0]), Math.min(view[1], bbox[1]), Math.max(view[2], bbox[2]), Math.max(view[3], bbox[3])]
    : bbox;
  const sx = W / Math.max(frame[2] - frame[0], 1e-9);
  const sy = H / Math.max(frame[3] - frame[1], 1e-9);
  const s = Math.min(sx, sy);
  const rect = (b: Box, stroke: string, fill: string, id: string) => (
    <rect
      data-testid={id}
      x={(b[0] - frame[0]) * s}
      y={(frame[3] - b[3]) * s}
      width={Math.max((b[2] - b[0]) * s, 2)}
      height={Math.max((b[3] - b[1]) * s, 2)}
      stroke={stroke}
      fill={fill}
      strokeWidth={1.5}
    />
  );
  const f = (v: number) => v.toFixed(5);
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }} data-testid="import-location">
      <svg
        width={W + 4}
        height={H + 4}
        viewBox={`-2 -2 ${W + 4} ${H + 4}`}
        style={{ background: '#f6f6f6', flex: 'none' }}
      >
        <title>{t('import.dialog.where')}</title>
        {view ? rect(view, '#888', 'none', 'import-location-view') : null}
        {rect(bbox, '#d4380d', 'rgba(212,56,13,0.25)', 'import-location-data')}
      </svg>
      <div>
        <div>{t('import.dialog.whereBox', { w: f(bbox[0]), e: f(bbox[2]), s: f(bbox[1]), n: f(bbox[3]) })}</div>
        {where ? (
          <div className={where.inView ? 'rz-muted' : undefined} data-testid="import-location-text">
            {where.inView ? t('import.dialog.whereInView') : t('import.dialog.whereAway', { km: where.km })}
          </div>
        ) : null}
      </div>
    </div>
  );
}
