import { describe, expect, it } from 'vitest';
import {
  buildCommands,
  type CommandActions,
  commandForKey,
  registerCommands,
} from '../../../renderer/src/app/commands';
import { useHelpUi } from '../../../renderer/src/app/help/helpState';
import { helpMessages } from '../../../renderer/src/app/help/messages';
import { keyCaps, reviewGroup, shortcutSheet } from '../../../renderer/src/app/help/shortcutSheet';
import { type KeyInput, parseShortcut } from '../../../renderer/src/app/shortcuts';
import { REVIEW_PLAIN_KEYS, REVIEW_SHIFT_KEYS, reviewKeyAction } from '../../../renderer/src/review/keys';
import { t } from '../../../shared/i18n';

const noop = () => undefined;
const commands = buildCommands(new Proxy({}, { get: () => noop }) as CommandActions);
const zh = (key: string) => t(key, {}, 'zh');
const MOUSE = /(^|\+)(Click|DoubleClick|RightClick|Drag)$/;

/** A token of the sheet as the key press it stands for ('Shift+ ' → Space with Shift). */
function press(token: string): KeyInput {
  const parts = token.length > 1 ? token.split(/\+(?=.)/) : [token];
  const key = parts.pop() as string;
  return {
    key,
    shiftKey: parts.includes('Shift'),
    ctrlKey: parts.includes('Mod'),
    altKey: parts.includes('Alt'),
    metaKey: false,
  };
}

describe('shortcut sheet', () => {
  it('lists every command that has a shortcut once, with exactly its shortcuts, and none that has none', () => {
    const sheet = shortcutSheet(commands);
    const rows = sheet.flatMap((g) => g.rows);
    for (const c of commands) {
      const found = rows.filter((r) => r.labelKey === c.labelKey);
      expect(found.length, c.id).toBe(c.shortcuts.length > 0 ? 1 : 0);
      if (c.shortcuts.length > 0) expect(found[0]?.keys).toEqual(c.shortcuts);
    }
    // Command groups first, in a fixed order; the tools' gestures and the review keys after them.
    expect(sheet.map((g) => g.id)).toEqual([
      'file',
      'tools',
      'edit',
      'view',
      'analysis',
      'general',
      'select',
      'drawing',
      'vertices',
      'move',
      'measure',
      'facility',
      'review',
    ]);
    expect(sheet.find((g) => g.id === 'tools')?.rows.map((r) => r.keys[0])).toContain('F');
  });

  it('F1 and ? open the sheet, and every key it names is one the matcher can parse', () => {
    const registry = registerCommands(commands);
    for (const input of [press('F1'), press('Shift+?')]) {
      useHelpUi.setState({ open: false });
      const c = commandForKey(registry.values(), input);
      expect(c?.id).toBe('help.shortcuts');
      void c?.run();
      expect(useHelpUi.getState().open).toBe(true);
    }
    for (const row of shortcutSheet(commands).flatMap((g) => g.rows))
      for (const token of row.keys) if (!MOUSE.test(token)) expect(() => parseShortcut(token), token).not.toThrow();
  });

  it('lists the review keys review mode reads, each doing what its line says', () => {
    const group = reviewGroup();
    const listed = new Set<string>();
    for (const row of group.rows) {
      const action = row.labelKey.replace('help.review.', '');
      expect(row.keys.length, action).toBeGreaterThan(0);
      for (const token of row.keys) {
        expect(reviewKeyAction(press(token)), token).toBe(action);
        listed.add(token);
      }
    }
    const bound = [
      ...Object.keys(REVIEW_PLAIN_KEYS).filter((k) => REVIEW_PLAIN_KEYS[k] !== 'stay'),
      ...Object.keys(REVIEW_SHIFT_KEYS)
        .filter((k) => REVIEW_SHIFT_KEYS[k] !== 'stay')
        .map((k) => `Shift+${k}`),
    ];
    expect([...listed].sort()).toEqual(bound.sort());
  });

  it('names keys as they are printed on the keyboard, and gestures in words', () => {
    const word = (k: string) => zh(k);
    expect(keyCaps('Mod+Shift+Z', word)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(keyCaps('Shift+ ', word)).toEqual(['Shift', '空格']);
    expect(keyCaps(' ', word)).toEqual(['空格']);
    expect(keyCaps('arrowright', word)).toEqual(['→']);
    expect(keyCaps('pagedown', word)).toEqual(['PgDn']);
    expect(keyCaps('p', word)).toEqual(['P']);
    expect(keyCaps('enter', word)).toEqual(['Enter']);
    expect(keyCaps('home', word)).toEqual(['Home']);
    expect(keyCaps('F5', word)).toEqual(['F5']);
    expect(keyCaps('Escape', word)).toEqual(['Esc']);
    expect(keyCaps('Alt+Click', word)).toEqual(['Alt', '单击']);
    expect(keyCaps('Shift+?', word)).toEqual(['?']);
  });

  it('has every title and line in both languages', () => {
    for (const [k, v] of Object.entries(helpMessages)) expect(v.zh && v.en, k).toBeTruthy();
    // Command labels are the command table's (catalog.test.ts checks those); the rest are this catalog's.
    const commandLabels = new Set(commands.map((c) => c.labelKey));
    for (const g of shortcutSheet(commands)) {
      const own = g.rows.map((r) => r.labelKey).filter((k) => !commandLabels.has(k));
      for (const key of [g.titleKey, ...own]) {
        expect(zh(key), key).not.toBe(key);
        expect(t(key, {}, 'en'), key).not.toBe(key);
      }
    }
  });
});
