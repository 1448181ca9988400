// The toolbar's "current pipe type" picker: the type the draw-pipeline tool gives a new pipe, each option
// drawn with its map colour so the picker doubles as a key.
import { Select } from 'antd';
import { t } from '../../../shared/i18n';
import { PIPE_TYPES } from '../../../shared/model/pipelines';
import { useLang } from '../i18n';
import { PIPE_COLORS } from './palette';
import { setPipeType, usePipeType } from './pipeTypeStore';
import './pipeMessages';

export function PipeTypePicker({ disabled }: { disabled: boolean }) {
  useLang((s) => s.lang);
  const type = usePipeType((s) => s.type);
  return (
    <Select
      size="small"
      value={type}
      disabled={disabled}
      onChange={setPipeType}
      style={{ width: 96 }}
      title={t('pipemap.tool.pipeType')}
      data-testid="pipe-type-picker"
      options={PIPE_TYPES.map((p) => ({
        value: p,
        label: (
          <span>
            <span className="rz-swatch" style={{ background: PIPE_COLORS[p], height: 4 }} /> {t(`pipemap.type.${p}`)}
          </span>
        ),
      }))}
    />
  );
}
