// One survey-field cell of the compound table: shows the value; a click turns it into the attribute panel's own
// input (FieldInput), and committing runs the panel's validation (buildFieldEdit) and puts the row as one Change.
import { App, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { Compound } from '../../../shared/model/tables';
import { FieldInput } from '../app/attributes/FieldInput';
import { type FieldSpec, labelKey, optionKey } from '../app/attributes/fields';
import { buildFieldEdit, type FormValue, putRow, toFormValue } from '../app/attributes/formValues';
import { attempt } from '../app/feedback';
import { commit, useStore } from '../state/store';

/** The cell's text when not editing: enum labels, percents, yes/no, blank for not surveyed. */
export function displayValue(spec: FieldSpec, value: unknown): string {
  const v = toFormValue(spec, value);
  if (v === null || v === '') return '';
  if (spec.kind === 'enum') return t(optionKey(spec.name, String(v)));
  if (spec.kind === 'bool') return v ? t('bool.yes') : t('bool.no');
  if (spec.kind === 'percent') return `${v}%`;
  return String(v);
}

interface Props {
  spec: FieldSpec;
  row: Compound;
}

export function EditableCell({ spec, row }: Props) {
  const feedback = App.useApp();
  const compounds = useStore((s) => s.compounds);
  const selected = useStore((s) => s.selection.length === 1 && s.selection[0]?.id === row.id);
  const current = (row as unknown as Record<string, unknown>)[spec.name];
  const [draft, setDraft] = useState<FormValue | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const editing = draft !== undefined;
  const box = useRef<HTMLDivElement>(null);
  // Focus the input as it appears, so Enter/blur commit without a second click.
  useEffect(() => {
    if (editing) box.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [editing]);

  const finish = async (value: FormValue) => {
    const edit = buildFieldEdit('compounds', row, spec.name, { [spec.name]: value });
    if (edit.kind === 'invalid') {
      const p = edit.problems[spec.name] ?? Object.values(edit.problems)[0];
      setProblem(p ? t(p.key, p.params ?? {}) : null);
      return;
    }
    setDraft(undefined);
    setProblem(null);
    if (edit.kind === 'unchanged') return;
    const summary = t('change.editField', {
      kind: t('kind.compounds'),
      name: row.name || t('common.unnamed'),
      field: edit.fields.map((f) => t(labelKey('compounds', f))).join('、'),
    });
    await attempt(feedback, () => commit({ ops: [putRow('compounds', edit.row)], summary }));
  };

  if (!editing) {
    return (
      <button
        type="button"
        className="rz-cell"
        onClick={() => {
          // Click to select the row, click again to edit (as in a spreadsheet): no accidental edits.
          if (selected) setDraft(toFormValue(spec, current));
        }}
        data-testid={`cell-${spec.name}`}
      >
        {displayValue(spec, current) || '\u00a0'}
      </button>
    );
  }
  // Selects and checkboxes commit in their change handler (FieldInput queues onCommit after onChange); keep the
  // latest value in a local so that commit reads it, not the stale render's draft.
  let latest: FormValue = draft;
  return (
    <Tooltip open={problem !== null} title={problem} color="red">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: stops row selection while editing */}
      <div ref={box} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && setDraft(undefined)}>
        <FieldInput
          spec={spec}
          compounds={compounds}
          value={draft}
          checked={draft === true}
          onChange={(v) => {
            latest = (v ?? null) as FormValue;
            setDraft(latest);
          }}
          onCommit={() => void finish(latest)}
        />
      </div>
    </Tooltip>
  );
}
