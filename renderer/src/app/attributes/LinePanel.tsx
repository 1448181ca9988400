// The shell of the right panel for one pipeline, tree, road or site area: a heading (kind tag and name, the kind
// standing in for an empty name), the row's LineForm writing the whole row back to its table, and below it what the
// caller derives. One shell so the pipe map and the site context keep the same test ids and layout.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../../shared/i18n';
import type { PutOp } from '../../../../shared/model/change';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import type { RowOf } from '../../../../shared/model/tables';
import { useStore } from '../../state/store';
import { LineForm } from './LineForm';
import type { LineFormSpec, LineTable } from './pipeFields';

interface Props<T extends LineTable> {
  form: LineFormSpec<T>;
  row: RowOf<T>;
  /** The row's own name (code, species, name); the kind shows when it is empty. */
  name: string;
  /** The row's kind as shown on the tag, and the tag's colour. */
  kind: string;
  color: string;
  onEdited?(field: string, row: RowOf<T>): void;
  /** The derived values under the form. */
  children?: ReactNode;
}

export function LinePanel<T extends LineTable>({ form, row, kind, color, onEdited, children, ...props }: Props<T>) {
  const { table } = form;
  const name = props.name || kind;
  return (
    <div data-testid={`attributes-${table}`}>
      <h3>
        <Tag color={color}>{kind}</Tag>
        <span data-testid="attributes-name">{name}</span>
      </h3>
      <LineForm
        table={table}
        row={row}
        fields={form.fields}
        edit={form.edit}
        // TypeScript cannot tie `table` to the row's type through the generic, so the op is asserted.
        put={(r) => ({ op: 'put', table, row: r }) as PutOp}
        name={name}
        kindLabel={t(form.kindKey)}
        labelPrefix={form.labelPrefix}
        onEdited={onEdited}
      />
      {children}
    </div>
  );
}

/** The project's metric EPSG code (the default before a project is open), for lengths and areas. */
export function useMetricEpsg(): number {
  return useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
}
