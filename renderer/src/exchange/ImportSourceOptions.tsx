// How to read the source: which of its layers/sheets, its CRS (the detected one preselected), whether it came
// from a web map with GCJ-02/BD-09 offsets, the text encoding, and the x/y swap when the preview suspects it.
// Each change re-reads the preview in the dialog.
import { Checkbox, Radio, Select } from 'antd';
import { CRS_CHOICES } from '../../../shared/exchange/crs-choices';
import { t } from '../../../shared/i18n';
import type { ImportPreview, ImportSource } from '../../../shared/model/exchange';

interface Props {
  preview: ImportPreview;
  source: ImportSource;
  disabled: boolean;
  onChange: (source: ImportSource) => void;
}

const CRS_OPTIONS = CRS_CHOICES.map((c) => ({ value: c.code, label: `${c.code} ${c.label}` }));
const TEXT_FORMATS = new Set(['shp', 'csv', 'dxf']);

export function ImportSourceOptions({ preview, source, disabled, onChange }: Props) {
  const set = (patch: Partial<ImportSource>) => {
    const next: ImportSource = { ...source, ...patch };
    for (const k of Object.keys(next) as (keyof ImportSource)[]) if (next[k] === undefined) delete next[k];
    onChange(next);
  };
  const geographicOnly = preview.format === 'kml' || preview.format === 'kmz';
  // DXF layers and KML folders are read together by default; other sources read one layer or sheet at a time.
  const allLayers = preview.format === 'dxf' || geographicOnly;
  return (
    <div className="rz-import-options" style={{ display: 'grid', gridTemplateColumns: '110px 1fr', gap: '6px 10px' }}>
      {preview.sourceLayers.length > 1 ? (
        <>
          <span className="rz-muted">{t('import.dialog.sourceLayer')}</span>
          <Select
            value={source.sourceLayer ?? (allLayers ? '' : preview.sourceLayers[0])}
            disabled={disabled}
            onChange={(v: string) => set({ sourceLayer: v || undefined })}
            options={[
              ...(allLayers ? [{ value: '', label: t('import.dialog.allLayers') }] : []),
              ...preview.sourceLayers.map((l) => ({ value: l, label: l })),
            ]}
            data-testid="import-source-layer"
          />
        </>
      ) : null}
      <span className="rz-muted">{t('import.dialog.crs')}</span>
      <Select
        showSearch
        optionFilterProp="label"
        value={source.crs ?? preview.detectedCrs ?? undefined}
        placeholder={t('import.dialog.crsPick')}
        disabled={disabled || geographicOnly}
        onChange={(v: string) => set({ crs: v })}
        options={CRS_OPTIONS}
        status={preview.detectedCrs || source.crs ? undefined : 'warning'}
        data-testid="import-crs"
      />
      <span className="rz-muted">{t('import.dialog.offset')}</span>
      <Radio.Group
        value={source.from ?? ''}
        disabled={disabled}
        onChange={(e) => set({ from: e.target.value || undefined })}
      >
        <Radio value="">{t('import.dialog.offset.none')}</Radio>
        <Radio value="gcj02" data-testid="import-gcj02">
          {t('import.dialog.offset.gcj02')}
        </Radio>
        <Radio value="bd09">{t('import.dialog.offset.bd09')}</Radio>
      </Radio.Group>
      {TEXT_FORMATS.has(preview.format) ? (
        <>
          <span className="rz-muted">{t('import.dialog.encoding')}</span>
          <Select
            value={source.encoding ?? ''}
            disabled={disabled}
            onChange={(v: string) => set({ encoding: v || undefined })}
            options={[
              {
                value: '',
                label: t('import.dialog.encoding.auto', { detected: (preview.encoding ?? '—').toUpperCase() }),
              },
              { value: 'utf-8', label: 'UTF-8' },
              { value: 'gbk', label: 'GBK' },
              { value: 'gb18030', label: 'GB18030' },
            ]}
            data-testid="import-encoding"
          />
        </>
      ) : null}
      {preview.swapSuggested || source.swapXY ? (
        <>
          <span />
          <Checkbox
            checked={source.swapXY === true}
            disabled={disabled}
            onChange={(e) => set({ swapXY: e.target.checked || undefined })}
          >
            {t('import.dialog.swap')}
          </Checkbox>
        </>
      ) : null}
    </div>
  );
}
