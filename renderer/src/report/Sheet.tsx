import type { ReactNode } from 'react';
import { t } from '../../../shared/i18n/index';
import type { Paper } from './paper';

// One printed page: a fixed-size sheet with the running header (document and section) and footer (page n of N).

export interface SheetDef {
  key: string;
  /** The contents entry this sheet starts (first sheet of a section), if any. */
  section?: string;
  /** The running header's right side. */
  running: string;
  /** Cover sheets print no running header and footer. */
  bare?: boolean;
  body: ReactNode;
}

export function Sheets({ paper, sheets, header }: { paper: Paper; sheets: SheetDef[]; header: string }) {
  const { margin } = paper;
  return (
    <>
      {sheets.map((s, i) => (
        <section
          key={s.key}
          className="rp-sheet"
          style={{
            width: `${paper.widthMm}mm`,
            height: `${paper.heightMm}mm`,
            padding: `${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm`,
            fontSize: `${paper.fontPt}pt`,
          }}
        >
          {!s.bare && (
            <header className="rp-running">
              <span>{header}</span>
              <span>{s.running}</span>
            </header>
          )}
          <div className="rp-body" style={{ height: `${paper.bodyHeightMm}mm` }}>
            {s.body}
          </div>
          {!s.bare && (
            <footer className="rp-footer">{t('report.dossier.page', { n: i + 1, total: sheets.length }, 'zh')}</footer>
          )}
        </section>
      ))}
    </>
  );
}
