// Right panel for one pipeline or tree: its form and, for a pipeline, the derived length, standard pipe key and
// the clearance row it uses (with its grade).
import { t } from '../../../../shared/i18n';
import type { Pipeline, Tree } from '../../../../shared/model/tables';
import { PIPE_COLORS } from '../../map/palette';
import { setPipeType } from '../../map/pipeTypeStore';
import { useStore } from '../../state/store';
import { LinePanel, useMetricEpsg } from './LinePanel';
import { pipeDerived, ruleText } from './pipeDerived';
import { PIPELINE_FORM, TREE_FORM } from './pipeFields';

export function PipelineAttributes({ row }: { row: Pipeline }) {
  const rules = useStore((s) => s.clearance_rules);
  const derived = pipeDerived(row, rules, useMetricEpsg());
  return (
    <LinePanel
      form={PIPELINE_FORM}
      row={row}
      name={row.code}
      kind={t(`pipemap.type.${row.type}`)}
      color={PIPE_COLORS[row.type]}
      onEdited={(field, r) => {
        if (field === 'type') setPipeType(r.type);
      }}
    >
      <dl className="rz-derived" data-testid="pipe-derived">
        <dt>{t('pipemap.derived.length')}</dt>
        <dd data-testid="pipe-length">{derived.lengthM.toFixed(1)} m</dd>
        <dt>{t('pipemap.derived.pipeKey')}</dt>
        <dd data-testid="pipe-key">{derived.pipeKey}</dd>
        <dt>{t('pipemap.derived.rule')}</dt>
        <dd data-testid="pipe-rule">{ruleText(derived.buildingRule)}</dd>
      </dl>
    </LinePanel>
  );
}

export function TreeAttributes({ row }: { row: Tree }) {
  return <LinePanel form={TREE_FORM} row={row} name={row.species} kind={t('pipemap.attr.tree')} color="green" />;
}
