import type { PaperSize } from '../../../shared/model/report';

// How the backend turns a report page into a PDF. The page is the app's own renderer opened at a report route
// (renderer/src/report: `#report/dossier?package=…&paper=A4`); it sets `window.__reportReady = true` once every map
// image is in (or `window.__reportError` when it cannot build). Two printers implement this: Chromium driven by
// playwright-core (web host, CLI: chromium-printer.ts) and Electron's printToPDF (electron/report-printer.ts).

export interface PdfPrinter {
  /** Loads the report page for `route` (e.g. 'dossier?package=…&paper=A4') and prints it to the PDF file `out`. */
  print(route: string, out: string, options: { paper: PaperSize }): Promise<{ pages: number }>;
  /** Releases the browser (if one was started); the printer may be used again afterwards. */
  close?(): Promise<void>;
}

/** How long a report page may take to draw its maps before printing gives up (a 10-compound package takes ~10 s). */
export const REPORT_READY_TIMEOUT_MS = 180_000;

/** The hash route of a report page: `report/<kind>?k=v…` (the renderer's main.tsx routes on it). */
export function reportRoute(kind: 'dossier' | 'minutes', params: Record<string, string>): string {
  return `${kind}?${new URLSearchParams(params).toString()}`;
}

/**
 * Pages of a PDF as Chromium and Electron write it (no object streams): the count of `/Type /Page` objects.
 * @example countPdfPages(Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type /Page >>')) // → 2
 */
export function countPdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  if (pages > 0) return pages;
  // Fallback for a writer that packs page objects into streams: the root /Pages node's /Count.
  const counts = [...text.matchAll(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.max(...counts) : 0;
}

/** Browser-side readiness flags the printers wait for. */
export interface ReportWindowFlags {
  __reportReady?: boolean;
  __reportError?: string;
}
