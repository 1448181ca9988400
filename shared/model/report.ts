import { z } from 'zod';

// Printed reports (issue 7): the package approval dossier (报批材料) and the joint-review minutes (会议纪要).
// Both are HTML pages rendered by the app (renderer/src/report) and printed to PDF by the host's printer
// (Electron printToPDF; in the browser host and the CLI, the backend drives Chromium).

export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const path = z.string().min(1).max(4096);

export const dossierRunSchema = z
  .object({
    /** The packages to produce a dossier for; all packages when absent. */
    packageIds: z.array(z.string().uuid()).max(10000).optional(),
    paper: z.enum(PAPER_SIZES),
    /** The output folder; each package gets its own sub-folder (or zip) with a manifest. */
    out: path,
    zip: z.boolean().optional(),
    jobId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type DossierRun = z.infer<typeof dossierRunSchema>;

export interface DossierFile {
  /** Path relative to the package's dossier folder. */
  path: string;
  kind: 'pdf' | 'gpkg' | 'shp' | 'dxf' | 'xlsx' | 'manifest';
  bytes: number;
  sha256: string;
}

export interface DossierOutcome {
  packageId: string;
  packageName: string;
  /** The finished folder (or zip); null when this package failed (nothing of it is left behind). */
  path: string | null;
  files: DossierFile[];
  pages: number;
  error: string | null;
}

export interface DossierResult {
  dossiers: DossierOutcome[];
}

export const minutesRunSchema = z
  .object({
    meetingId: z.string().uuid(),
    paper: z.enum(PAPER_SIZES),
    out: path, // the PDF file
    overwrite: z.boolean().optional(),
  })
  .strict();
export type MinutesRun = z.infer<typeof minutesRunSchema>;

export interface MinutesResult {
  path: string;
  pages: number;
}
