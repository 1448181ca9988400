// View state of the export dialog (issue 6 §2) and the pure helpers it uses: the default output path for a format
// beside the open project, and swapping a path's extension when the format changes. Commands open the dialog
// through `openExportDialog` without touching React.
import { create } from 'zustand';
import type { ExportFormat } from '../../../shared/model/exchange';
import { joinPath, separatorOf } from '../app/dialogs/paths';

export const useExportUi = create<{ open: boolean }>(() => ({ open: false }));
export const openExportDialog = (): void => useExportUi.setState({ open: true });
export const closeExportDialog = (): void => useExportUi.setState({ open: false });

/** The extension an export of `format` gets (Shapefile and GeoJSON sets are one zip). */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = {
  gpkg: '.gpkg',
  geojson: '.geojson.zip',
  shp: '.shp.zip',
  kml: '.kml',
  dxf: '.dxf',
  xlsx: '.xlsx',
};
const KNOWN = Object.values(EXPORT_EXTENSION).sort((a, b) => b.length - a.length);

/** The folder part of a path ('' when it has none). */
export function folderOf(path: string): string {
  const sep = separatorOf(path);
  const i = path.lastIndexOf(sep);
  return i <= 0 ? (i === 0 ? sep : '') : path.slice(0, i);
}

/** `path` with its export extension replaced by the one of `format` (appended when it has none we know). */
export function withFormatExtension(path: string, format: ExportFormat): string {
  const lower = path.toLowerCase();
  const known = KNOWN.find((ext) => lower.endsWith(ext));
  const base = known ? path.slice(0, -known.length) : path;
  return `${base}${EXPORT_EXTENSION[format]}`;
}

/**
 * Default output: `<project folder>/<project file name>-导出<ext>` (never the project file itself).
 * @example defaultExportPath('/home/a/片区.gpkg', 'shp') // → '/home/a/片区-导出.shp.zip'
 */
export function defaultExportPath(projectPath: string, format: ExportFormat): string {
  const sep = separatorOf(projectPath);
  const name = projectPath.slice(projectPath.lastIndexOf(sep) + 1).replace(/\.gpkg$/i, '');
  return joinPath(folderOf(projectPath) || '.', `${name}-导出${EXPORT_EXTENSION[format]}`);
}

/** The file name part of a path. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf(separatorOf(path)) + 1);
