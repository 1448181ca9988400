// Path helpers for the file dialog (pure; the renderer has no node:path). Paths come from the backend's fs.list,
// so the separator is whatever the backend's platform uses.

export const separatorOf = (dir: string): string => (dir.includes('\\') && !dir.includes('/') ? '\\' : '/');

export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** A project file name always ends in .gpkg (GeoPackage), whatever the user typed. */
export function projectFileName(input: string): string {
  const name = input.trim();
  if (!name) return '';
  return name.toLowerCase().endsWith('.gpkg') ? name : `${name}.gpkg`;
}

export const isProjectFile = (name: string): boolean => name.toLowerCase().endsWith('.gpkg');
