// One edit of a package row from the package table (status or a year): the package put as one Change, or null
// when unchanged or invalid (a year outside 1900–2100, a status not in PACKAGE_STATUSES).
import type { Change } from '../../../shared/model/change';
import { type Package, packageSchema } from '../../../shared/model/tables';

export type PackageField = 'status' | 'plan_year' | 'start_year' | 'completion_year';

export function packageFieldChange(
  pkg: Package,
  field: PackageField,
  value: string | number | null,
  summary: string,
): Change | null {
  if (pkg[field] === value) return null;
  const parsed = packageSchema.safeParse({ ...pkg, [field]: value });
  return parsed.success ? { ops: [{ op: 'put', table: 'packages', row: parsed.data }], summary } : null;
}
