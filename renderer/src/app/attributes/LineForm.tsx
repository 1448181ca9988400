// The attribute form of one pipeline or tree: one control per field, each edit one Change (one undo step).
// Invalid input stays in its control with a message under it and commits nothing; when the row changes
// underneath (undo, another window) the controls show the confirmed row again (they are keyed by its values).
import { App, Checkbox, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { ChangeOp } from '../../../../shared/model/change';
import type { Compound } from '../../../../shared/model/tables';
import { commit, useStore } from '../../state/store';
import { showError } from '../feedback';
import type { LineEdit, LineFieldSpec, LineInput } from './pipeFields';

interface Props<R extends { id: string }> {
  table: 'pipelines' | 'trees' | 'roads' | 'site_areas';
  /** The row's kind in the undo summary and the prefix of its field labels (defaults: the pipe map's). */
  kindLabel?: string;
  labelPrefix?: string;
  row: R;
  fields: readonly LineFieldSpec<R>[];
  edit(row: R, field: string, value: LineInput): LineEdit<R>;
  /** The Change op that writes the edited row. */
  put(row: R): ChangeOp;
  /** The row's name in the undo summary. */
  name: string;
  /** Called after a field's edit is confirmed (the pipe type picker follows the last type set). */
  onEdited?(field: string, row: R): void;
}

export function LineForm<R extends { id: string }>(props: Props<R>) {
  const { table, row, fields, edit, put, name, onEdited, labelPrefix = 'pipemap.col' } = props;
  const feedback = App.useApp();
  const compounds = useStore((s) => s.compounds);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const submit = async (field: string, value: LineInput): Promise<void> => {
    const result = edit(row, field, value);
    if (result.kind === 'invalid') {
      setProblems((p) => ({ ...p, [field]: result.message }));
      return;
    }
    setProblems((p) => ({ ...p, [field]: '' }));
    if (result.kind === 'unchanged') return;
    const summary = t('pipemap.summary.edit', {
      kind: props.kindLabel ?? t(table === 'pipelines' ? 'pipemap.attr.pipeline' : 'pipemap.attr.tree'),
      name,
      field: t(`${labelPrefix}.${field}`),
    });
    try {
      await commit({ ops: [put(result.row)], summary });
      onEdited?.(field, result.row);
    } catch (e) {
      showError(feedback, e);
    }
  };

  return (
    <div className="rz-line-form" data-testid={`form-${table}`}>
      {fields
        .filter((f) => f.shown?.(row) ?? true)
        .map((f) => (
          <div key={f.name} style={{ marginBottom: 6 }}>
            <div style={{ fontSize: 12, color: '#595959' }}>{t(`${labelPrefix}.${f.name}`)}</div>
            <FieldControl
              key={`${row.id}:${String(row[f.name])}`}
              spec={f}
              value={row[f.name] as LineInput}
              compounds={compounds}
              onSubmit={(v) => void submit(f.name, v)}
            />
            {problems[f.name] ? (
              <div style={{ color: '#cf1322', fontSize: 12 }} data-testid={`problem-${f.name}`}>
                {problems[f.name]}
              </div>
            ) : null}
          </div>
        ))}
    </div>
  );
}

interface ControlProps<R> {
  spec: LineFieldSpec<R>;
  value: LineInput;
  compounds: Record<string, Compound>;
  onSubmit(v: LineInput): void;
}

function FieldControl<R>({ spec, value, compounds, onSubmit }: ControlProps<R>) {
  const [draft, setDraft] = useState<LineInput>(value);
  const testid = `field-${spec.name}`;
  switch (spec.kind) {
    case 'text':
      return (
        <Input
          size="small"
          value={String(draft ?? '')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => onSubmit(draft)}
          onPressEnter={() => onSubmit(draft)}
          data-testid={testid}
        />
      );
    case 'number':
      return (
        <InputNumber<number>
          size="small"
          value={typeof draft === 'number' ? draft : null}
          onChange={(v) => setDraft(v)}
          onBlur={() => onSubmit(draft)}
          onPressEnter={() => onSubmit(draft)}
          style={{ width: '100%' }}
          data-testid={testid}
        />
      );
    case 'bool':
      return <Checkbox checked={draft === true} onChange={(e) => onSubmit(e.target.checked)} data-testid={testid} />;
    case 'enum':
      return (
        <Select
          size="small"
          value={draft as string | null}
          style={{ width: '100%' }}
          onChange={(v: string) => onSubmit(v)}
          options={(spec.options ?? []).map((o) => ({ value: o, label: t(`${spec.optionPrefix}.${o}`) }))}
          data-testid={testid}
        />
      );
    case 'compoundRef':
      return (
        <Select
          size="small"
          value={draft as string | null}
          style={{ width: '100%' }}
          allowClear
          placeholder={t('pipemap.none')}
          onChange={(v: string | undefined) => onSubmit(v ?? null)}
          options={Object.values(compounds).map((c) => ({ value: c.id, label: c.name || t('common.unnamed') }))}
          data-testid={testid}
        />
      );
  }
}
