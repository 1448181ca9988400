import type { PaperSize } from '../../../shared/model/report';

// Sheet geometry of the printed reports. Every page is a fixed-size sheet (CSS mm), so the page count and the
// contents' page numbers are known before printing; long tables are split into sheets by row budgets below.

export interface Paper {
  size: PaperSize;
  widthMm: number;
  heightMm: number;
  /** Inner margins: the left one is wider for binding. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Body height left for content between the running header and footer (mm). */
  bodyHeightMm: number;
  bodyWidthMm: number;
  /** How many single-line table rows fit on a sheet below a section title and the table header. */
  rowsPerSheet: number;
  /** Base font size (pt); A3 prints larger. */
  fontPt: number;
}

const HEADER_FOOTER_MM = 22; // running header + footer with their gaps
const ROW_MM = 7.2; // one table row at the base font (line + padding + border)
const TITLE_MM = 30; // section title + table header + a note line

export function paperOf(size: PaperSize): Paper {
  const [widthMm, heightMm] = size === 'A3' ? [297, 420] : [210, 297];
  const margin = { top: 14, right: 15, bottom: 12, left: 22 };
  const fontPt = size === 'A3' ? 11 : 9.5;
  const rowMm = ROW_MM * (fontPt / 9.5);
  const bodyHeightMm = heightMm - margin.top - margin.bottom - HEADER_FOOTER_MM;
  return {
    size,
    widthMm,
    heightMm,
    margin,
    bodyHeightMm,
    bodyWidthMm: widthMm - margin.left - margin.right,
    rowsPerSheet: Math.floor((bodyHeightMm - TITLE_MM) / rowMm),
    fontPt,
  };
}

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;
/**
 * Map images are drawn at this device pixel ratio: 96 × 2.1 = 201.6 dpi on paper (≥ 200 dpi asked for). Higher
 * costs time quadratically (SwiftShader reads back and the encoder compresses every pixel) for no visible gain.
 */
export const MAP_PIXEL_RATIO = 2.1;

/**
 * Splits rows into sheets by a line budget; a row counts as `linesOf(row)` lines (wrapped text).
 * @example chunkRows([a, b, c], 2, () => 1) // → [[a, b], [c]]
 */
export function chunkRows<R>(rows: readonly R[], budget: number, linesOf: (row: R) => number = () => 1): R[][] {
  const sheets: R[][] = [];
  let current: R[] = [];
  let used = 0;
  for (const row of rows) {
    const lines = Math.max(1, linesOf(row));
    if (current.length > 0 && used + lines > budget) {
      sheets.push(current);
      current = [];
      used = 0;
    }
    current.push(row);
    used += lines;
  }
  if (current.length > 0 || sheets.length === 0) sheets.push(current);
  return sheets;
}

/** Wrapped lines of a text in a column `widthMm` wide at `fontPt` (CJK glyphs are one em wide). */
export function textLines(text: string, widthMm: number, fontPt: number): number {
  const emMm = (fontPt * 25.4) / 72;
  const perLine = Math.max(4, Math.floor(widthMm / emMm));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0);
}
