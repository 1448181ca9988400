// Keyboard shortcut matching, pure (no DOM types) so it can be unit-tested. A shortcut is written
// 'Mod+Shift+Z': modifiers joined by '+', then the key. `Mod` is Ctrl (or ⌘ on macOS). Modifiers must match
// exactly, so 'S' does not fire on Ctrl+S and 'Mod+Z' does not fire on Ctrl+Shift+Z.

/** The parts of a KeyboardEvent the matcher reads. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface ParsedShortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`empty shortcut: ${shortcut}`);
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  for (const m of mods)
    if (!['mod', 'shift', 'alt'].includes(m)) throw new Error(`unknown modifier ${m} in ${shortcut}`);
  return { key: key.toLowerCase(), mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt') };
}

export function matchesShortcut(input: KeyInput, shortcut: string): boolean {
  const s = parseShortcut(shortcut);
  const mod = input.ctrlKey || input.metaKey;
  // event.key of a letter is upper case while Shift is held; compare case-insensitively.
  return input.key.toLowerCase() === s.key && mod === s.mod && input.shiftKey === s.shift && input.altKey === s.alt;
}

/** The parts of the focused element that tell whether the user is typing. */
export interface FocusTarget {
  tagName?: string;
  isContentEditable?: boolean;
  role?: string | null;
}

/** While typing in a field, single-key shortcuts (and Delete) must reach the field, not the map. */
export function isTypingTarget(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  return (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    target.isContentEditable === true ||
    target.role === 'combobox'
  );
}

/** How a shortcut is shown in a tooltip: 'Mod+Shift+Z' → 'Ctrl+Shift+Z'. */
export const shortcutLabel = (shortcut: string): string => shortcut.replace(/\bMod\b/, 'Ctrl');
