// The field-mapping table of the import dialog: one row per source field with its type and sample values, and
// the target column it goes to (or none). Each target is offered once: choosing it for one field frees it
// from the field that had it.
import { Select, Table } from 'antd';
import { t } from '../../../shared/i18n';
import type { ImportLayer, SourceField } from '../../../shared/model/exchange';
import { columnOptions } from './importState';

interface Props {
  fields: readonly SourceField[];
  layer: ImportLayer;
  mapping: Record<string, string>;
  disabled: boolean;
  onChange: (mapping: Record<string, string>) => void;
}

export function ImportMapping({ fields, layer, mapping, disabled, onChange }: Props) {
  const options = columnOptions(layer);
  const set = (field: string, target: string) => {
    const next: Record<string, string> = {};
    for (const [f, c] of Object.entries(mapping)) if (f !== field && c !== target) next[f] = c;
    if (target) next[field] = target;
    onChange(next);
  };
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ y: 220 }}
      rowKey="name"
      dataSource={[...fields]}
      data-testid="import-mapping"
      columns={[
        { title: t('import.dialog.field'), dataIndex: 'name', width: 140 },
        { title: t('import.dialog.type'), dataIndex: 'type', width: 80 },
        {
          title: t('import.dialog.samples'),
          dataIndex: 'samples',
          render: (s: string[]) => <span className="rz-muted">{s.join('；')}</span>,
        },
        {
          title: t('import.dialog.target'),
          width: 200,
          render: (_: unknown, f: SourceField) => (
            <Select
              size="small"
              style={{ width: '100%' }}
              value={mapping[f.name] ?? ''}
              options={options}
              disabled={disabled}
              onChange={(v: string) => set(f.name, v)}
              data-testid={`import-map-${f.name}`}
            />
          ),
        },
      ]}
    />
  );
}
