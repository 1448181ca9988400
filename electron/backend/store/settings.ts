import { AppError } from '../../../shared/model/errors';
import {
  DEFAULT_SETTINGS,
  type ProjectSettings,
  type SettingKey,
  settingsSchema,
} from '../../../shared/model/settings';
import type { SettingRow } from '../../../shared/model/tables';

// Project settings live one per row in `settings` (id = key, value = JSON). Reading merges them over the defaults;
// a stored value that no longer validates (hand-edited in a GIS tool) falls back to the default instead of
// making the project unopenable.

const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const isSettingKey = (key: string): key is SettingKey => (SETTING_KEYS as string[]).includes(key);

/** Validates one setting row; returns it with the parsed value. Throws change.invalid. */
export function validateSettingRow(row: SettingRow): SettingRow {
  if (!isSettingKey(row.id)) throw new AppError('change.invalid', { detail: `unknown setting "${row.id}"` });
  const parsed = settingsSchema.shape[row.id].safeParse(row.value);
  if (!parsed.success)
    throw new AppError('change.invalid', { detail: `setting ${row.id}: ${parsed.error.issues[0]?.message ?? ''}` });
  return { id: row.id, value: parsed.data };
}

export function settingsFromRows(rows: readonly SettingRow[]): ProjectSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!isSettingKey(row.id)) continue;
    const parsed = settingsSchema.shape[row.id].safeParse(row.value);
    if (parsed.success) settings[row.id] = parsed.data;
  }
  return settings as ProjectSettings;
}

export function settingsToRows(settings: ProjectSettings): SettingRow[] {
  return SETTING_KEYS.map((key) => ({ id: key, value: settings[key] }));
}
