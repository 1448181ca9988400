// View state of the import dialog (issue 6 §1) and the pure helpers it uses. Commands open the dialog through
// `openImportDialog` without touching React.
import { create } from 'zustand';
import { TARGET_COLUMNS } from '../../../shared/exchange/fields';
import { t } from '../../../shared/i18n';
import type { ImportLayer, ImportNotice } from '../../../shared/model/exchange';

export const useImportUi = create<{ open: boolean }>(() => ({ open: false }));
export const openImportDialog = (): void => useImportUi.setState({ open: true });
export const closeImportDialog = (): void => useImportUi.setState({ open: false });

/** What the file picker lists (fs.list extensions). */
export const IMPORT_EXTENSIONS = [
  '.geojson',
  '.json',
  '.shp',
  '.zip',
  '.kml',
  '.kmz',
  '.dxf',
  '.gpkg',
  '.csv',
  '.xlsx',
];

/** Options of the mapping select for one target layer: skip, then its columns by label. */
export function columnOptions(layer: ImportLayer): { value: string; label: string }[] {
  return [
    { value: '', label: t('import.dialog.skip') },
    ...TARGET_COLUMNS[layer].map((c) => ({ value: c.name, label: `${t(c.labelKey)}（${c.name}）` })),
  ];
}

/** A notice or note translated, with a column name shown by its label. */
export const noticeText = (n: ImportNotice): string =>
  t(n.key, 'column' in n.params ? { ...n.params, column: t(`exchange.col.${n.params.column}`) } : n.params);

export type Box = [number, number, number, number];

/**
 * Where a data extent lies relative to the map view: inside it, or how far its centre is from the view's centre
 * (km, equirectangular: enough to tell "next street" from "wrong zone").
 * @example whereIs([106.70, 26.60, 106.71, 26.61], [106.6, 26.5, 106.8, 26.7]) // → { inView: true, km: 0.7 }
 */
export function whereIs(data: Box, view: Box | null): { inView: boolean; km: number } | null {
  if (!view) return null;
  const inView = data[0] >= view[0] && data[2] <= view[2] && data[1] >= view[1] && data[3] <= view[3];
  const cx = (data[0] + data[2]) / 2 - (view[0] + view[2]) / 2;
  const cy = (data[1] + data[3]) / 2 - (view[1] + view[3]) / 2;
  const lat = (((data[1] + data[3]) / 2) * Math.PI) / 180;
  const km = Math.hypot(cx * 111.32 * Math.cos(lat), cy * 110.57);
  return { inView, km: Math.round(km * 10) / 10 };
}
