import { t } from '../../../../shared/i18n/index';
import type { DossierModel } from '../dossierModel';
import type { MapImage } from '../mapImage';
import type { Paper } from '../paper';
import type { SheetDef } from '../Sheet';

// What every section of the dossier shares: Chinese text, the section list and numbering, the sheets of a
// section, and the context each section is built from.

export const zh = (key: string, params?: Record<string, string | number>) => t(key, params, 'zh');
export const orNone = (v: string | number | null | undefined, fmt: (x: never) => string = String) =>
  v === null || v === undefined || v === '' ? zh('report.unknown') : fmt(v as never);

export const SECTION_KEYS = [
  'overview',
  'location',
  'packageMap',
  'compounds',
  'estimate',
  'funding',
  'leftover',
  'pipelines',
  'indicators',
  'opinions',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const sectionTitle = (key: SectionKey) =>
  `${NUMERALS[SECTION_KEYS.indexOf(key)]}、${zh(`report.section.${key}`)}`;

export interface DossierImages {
  location: MapImage;
  package: MapImage;
  compounds: Map<string, MapImage>;
}

export interface Ctx {
  m: DossierModel;
  paper: Paper;
  images: DossierImages;
  date: string;
}

/** Sheets of one section: the title on the first, "（续）" on the others. */
export function sectionSheets(key: SectionKey, bodies: React.ReactNode[]): SheetDef[] {
  return bodies.map((body, i) => ({
    key: `${key}:${i}`,
    section: i === 0 ? key : undefined,
    running: zh(`report.section.${key}`),
    body: (
      <>
        <h2>
          {sectionTitle(key)}
          {i > 0 ? '（续）' : ''}
        </h2>
        {body}
      </>
    ),
  }));
}
