import type Database from 'better-sqlite3';
import type { RenovationItem } from '../../../shared/model/tables';
import { renovationItemSchema } from '../../../shared/model/tables';
import { DEFAULT_RENOVATION_ITEMS } from '../../../shared/standards/renovation-items';
import { columnList } from './columns';
import { rowToValues } from './rows';

// The project's renovation-item catalog (改造内容) starts as a copy of the defaults in shared/standards. It is
// filled when the table is created (a new project, or an older file migrated to schema 4) and only while it is
// empty: a catalog the designer already edited is never overwritten. Runs inside the migration's transaction.

export function seedRenovationItems(
  db: Database.Database,
  items: readonly RenovationItem[] = DEFAULT_RENOVATION_ITEMS,
): number {
  const count = db.prepare('SELECT count(*) FROM renovation_items').pluck().get() as number;
  if (count > 0) return 0;
  const cols = columnList('renovation_items');
  const insert = db.prepare(
    `INSERT INTO renovation_items (${cols}) VALUES (${cols
      .split(', ')
      .map(() => '?')
      .join(', ')})`,
  );
  for (const item of items) insert.run(rowToValues('renovation_items', renovationItemSchema.parse(item)));
  return items.length;
}
