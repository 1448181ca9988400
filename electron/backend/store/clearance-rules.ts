import type Database from 'better-sqlite3';
import type { ClearanceRule } from '../../../shared/model/tables';
import { clearanceRuleSchema } from '../../../shared/model/tables';
import { defaultClearanceRules } from '../../../shared/standards/gb50289/index';
import { columnList } from './columns';
import { rowToValues } from './rows';

// The project's clearance table (管线净距表) starts as a copy of the GB 50289-2016 defaults in shared/standards.
// It is filled when the table is created (a new project, or an older file migrated to schema 5) and only while
// it is empty: a table the designer already edited (local rules, old-area reductions) is never overwritten.
// Runs inside the migration's transaction, so a failed seed leaves the file at its old version.

export function seedClearanceRules(
  db: Database.Database,
  rules: readonly ClearanceRule[] = defaultClearanceRules(),
): number {
  const count = db.prepare('SELECT count(*) FROM clearance_rules').pluck().get() as number;
  if (count > 0) return 0;
  const cols = columnList('clearance_rules');
  const insert = db.prepare(
    `INSERT INTO clearance_rules (${cols}) VALUES (${cols
      .split(', ')
      .map(() => '?')
      .join(', ')})`,
  );
  for (const rule of rules) insert.run(rowToValues('clearance_rules', clearanceRuleSchema.parse(rule)));
  return rules.length;
}
