import { t } from '../../../shared/i18n/index';
import type { MapImage } from './mapImage';
import { crsName, niceLength, scaleDenominator } from './mapScale';

// A printed map: the off-screen map image with vector overlays (labels with a white halo, north arrow, scale bar)
// and the coordinate-system note under it. Sizes are in mm, so the figure prints at the intended scale.

const zh = (key: string, params?: Record<string, string | number>) => t(key, params, 'zh');

export function MapFigure({ image, epsg }: { image: MapImage; epsg: number }) {
  const { widthMm: w, heightMm: h } = image;
  const barM = niceLength(image.metresPerMm * 30);
  const barMm = barM / image.metresPerMm;
  return (
    <figure className="rp-map" style={{ width: `${w}mm` }}>
      <div className="rp-map-frame" style={{ width: `${w}mm`, height: `${h}mm` }}>
        <img src={image.dataUrl} alt="" style={{ width: `${w}mm`, height: `${h}mm` }} />
        <svg viewBox={`0 0 ${w} ${h}`} style={{ width: `${w}mm`, height: `${h}mm` }} aria-hidden="true">
          {image.labels
            .filter((l) => l.xMm > 0 && l.xMm < w && l.yMm > 0 && l.yMm < h)
            .map((l) => (
              <text
                key={`${l.text}:${l.xMm.toFixed(1)}`}
                x={l.xMm}
                y={l.yMm}
                className={l.strong ? 'rp-map-label rp-strong' : 'rp-map-label'}
                textAnchor="middle"
                dominantBaseline="middle"
              >
                {l.text}
              </text>
            ))}
          <g transform={`translate(${w - 12} 6)`}>
            <polygon points="0,0 -3.2,9 0,7 3.2,9" fill="#222" />
            <text x={0} y={13.5} textAnchor="middle" className="rp-map-north">
              {zh('report.map.north')}
            </text>
          </g>
          <g transform={`translate(6 ${h - 7})`}>
            <rect x={-1.5} y={-5.5} width={barMm + 16} height={9} fill="#fff" fillOpacity={0.85} />
            <rect x={0} y={0} width={barMm / 2} height={1.4} fill="#222" />
            <rect x={barMm / 2} y={0} width={barMm / 2} height={1.4} fill="#fff" stroke="#222" strokeWidth={0.25} />
            <text x={0} y={-1.2} className="rp-map-scale" textAnchor="middle">
              0
            </text>
            <text x={barMm} y={-1.2} className="rp-map-scale" textAnchor="middle">
              {barM >= 1000 ? `${barM / 1000} km` : `${barM} m`}
            </text>
          </g>
        </svg>
      </div>
      <figcaption className="rp-map-note">
        <span>{zh('report.map.scale', { n: scaleDenominator(image.metresPerMm).toLocaleString('zh-CN') })}</span>
        <span>{zh('report.map.crs', { crs: crsName(epsg), epsg })}</span>
      </figcaption>
    </figure>
  );
}

export interface LegendEntry {
  label: string;
  fill?: string;
  line?: string;
  dashed?: boolean;
}

export function MapLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="rp-legend">
      {entries.map((e) => (
        <li key={e.label}>
          <span
            className="rp-swatch"
            style={{
              background: e.fill ?? 'transparent',
              border: e.line ? `0.5mm ${e.dashed ? 'dashed' : 'solid'} ${e.line}` : undefined,
            }}
          />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
