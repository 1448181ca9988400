import { describe, expect, it } from 'vitest';
import { BUILDING_FIELDS, COMPOUND_FIELDS, labelKey, optionKey } from '../../../renderer/src/app/attributes/fields';
import { buildCommands, type CommandActions } from '../../../renderer/src/app/commands';
import { joinPath, projectFileName } from '../../../renderer/src/app/dialogs/paths';
import { windowTitle } from '../../../renderer/src/app/windowTitle';
import { attributeMessages } from '../../../renderer/src/i18n/attributes';
import { dialogMessages } from '../../../renderer/src/i18n/dialogs';
import { editMessages } from '../../../renderer/src/i18n/edit';
import { shellMessages } from '../../../renderer/src/i18n/shell';
import { type Catalog, registerMessages, t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';

const parts: Catalog[] = [shellMessages, editMessages, attributeMessages, dialogMessages];
registerMessages(Object.assign({}, ...parts));
const known = (key: string) => t(key, {}, 'zh') !== key && t(key, {}, 'en') !== key;

describe('UI catalog', () => {
  it('parts never share a key and every entry has both languages', () => {
    const keys = parts.flatMap((p) => Object.keys(p));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of parts) for (const [k, v] of Object.entries(p)) expect(v.zh && v.en, k).toBeTruthy();
  });

  it('names every command, column and option', () => {
    const noop = () => undefined;
    const actions = new Proxy({}, { get: () => noop }) as CommandActions;
    for (const c of buildCommands(actions)) expect(known(c.labelKey), c.labelKey).toBe(true);
    for (const f of COMPOUND_FIELDS) expect(known(labelKey('compounds', f.name)), f.name).toBe(true);
    for (const f of BUILDING_FIELDS) {
      expect(known(labelKey('buildings', f.name)), f.name).toBe(true);
      for (const o of f.options ?? []) expect(known(optionKey(f.name, o)), o).toBe(true);
    }
    for (const f of COMPOUND_FIELDS) for (const o of f.options ?? []) expect(known(optionKey(f.name, o)), o).toBe(true);
    expect(t('col.compounds.consent_ratio', {}, 'zh')).toBe('同意改造比例 (%)');
    expect(t('enum.property_type.reformed', {}, 'zh')).toBe('房改房');
  });
});

describe('small helpers', () => {
  it('titles the window with project name and file', () => {
    const p = { path: '/home/u/片区A.gpkg', settings: { ...DEFAULT_SETTINGS, project_name: '东门片区' } };
    expect(windowTitle(p, 'RenoZone')).toBe('东门片区 — 片区A.gpkg — RenoZone');
    expect(windowTitle(null, 'RenoZone')).toBe('RenoZone');
  });
  it('always writes .gpkg files into the browsed folder', () => {
    expect(projectFileName(' 东门 ')).toBe('东门.gpkg');
    expect(projectFileName('a.GPKG')).toBe('a.GPKG');
    expect(joinPath('/home/u', 'a.gpkg')).toBe('/home/u/a.gpkg');
    expect(joinPath('/', 'a.gpkg')).toBe('/a.gpkg');
    expect(joinPath('C:\\Users\\u', 'a.gpkg')).toBe('C:\\Users\\u\\a.gpkg');
  });
});
