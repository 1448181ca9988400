// How leftover land reads to a designer: "320 m² · 最小宽 8.5 m", "地面停车场 ×12, 智能快递柜 ×3".
import { getLang, t } from '../../../shared/i18n';
import type { FitCount, LeftoverPiece } from '../../../shared/model/leftover';
import { facilityType } from '../../../shared/standards/facilities';
import './messages';

export const formatArea = (m2: number): string => Math.round(m2).toLocaleString('en-US');
export const formatWidth = (m: number): string => m.toFixed(1);

export const pieceLabel = (p: Pick<LeftoverPiece, 'area_m2' | 'min_width_m'>): string =>
  t('leftoverUi.label', { area: formatArea(p.area_m2), width: formatWidth(p.min_width_m) });

/** Facility name in the UI language (or `lang`: the dossier is Chinese); parking counts stalls, so it is 停车位 there. */
export function fitName(key: string, lang: 'zh' | 'en' = getLang()): string {
  if (key === 'parking') return lang === 'zh' ? '停车位' : 'Parking stalls';
  return facilityType(key)?.name[lang] ?? key;
}

export function fitsText(fits: readonly FitCount[]): string {
  const shown = fits.filter((f) => f.count > 0);
  if (shown.length === 0) return t('leftoverUi.none');
  return shown
    .map((f) => t('leftoverUi.fit', { name: fitName(f.type), n: f.count }))
    .join(getLang() === 'zh' ? '，' : ', ');
}

/** Sums the fit counts of several pieces per facility type (a compound's or a package's total), catalog order kept. */
export function sumFits(lists: readonly (readonly FitCount[])[]): FitCount[] {
  const totals = new Map<string, number>();
  for (const fits of lists) for (const f of fits) totals.set(f.type, (totals.get(f.type) ?? 0) + f.count);
  return [...totals].map(([type, count]) => ({ type, count }));
}
