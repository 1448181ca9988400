import { z } from 'zod';

// Data exchange (issue 6): the formats, target layers and coordinate choices of import and export, and the shapes
// of the backend calls' results. A source is one file, or the member files of a Shapefile set.

export const IMPORT_FORMATS = ['geojson', 'shp', 'kml', 'kmz', 'dxf', 'gpkg', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['gpkg', 'geojson', 'shp', 'kml', 'dxf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Layers an import may write (the project's feature tables). */
export const IMPORT_LAYERS = ['compounds', 'buildings', 'roads', 'site_areas', 'pipelines', 'trees'] as const;
export type ImportLayer = (typeof IMPORT_LAYERS)[number];

/** Where the source's coordinates came from when they are offset web-map coordinates (gcoord converts them). */
export const COORD_OFFSETS = ['gcj02', 'bd09'] as const;
export type CoordOffset = (typeof COORD_OFFSETS)[number];

/** 'EPSG:4326', 'EPSG:4490', 'EPSG:4534'…'EPSG:4554', 'EPSG:4513'…'EPSG:4533', 'EPSG:4491'…'EPSG:4512', 'EPSG:3857'. */
const crsCode = z.string().regex(/^EPSG:\d{4,5}$/);
const path = z.string().min(1).max(4096);

export const importSourceSchema = z
  .object({
    /** The source file; for a Shapefile set, the .shp (siblings are found beside it) or a .zip. */
    path,
    /** Override of the detected text encoding of DBF / CSV ('utf-8', 'gbk', 'gb18030'). */
    encoding: z.string().max(20).optional(),
    /** Override of the detected CRS (or the CRS of a source that has none). */
    crs: crsCode.optional(),
    from: z.enum(COORD_OFFSETS).optional(),
    /** DXF / GeoPackage / XLSX: which layer or sheet to read (default: all DXF layers, the first otherwise). */
    sourceLayer: z.string().max(200).optional(),
    /** The source wrote lat/lon as x/y (the preview warns when the extent looks like it): swap them. */
    swapXY: z.boolean().optional(),
  })
  .strict();
export type ImportSource = z.infer<typeof importSourceSchema>;

export interface SourceField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'unknown';
  samples: string[];
}

export interface ImportPreview {
  format: ImportFormat;
  /** Layers or sheets of a multi-layer source. */
  sourceLayers: string[];
  featureCount: number;
  geometryTypes: Record<string, number>;
  fields: SourceField[];
  encoding: string | null;
  /** The CRS read from the source (.prj, crs member, GeoPackage srs) or null when the user must pick one. */
  detectedCrs: string | null;
  /** Bounds in lon/lat after the CRS (and offset) in effect, to preview where the data lands. */
  bbox: [number, number, number, number] | null;
  /** Source field → target attribute guessed from common Chinese names, per possible target layer. */
  suggestedLayer: ImportLayer | null;
  suggestedMapping: Record<string, string>;
  /** The notices below, as text in the backend's language (for logs and the CLI). */
  warnings: string[];
  /** What the user should know about the source, as catalog keys (shared/i18n/exchange-import.ts) + params. */
  notices: ImportNotice[];
  /** The preview's lon/lat extent looks like lat/lon written as x/y: offer `swapXY`. */
  swapSuggested: boolean;
}

export interface ImportNotice {
  key: string;
  params: Record<string, string | number>;
}

export const importRunSchema = z
  .object({
    source: importSourceSchema,
    layer: z.enum(IMPORT_LAYERS),
    /** Source field → target column. Unmapped fields are dropped. */
    mapping: z.record(z.string(), z.string()),
    /** CSV/XLSX ledgers: join to existing compounds by this target column ('name' or 'code') instead of creating. */
    joinBy: z.enum(['name', 'code']).optional(),
    dryRun: z.boolean(),
    jobId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type ImportRun = z.infer<typeof importRunSchema>;

export interface ImportReport {
  features: number; // read from the source
  written: number; // rows put (created or joined)
  invalid: number; // invalid geometries found
  fixed: number; // of which repaired
  /** `reason` is a catalog key (exchange.skip.*, geo.invalid.*). */
  skipped: { reason: string; count: number }[];
  /** Other things done to the data: multi-geometries split, bad values emptied, defaults filled (catalog keys). */
  notes: ImportNotice[];
  /** Lon/lat extent of the rows written (or that would be), for zooming to them; null when none. */
  bbox: [number, number, number, number] | null;
  /** Null for a dry run. */
  applied: { summary: string } | null;
}

export const exportRunSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    /** Only these packages (their compounds and everything in them); all of the project when absent. */
    packageIds: z.array(z.string().uuid()).max(10000).optional(),
    /** The output file (or, for shp, the .zip). */
    out: path,
    overwrite: z.boolean().optional(),
    jobId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type ExportRun = z.infer<typeof exportRunSchema>;

export interface ExportResult {
  files: string[];
  /** Rows written per layer. */
  counts: Record<string, number>;
}
