// With several compounds selected: pick a survey field, enter one value, apply it to all as ONE Change.
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { FieldInput } from '../app/attributes/FieldInput';
import { COMPOUND_FIELDS, labelKey } from '../app/attributes/fields';
import type { FormValue } from '../app/attributes/formValues';
import { attempt } from '../app/feedback';
import { commit, useStore } from '../state/store';
import { bulkEditChange } from './bulkEdit';

/** Names are per compound; bulk-setting one name on many is never meant. */
const BULK_FIELDS = COMPOUND_FIELDS.filter((f) => f.name !== 'name');

export function BulkEditBar({ ids }: { ids: readonly string[] }) {
  const feedback = App.useApp();
  const compounds = useStore((s) => s.compounds);
  const [field, setField] = useState<string>('management_mode');
  const [value, setValue] = useState<FormValue>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const spec = BULK_FIELDS.find((f) => f.name === field) ?? BULK_FIELDS[0];
  if (!spec) return null;

  const apply = async () => {
    const rows = ids.flatMap((id) => (compounds[id] ? [compounds[id]] : []));
    const label = t(labelKey('compounds', spec.name));
    const edit = bulkEditChange(rows, spec.name, value, t('tables.bulk.summary', { n: rows.length, field: label }));
    if (edit.kind === 'invalid') {
      setProblem(t(edit.problem.key, edit.problem.params ?? {}));
      return;
    }
    setProblem(null);
    if (edit.kind === 'unchanged') return;
    if (await attempt(feedback, () => commit(edit.change)))
      feedback.message.success(t('tables.bulk.done', { n: edit.count }));
  };

  return (
    <Space className="rz-bulk" size={6} wrap data-testid="bulk-edit">
      <strong>{t('tables.bulk.title', { n: ids.length })}</strong>
      <Select
        size="small"
        value={spec.name}
        onChange={(v: string) => {
          setField(v);
          setValue(null);
          setProblem(null);
        }}
        options={BULK_FIELDS.map((f) => ({ value: f.name, label: t(labelKey('compounds', f.name)) }))}
        style={{ width: 160 }}
        data-testid="bulk-field"
      />
      <div style={{ width: 200 }} data-testid="bulk-value">
        <FieldInput
          key={spec.name}
          spec={spec}
          compounds={compounds}
          value={value}
          checked={value === true}
          onChange={(v) => setValue((v ?? null) as FormValue)}
          onCommit={() => undefined}
        />
      </div>
      <Button size="small" type="primary" onClick={() => void apply()} data-testid="bulk-apply">
        {t('tables.bulk.apply')}
      </Button>
      {problem && <span style={{ color: '#cf1322' }}>{problem}</span>}
    </Space>
  );
}
