import { contents, cover, overview } from './dossier/front';
import { compoundSheets, maps } from './dossier/maps';
import { estimate, funding } from './dossier/money';
import { opinions } from './dossier/opinions';
import type { Ctx, DossierImages, SectionKey } from './dossier/sections';
import { conflicts, indicators, leftover } from './dossier/site';
import type { DossierModel } from './dossierModel';
import { formatDateZh } from './format';
import type { Paper } from './paper';
import type { SheetDef } from './Sheet';

// The dossier's sheets in order (issue 7 §2): cover, contents, overview, location map, package map, one sheet per
// compound, estimate, funding, leftover land and facilities, pipeline conflicts, indicators, review opinions.

/** Every sheet of the dossier, with the contents filled in from the sections' first pages. */
export function dossierSheets(m: DossierModel, paper: Paper, images: DossierImages, today: Date): SheetDef[] {
  const ctx: Ctx = { m, paper, images, date: formatDateZh(today) };
  const body = [
    ...overview(ctx),
    ...maps(ctx),
    ...compoundSheets(ctx),
    ...estimate(ctx),
    ...funding(ctx),
    ...leftover(ctx),
    ...conflicts(ctx),
    ...indicators(ctx),
    ...opinions(ctx),
  ];
  const FRONT = 2; // cover + contents
  const pages = new Map<SectionKey, number>();
  body.forEach((s, i) => {
    if (s.section) pages.set(s.section as SectionKey, i + FRONT + 1);
  });
  return [cover(ctx), contents(pages), ...body];
}
