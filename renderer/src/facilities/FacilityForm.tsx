// The attribute panel of one placed facility: type and size, the editable fields (name, floors, height, note — each
// edit one change), rotate and delete buttons, and the checks of where it stands now. Moving is done on the map with
// the placement tool (dragged, checked live).

import { area } from '@turf/turf';
import { App, Button, Input, InputNumber, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { Facility } from '../../../shared/model/tables';
import { facilityType } from '../../../shared/standards/facilities';
import { showError } from '../app/feedback';
import { ROTATE_STEP_DEG } from '../map/tools/placeFacility';
import { commit, useStore } from '../state/store';
import { CheckList } from './CheckPanel';
import { candidateAt } from './candidate';
import { editFacility, FACILITY_FIELDS, type FacilityField } from './facilityForm';
import { deleteChange, facilityLabel, facilityTypeName, rotateChange, rotatedRow } from './facilityRows';
import { placementDeps } from './placementDeps';
import { readRect } from './shape';
import './messages';

function useChecks(row: Facility) {
  const revision = useStore((s) => s.revision);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checked on every confirmed change (revision)
  return useMemo(() => {
    const type = facilityType(row.type);
    if (!type) return null;
    const deps = placementDeps(row.id);
    const { center, size } = readRect(row.geometry, deps.epsg);
    // No snapping here: the facility is checked where it stands.
    return candidateAt(
      { ...deps, pieceAt: () => null },
      { type, size, height_m: row.height_m },
      center,
      row.rotation_deg,
      0,
    );
  }, [row, revision]);
}

function Field({ row, field }: { row: Facility; field: FacilityField }) {
  const feedback = App.useApp();
  const [draft, setDraft] = useState<string | number | null>(row[field]);
  const [problem, setProblem] = useState('');
  const submit = async () => {
    const edit = editFacility(row, field, draft);
    if (edit.kind === 'invalid') return setProblem(edit.message);
    setProblem('');
    if (edit.kind === 'unchanged') return;
    const summary = t('facilities.summary.edit', { name: facilityLabel(row), field: t(`facilities.form.${field}`) });
    try {
      await commit({ ops: [{ op: 'put', table: 'facilities', row: edit.row }], summary });
    } catch (e) {
      showError(feedback, e);
    }
  };
  const testid = `facility-field-${field}`;
  return (
    <div style={{ marginBottom: 6 }}>
      <div style={{ fontSize: 12, color: '#595959' }}>{t(`facilities.form.${field}`)}</div>
      {field === 'floors' || field === 'height_m' ? (
        <InputNumber<number>
          size="small"
          value={typeof draft === 'number' ? draft : null}
          onChange={(v) => setDraft(v)}
          onBlur={() => void submit()}
          onPressEnter={() => void submit()}
          style={{ width: '100%' }}
          data-testid={testid}
        />
      ) : field === 'note' ? (
        <Input.TextArea
          size="small"
          rows={2}
          value={String(draft ?? '')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void submit()}
          data-testid={testid}
        />
      ) : (
        <Input
          size="small"
          value={String(draft ?? '')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void submit()}
          onPressEnter={() => void submit()}
          data-testid={testid}
        />
      )}
      {problem ? <div style={{ color: '#cf1322', fontSize: 12 }}>{problem}</div> : null}
    </div>
  );
}

export function FacilityForm({ row }: { row: Facility }) {
  const feedback = App.useApp();
  const compound = useStore((s) => (row.compound_id ? s.compounds[row.compound_id] : undefined));
  const checked = useChecks(row);
  const run = async (change: Parameters<typeof commit>[0]) => {
    try {
      await commit(change);
    } catch (e) {
      showError(feedback, e);
    }
  };
  const rotate = (delta: number) => void run(rotateChange(rotatedRow(row, delta, placementDeps(row.id).epsg)));
  return (
    <div data-testid="attributes-facilities">
      <h3>
        <Tag color="purple">{t('facilities.form.title')}</Tag>
        <span data-testid="attributes-name">{facilityLabel(row)}</span>
      </h3>
      <div style={{ fontSize: 12, color: '#595959', marginBottom: 8 }}>
        {t('facilities.form.type')}：{facilityTypeName(row.type)} ·{' '}
        {t('facilities.form.area', { a: Math.round(area(row.geometry)) })}
        {compound ? ` · ${t('facilities.form.compound')}：${compound.name}` : ''}
      </div>
      {FACILITY_FIELDS.map((f) => (
        <Field key={`${row.id}:${f}:${String(row[f])}`} row={row} field={f} />
      ))}
      <Space wrap style={{ margin: '6px 0' }}>
        <Button size="small" onClick={() => rotate(-ROTATE_STEP_DEG)} data-testid="facility-rotate-left">
          {t('facilities.form.rotateLeft')}
        </Button>
        <Button size="small" onClick={() => rotate(ROTATE_STEP_DEG)} data-testid="facility-rotate-right">
          {t('facilities.form.rotateRight')}
        </Button>
        <Button size="small" danger onClick={() => void run(deleteChange(row))} data-testid="facility-delete">
          {t('facilities.form.delete')}
        </Button>
      </Space>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', marginBottom: 6 }}>{t('facilities.form.moveHint')}</div>
      {checked ? (
        <>
          {checked.stalls !== null ? (
            <div className="rz-check-stalls">{t('facilities.check.stalls', { n: checked.stalls })}</div>
          ) : null}
          <CheckList checks={checked.checks} />
        </>
      ) : null}
    </div>
  );
}
