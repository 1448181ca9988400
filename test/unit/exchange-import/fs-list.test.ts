import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listDir } from '../../../electron/backend/fs-list';
import { tempDir } from './helpers';

// The import dialog lists import sources through fs.list with extensions; without them only projects show.
test('fs.list lists the files with the extensions asked for, projects by default', () => {
  const dir = tempDir();
  for (const f of ['a.gpkg', '小区.shp', '小区.dbf', '台账.XLSX', 'notes.txt'])
    fs.writeFileSync(path.join(dir, f), 'x');
  fs.mkdirSync(path.join(dir, 'sub'));
  const names = (exts?: string[]) => listDir(dir, exts).entries.map((e) => e.name);
  expect(names()).toEqual(['sub', 'a.gpkg']);
  expect(names(['.shp', '.xlsx', '.gpkg']).sort()).toEqual(['a.gpkg', 'sub', '台账.XLSX', '小区.shp'].sort());
});
