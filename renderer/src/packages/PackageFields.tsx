// The editable fields of a package: name, 街道, status, plan/start/completion years, locked. Each edit commits
// one Change (one undo step) once the field is left or Enter pressed; unchanged values commit nothing. The
// inputs show the confirmed row again whenever it changes underneath (undo, another window).
import { Input, InputNumber, Select, Switch } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { PACKAGE_STATUSES, type Package } from '../../../shared/model/tables';
import { editPackage } from './membership';
import { usePackageEdit } from './usePackageEdit';

type YearField = 'plan_year' | 'start_year' | 'completion_year';
type Patch = Partial<Omit<Package, 'id' | 'geometry'>>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rz-pkg-row">
      <span className="rz-pkg-label">{label}</span>
      <span className="rz-pkg-value">{children}</span>
    </div>
  );
}

function TextField({
  pkg,
  field,
  onSave,
}: {
  pkg: Package;
  field: 'name' | 'sub_district';
  onSave: (p: Patch) => void;
}) {
  const [value, setValue] = useState(pkg[field]);
  // Enter saves and the blur that follows would save the same value again before the mirror catches up.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = null;
    setValue(pkg[field]);
  }, [pkg, field]);
  const save = () => {
    const v = value.trim();
    if (v === pending.current) return;
    if (v !== pkg[field] && (field !== 'name' || v !== '')) {
      pending.current = v;
      onSave({ [field]: v });
    } else setValue(pkg[field]);
  };
  return (
    <Input
      size="small"
      value={value}
      maxLength={field === 'name' ? 200 : 100}
      onChange={(e) => setValue(e.target.value)}
      onBlur={save}
      onPressEnter={save}
      data-testid={`pkg-${field}`}
    />
  );
}

function YearInput({ pkg, field, onSave }: { pkg: Package; field: YearField; onSave: (p: Patch) => void }) {
  const [value, setValue] = useState<number | null>(pkg[field]);
  const pending = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    pending.current = undefined;
    setValue(pkg[field]);
  }, [pkg, field]);
  const save = () => {
    if (value === pkg[field] || value === pending.current) return;
    pending.current = value;
    onSave({ [field]: value });
  };
  return (
    <InputNumber<number>
      size="small"
      min={1900}
      max={2100}
      precision={0}
      value={value}
      onChange={(v) => setValue(v ?? null)}
      onBlur={save}
      onPressEnter={save}
      style={{ width: 110 }}
      data-testid={`pkg-${field}`}
    />
  );
}

export function PackageFields({ pkg }: { pkg: Package }) {
  const run = usePackageEdit();
  const save = (patch: Patch) => {
    const label = Object.keys(patch)
      .map((k) => t(`pkg.field.${k}`))
      .join('、');
    void run(editPackage(pkg, patch, label));
  };
  return (
    <div className="rz-pkg-fields" data-testid="pkg-fields">
      <Row label={t('pkg.field.name')}>
        <TextField pkg={pkg} field="name" onSave={save} />
      </Row>
      <Row label={t('pkg.field.sub_district')}>
        <TextField pkg={pkg} field="sub_district" onSave={save} />
      </Row>
      <Row label={t('pkg.field.status')}>
        <Select
          size="small"
          value={pkg.status}
          style={{ width: 140 }}
          onChange={(status) => save({ status })}
          options={PACKAGE_STATUSES.map((s) => ({ value: s, label: t(`pkg.status.${s}`) }))}
          data-testid="pkg-status"
        />
      </Row>
      {(['plan_year', 'start_year', 'completion_year'] as const).map((f) => (
        <Row key={f} label={t(`pkg.field.${f}`)}>
          <YearInput pkg={pkg} field={f} onSave={save} />
        </Row>
      ))}
      <Row label={t('pkg.field.locked')}>
        <Switch size="small" checked={pkg.locked} onChange={(locked) => save({ locked })} data-testid="pkg-locked" />
      </Row>
    </div>
  );
}
