// The input for one attribute field. Text and numbers commit on blur or Enter; selects and checkboxes on change.
// The input's value/onChange are injected by the surrounding antd Form.Item.
import { Checkbox, Input, InputNumber, Select } from 'antd';
import { t } from '../../../../shared/i18n';
import type { Compound } from '../../../../shared/model/tables';
import { type FieldSpec, optionKey } from './fields';

interface Props {
  spec: FieldSpec;
  onCommit: () => void;
  compounds: Record<string, Compound>;
  /** Injected by Form.Item. */
  value?: unknown;
  onChange?: (v: unknown) => void;
  checked?: boolean;
}

export function FieldInput({ spec, onCommit, compounds, ...injected }: Props) {
  const testid = `field-${spec.name}`;
  // Selects and checkboxes change in one gesture: commit after Form.Item has stored the new value.
  const changeThenCommit = (v: unknown) => {
    injected.onChange?.(v);
    queueMicrotask(onCommit);
  };
  switch (spec.kind) {
    case 'text':
      return (
        <Input
          value={(injected.value as string | undefined) ?? ''}
          onChange={(e) => injected.onChange?.(e.target.value)}
          onBlur={onCommit}
          onPressEnter={onCommit}
          maxLength={spec.maxLength}
          data-testid={testid}
        />
      );
    case 'textarea':
      return (
        <Input.TextArea
          value={(injected.value as string | undefined) ?? ''}
          onChange={(e) => injected.onChange?.(e.target.value)}
          onBlur={onCommit}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={spec.maxLength}
          data-testid={testid}
        />
      );
    case 'int':
    case 'number':
    case 'percent':
      return (
        <InputNumber<number>
          value={(injected.value as number | null | undefined) ?? null}
          onChange={(v) => injected.onChange?.(v)}
          onBlur={onCommit}
          onPressEnter={onCommit}
          precision={spec.kind === 'int' ? 0 : undefined}
          suffix={spec.kind === 'percent' ? '%' : undefined}
          style={{ width: '100%' }}
          data-testid={testid}
        />
      );
    case 'enum':
      return (
        <Select
          value={(injected.value as string | null | undefined) ?? null}
          onChange={changeThenCommit}
          allowClear={spec.nullable}
          options={(spec.options ?? []).map((o) => ({ value: o, label: t(optionKey(spec.name, o)) }))}
          data-testid={testid}
        />
      );
    case 'bool':
      return (
        <Checkbox
          checked={injected.checked === true}
          onChange={(e) => changeThenCommit(e.target.checked)}
          data-testid={testid}
        >
          {spec.name === 'has_elevator'
            ? injected.checked
              ? t('elevator.yes')
              : t('elevator.no')
            : injected.checked
              ? t('bool.yes')
              : t('bool.no')}
        </Checkbox>
      );
    case 'compoundRef':
      return (
        <Select
          value={(injected.value as string | null | undefined) ?? null}
          onChange={(v) => changeThenCommit(v ?? null)}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('attr.noCompound')}
          options={Object.values(compounds)
            .map((c) => ({ value: c.id, label: c.name || t('common.unnamed') }))
            .sort((a, b) => a.label.localeCompare(b.label, 'zh'))}
          data-testid={testid}
        />
      );
  }
}
