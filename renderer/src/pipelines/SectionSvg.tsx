// The cross-section drawn to scale (PX_PER_M on both axes, about 1:95 on a 96 dpi screen): ground line, depth
// axis, each crossing pipe as a circle (a trench as a rectangle) at its cover depth, coloured by type and
// labelled; horizontal clear distances between neighbours and vertical clearances where pipes overlap in plan,
// red with the required value when short.
import { t } from '../../../shared/i18n';
import { PIPE_COLORS } from '../map/palette';
import type { SectionCrossing } from './section';
import type { SectionGapView, SectionView } from './sectionView';
import './messages';

export const PX_PER_M = 40;
const LEFT = 50;
const TOP = 30;
/** Scale denominator on a 96 dpi screen: 1 m drawn as PX_PER_M px of 0.2646 mm. */
export const SCALE_DENOMINATOR = Math.round(1000 / (PX_PER_M * (25.4 / 96)));

const x = (offset: number): number => LEFT + offset * PX_PER_M;
const y = (depth: number): number => TOP + depth * PX_PER_M;
const f2 = (v: number): string => v.toFixed(2);

function PipeShape({ c }: { c: SectionCrossing }) {
  const color = PIPE_COLORS[c.pipe.type];
  const w = Math.max(c.width_m * PX_PER_M, 3);
  const cx = x(c.offset_m);
  const top = y(c.cover_m);
  const label = [c.pipe.code, t(`pipes.type.${c.pipe.type}`), `DN${c.pipe.diameter_mm}`].filter(Boolean).join(' ');
  return (
    <g data-testid="section-pipe" data-pipe={c.pipe.id}>
      {c.along ? (
        <rect
          x={x(c.span_m[0])}
          y={top}
          width={(c.span_m[1] - c.span_m[0]) * PX_PER_M}
          height={w}
          fill={color}
          fillOpacity={0.35}
          stroke={color}
        />
      ) : c.pipe.type === 'utility_trench' ? (
        <rect x={cx - w / 2} y={top} width={w} height={w * 0.8} fill={color} fillOpacity={0.35} stroke={color} />
      ) : (
        <circle cx={cx} cy={top + w / 2} r={w / 2} fill={color} fillOpacity={0.35} stroke={color} strokeWidth={1.5} />
      )}
      {c.along ? (
        // A pipe lying along the section: one line of text at its left end, clear of the pipes cut across.
        <text x={x(c.span_m[0]) + 4} y={top + w + 12} fontSize={11} fill={color}>
          {label} · {t('pipes.sec.cover', { m: f2(c.cover_m) })}
        </text>
      ) : (
        <>
          <text x={cx} y={top - 16} fontSize={11} textAnchor="middle" fill={color}>
            {label}
          </text>
          <text x={cx} y={top - 4} fontSize={10} textAnchor="middle" fill="#595959">
            {t('pipes.sec.cover', { m: f2(c.cover_m) })}
          </text>
        </>
      )}
    </g>
  );
}

function GapMark({ g, row }: { g: SectionGapView; row: number }) {
  const color = g.short ? '#cf1322' : '#434343';
  // A grade-C value decides this red mark: say it is unverified, as everywhere a C value decides a result.
  const unverified = g.required?.confidence === 'C' ? ` ${t('pipes.conf.C')}` : '';
  const req = g.required ? ` (${t('pipes.sec.required', { m: f2(g.required.metres) })}${unverified})` : '';
  const text = `${f2(g.clear_m)} m${g.short ? req : ''}`;
  if (g.kind === 'horizontal') {
    const x1 = x(g.a.offset_m + g.a.width_m / 2);
    const x2 = x(g.b.offset_m - g.b.width_m / 2);
    const yy = y(Math.max(g.a.cover_m + g.a.width_m, g.b.cover_m + g.b.width_m)) + 14 + row * 14;
    return (
      <g data-testid="section-gap" data-short={g.short}>
        <line x1={x1} x2={x2} y1={yy} y2={yy} stroke={color} markerStart="url(#tick)" markerEnd="url(#tick)" />
        <text x={(x1 + x2) / 2} y={yy + 11} fontSize={10} textAnchor="middle" fill={color}>
          {text}
        </text>
      </g>
    );
  }
  const xx = x((g.a.offset_m + g.b.offset_m) / 2) + 6 + row * 4;
  const y1 = y(g.a.cover_m + g.a.width_m);
  const y2 = y(g.b.cover_m);
  return (
    <g data-testid="section-gap" data-short={g.short}>
      <line x1={xx} x2={xx} y1={y1} y2={y2} stroke={color} />
      <text x={xx + 4} y={(y1 + y2) / 2 + 4} fontSize={10} fill={color}>
        {text}
      </text>
    </g>
  );
}

export function SectionSvg({ view, lengthM }: { view: SectionView; lengthM: number }) {
  const maxDepth = Math.max(2, ...view.crossings.map((c) => c.cover_m + c.width_m)) + 0.8;
  const width = x(lengthM) + 20;
  const height = y(maxDepth) + 30;
  const depthTicks = Array.from({ length: Math.floor(maxDepth * 2) + 1 }, (_, i) => i / 2);
  const offsetTicks = Array.from({ length: Math.floor(lengthM / 2) + 1 }, (_, i) => i * 2);
  return (
    <svg width={width} height={height} data-testid="section-svg" style={{ background: '#fff' }}>
      <title>{t('pipes.sec.title')}</title>
      <defs>
        <marker id="tick" markerWidth={2} markerHeight={8} refX={1} refY={4}>
          <line x1={1} x2={1} y1={0} y2={8} stroke="#434343" />
        </marker>
      </defs>
      <rect x={x(0)} y={y(0)} width={lengthM * PX_PER_M} height={maxDepth * PX_PER_M} fill="#f7f1e8" />
      <line x1={x(0)} x2={x(lengthM)} y1={y(0)} y2={y(0)} stroke="#262626" strokeWidth={2} />
      {depthTicks.map((d) => (
        <g key={`d${d}`}>
          <line x1={x(0) - 4} x2={x(0)} y1={y(d)} y2={y(d)} stroke="#8c8c8c" />
          <text x={x(0) - 6} y={y(d) + 3} fontSize={9} textAnchor="end" fill="#8c8c8c">
            {d.toFixed(1)}
          </text>
        </g>
      ))}
      {offsetTicks.map((o) => (
        <text key={`o${o}`} x={x(o)} y={y(maxDepth) + 12} fontSize={9} textAnchor="middle" fill="#8c8c8c">
          {o}
        </text>
      ))}
      <text x={4} y={TOP - 10} fontSize={10} fill="#595959">
        {t('pipes.sec.depth')}
      </text>
      <text x={x(lengthM / 2)} y={height - 4} fontSize={10} textAnchor="middle" fill="#595959">
        {t('pipes.sec.offset')}
      </text>
      {view.crossings.map((c) => (
        <PipeShape key={`${c.pipe.id}@${c.offset_m}`} c={c} />
      ))}
      {view.gaps.map((g, i) => (
        <GapMark key={`${g.kind}${g.a.pipe.id}${g.b.pipe.id}${g.a.offset_m}`} g={g} row={i % 2} />
      ))}
    </svg>
  );
}
