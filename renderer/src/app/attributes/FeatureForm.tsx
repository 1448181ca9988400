// The attribute form of one compound or building. Each field edit commits one Change (one undo step); invalid
// input stays in the field with a message and commits nothing. When the row changes underneath (undo, another
// window), the form shows the confirmed row again.
import { App, Form } from 'antd';
import { useEffect, useRef } from 'react';
import { t } from '../../../../shared/i18n';
import { commit, useStore } from '../../state/store';
import { showError } from '../feedback';
import { FieldInput } from './FieldInput';
import { type EditableRow, type EditableTable, fieldsOf, labelKey } from './fields';
import { buildFieldEdit, type FormValues, putRow, toFormValues } from './formValues';

interface Props {
  table: EditableTable;
  row: EditableRow;
  /** Derived values shown under the entered ones, by column name. */
  derived: Record<string, string>;
}

export function FeatureForm({ table, row, derived }: Props) {
  const [form] = Form.useForm<FormValues>();
  const feedback = App.useApp();
  const compounds = useStore((s) => s.compounds);
  // Enter commits and the blur that follows would commit the same edit again before the mirror catches up:
  // remember the edit in flight per field and skip an identical one.
  const inFlight = useRef(new Map<string, string>());

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toFormValues(table, row));
  }, [form, table, row]);

  const commitField = async (field: string) => {
    const edit = buildFieldEdit(table, row, field, form.getFieldsValue(true) as FormValues);
    if (edit.kind === 'invalid') {
      form.setFields(Object.entries(edit.problems).map(([name, p]) => ({ name, errors: [t(p.key, p.params ?? {})] })));
      return;
    }
    form.setFields(fieldsOf(table).map((f) => ({ name: f.name, errors: [] })));
    if (edit.kind === 'unchanged') return;
    const signature = JSON.stringify(edit.row);
    if (inFlight.current.get(field) === signature) return;
    inFlight.current.set(field, signature);
    const summary = t('change.editField', {
      kind: t(`kind.${table}`),
      name: row.name || t('common.unnamed'),
      field: edit.fields.map((f) => t(labelKey(table, f))).join('、'),
    });
    try {
      await commit({ ops: [putRow(table, edit.row)], summary });
    } catch (e) {
      form.setFieldsValue(toFormValues(table, row));
      showError(feedback, e);
    } finally {
      inFlight.current.delete(field);
    }
  };

  return (
    <Form
      form={form}
      size="small"
      layout="horizontal"
      labelCol={{ flex: '9em' }}
      labelWrap
      colon={false}
      data-testid={`form-${table}`}
    >
      {fieldsOf(table).map((spec) => (
        <Form.Item
          key={spec.name}
          name={spec.name}
          label={t(labelKey(table, spec.name))}
          valuePropName={spec.kind === 'bool' ? 'checked' : 'value'}
          extra={derived[spec.name]}
          style={{ marginBottom: 6 }}
        >
          <FieldInput spec={spec} compounds={compounds} onCommit={() => void commitField(spec.name)} />
        </Form.Item>
      ))}
    </Form>
  );
}
