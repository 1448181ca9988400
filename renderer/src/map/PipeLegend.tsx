// The pipelines' part of the legend, drawn from the same tables as the map layers (palette.ts): a line swatch per
// pipe type (CJJ 61 colour convention, see PIPE_COLORS), the status line styles, trees, and — when a check has
// run — the conflict marker colours.
import { t } from '../../../shared/i18n';
import { CONFLICT_RULES, PIPE_TYPES } from '../../../shared/model/pipelines';
import { useLang } from '../i18n';
import { useConflicts } from '../pipelines/conflictStore';
import { registerPipelineCheckMessages } from '../pipelines/messages';
import { CONFLICT_COLORS, PIPE_COLORS, TREE_COLORS } from './palette';
import './pipeMessages';

function LineSwatch({ color, dashed, thick }: { color: string; dashed?: boolean; thick?: boolean }) {
  return (
    <span
      style={{
        display: 'inline-block',
        width: 22,
        marginRight: 6,
        verticalAlign: 'middle',
        borderTop: `${thick ? 4 : 2.5}px ${dashed ? 'dashed' : 'solid'} ${color}`,
      }}
    />
  );
}

registerPipelineCheckMessages(); // the rule names (pipes.rule.*) are the conflicts UI's

export function PipeLegend() {
  useLang((s) => s.lang);
  const checked = useConflicts((s) => s.result !== null);
  return (
    <div data-testid="pipe-legend">
      <div className="rz-legend-group">{t('pipemap.legend.pipelines')}</div>
      {PIPE_TYPES.map((type) => (
        <div className="rz-legend-row" key={type} data-testid={`legend-pipe-${type}`}>
          <LineSwatch color={PIPE_COLORS[type]} />
          <span>{t(`pipemap.type.${type}`)}</span>
        </div>
      ))}
      <div className="rz-legend-row">
        <LineSwatch color="#595959" />
        <LineSwatch color="#595959" thick />
        <LineSwatch color="#595959" dashed />
      </div>
      <div className="rz-legend-row" style={{ fontSize: 11 }}>
        {t('pipemap.legend.status')}
      </div>
      <div className="rz-legend-row">
        <span
          className="rz-swatch"
          style={{ background: TREE_COLORS.fill, borderRadius: '50%', border: `1px solid ${TREE_COLORS.outline}` }}
        />
        <span>{t('pipemap.legend.trees')}</span>
      </div>
      {checked ? (
        <>
          <div className="rz-legend-group">{t('pipemap.legend.conflicts')}</div>
          {CONFLICT_RULES.map((rule) => (
            <div className="rz-legend-row" key={rule}>
              <span className="rz-swatch" style={{ background: CONFLICT_COLORS[rule], borderRadius: '50%' }} />
              <span>{t(`pipes.rule.${rule}`)}</span>
            </div>
          ))}
        </>
      ) : null}
    </div>
  );
}
