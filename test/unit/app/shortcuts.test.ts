import { describe, expect, it } from 'vitest';
import { isTypingTarget, matchesShortcut, parseShortcut, shortcutLabel } from '../../../renderer/src/app/shortcuts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcut matching', () => {
  it('requires modifiers to match exactly', () => {
    expect(matchesShortcut(press('s'), 'S')).toBe(true);
    expect(matchesShortcut(press('s', { ctrl: true }), 'S')).toBe(false);
    expect(matchesShortcut(press('z', { ctrl: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(press('Z', { ctrl: true, shift: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(press('Z', { ctrl: true, shift: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(press('z', { ctrl: true, alt: true }), 'Mod+Z')).toBe(false);
  });

  it('treats ⌘ as Mod and matches named keys', () => {
    expect(matchesShortcut(press('o', { meta: true }), 'Mod+O')).toBe(true);
    expect(matchesShortcut(press('Escape'), 'Escape')).toBe(true);
    expect(matchesShortcut(press('Delete'), 'Backspace')).toBe(false);
  });

  it('rejects unknown modifiers and shows Mod as Ctrl', () => {
    expect(() => parseShortcut('Hyper+K')).toThrow(/unknown modifier/);
    expect(shortcutLabel('Mod+Shift+S')).toBe('Ctrl+Shift+S');
  });

  it('knows when the user is typing', () => {
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', role: 'combobox' })).toBe(true);
    expect(isTypingTarget({ tagName: 'CANVAS' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
