// Errors that cross the contract carry a code the UI translates (shared/i18n `error.<code>`), plus params.
export const ERROR_CODES = [
  'file.notFound',
  'file.notSqlite',
  'file.notRenozone',
  'file.newerVersion',
  'file.locked',
  'file.readOnly',
  'file.exists',
  'file.writeFailed',
  'project.none',
  'input.invalid',
  'change.invalid',
  'change.missingRow',
  'history.empty',
  'job.cancelled',
  'import.unsupportedFormat',
  'import.empty',
  'import.unreadable',
  'import.corrupt',
  'import.missingPart',
  'import.tooLarge',
  'import.noFeatures',
  'import.crsUnknown',
  'import.noGeometry',
  'import.wrongGeometry',
  'import.layerNotFound',
  'import.mergedHeader',
  'import.joinField',
  'import.outOfRange',
  'export.unknownPackage',
  'export.failed',
  'export.empty',
  'leftover.unknownCompound',
  'leftover.changedMeanwhile',
  'report.printerUnavailable',
  'report.failed',
  'report.unknownPackage',
  'report.unknownMeeting',
  'report.noPackages',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  params?: Record<string, string | number>;
  /** Developer detail (never shown as the main message). */
  detail?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
  toData(): AppErrorData {
    return { code: this.code, params: this.params, detail: this.message };
  }
}

export const isAppErrorData = (v: unknown): v is AppErrorData =>
  typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string';
