// Right panel for one pipeline or tree: its form and, for a pipeline, the derived length, standard pipe key and
// the clearance row it uses (with its grade).
import { Tag } from 'antd';
import { t } from '../../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import type { Pipeline, Tree } from '../../../../shared/model/tables';
import { PIPE_COLORS } from '../../map/palette';
import { setPipeType } from '../../map/pipeTypeStore';
import { useStore } from '../../state/store';
import { LineForm } from './LineForm';
import { pipeDerived, ruleText } from './pipeDerived';
import { editPipelineField, editTreeField, PIPELINE_FIELDS, TREE_FIELDS } from './pipeFields';

export function PipelineAttributes({ row }: { row: Pipeline }) {
  const rules = useStore((s) => s.clearance_rules);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  const derived = pipeDerived(row, rules, epsg);
  const name = row.code || t(`pipemap.type.${row.type}`);
  return (
    <div data-testid="attributes-pipelines">
      <h3>
        <Tag color={PIPE_COLORS[row.type]}>{t(`pipemap.type.${row.type}`)}</Tag>
        <span data-testid="attributes-name">{name}</span>
      </h3>
      <LineForm
        table="pipelines"
        row={row}
        fields={PIPELINE_FIELDS}
        edit={editPipelineField}
        put={(r) => ({ op: 'put', table: 'pipelines', row: r })}
        name={name}
        onEdited={(field, r) => {
          if (field === 'type') setPipeType(r.type);
        }}
      />
      <dl className="rz-derived" data-testid="pipe-derived">
        <dt>{t('pipemap.derived.length')}</dt>
        <dd data-testid="pipe-length">{derived.lengthM.toFixed(1)} m</dd>
        <dt>{t('pipemap.derived.pipeKey')}</dt>
        <dd data-testid="pipe-key">{derived.pipeKey}</dd>
        <dt>{t('pipemap.derived.rule')}</dt>
        <dd data-testid="pipe-rule">{ruleText(derived.buildingRule)}</dd>
      </dl>
    </div>
  );
}

export function TreeAttributes({ row }: { row: Tree }) {
  const name = row.species || t('pipemap.attr.tree');
  return (
    <div data-testid="attributes-trees">
      <h3>
        <Tag color="green">{t('pipemap.attr.tree')}</Tag>
        <span data-testid="attributes-name">{name}</span>
      </h3>
      <LineForm
        table="trees"
        row={row}
        fields={TREE_FIELDS}
        edit={editTreeField}
        put={(r) => ({ op: 'put', table: 'trees', row: r })}
        name={name}
      />
    </div>
  );
}
