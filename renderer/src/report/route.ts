// The report routes of the renderer (`#report/dossier?…`, `#report/minutes?…`): kept apart from the report pages so
// main.tsx can test the hash without loading them (they load their own code and CSS only when asked for).

export interface ReportRoute {
  kind: 'dossier' | 'minutes';
  params: URLSearchParams;
}

/**
 * The report route of a location hash, or null for the app's own hash.
 * @example parseReportRoute('#report/dossier?package=abc&paper=A3')?.params.get('paper') // → 'A3'
 */
export function parseReportRoute(hash: string): ReportRoute | null {
  const m = /^#report\/(dossier|minutes)(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  return { kind: m[1] as ReportRoute['kind'], params: new URLSearchParams(m[2] ?? '') };
}
