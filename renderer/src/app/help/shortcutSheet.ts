// The keyboard and mouse reference (快捷键一览), pure so a test can check it against what the app really binds.
// Command shortcuts come from the command table itself (never retyped here, so the sheet cannot drift from the
// keys); the gestures a map tool reads on its own (Enter, Backspace, R, Alt+click…) are listed per tool below, and
// the presentation keys come from review/keys.ts, the table the review mode reads.
import { REVIEW_PLAIN_KEYS, REVIEW_SHIFT_KEYS, type ReviewKeyAction } from '../../review/keys';
import type { Command } from '../commands';

/** One line of the sheet: what it does (a catalog key) and the keys or gestures that do it, in shortcut notation. */
export interface SheetRow {
  labelKey: string;
  keys: readonly string[];
}

export interface SheetGroup {
  id: string;
  titleKey: string;
  rows: SheetRow[];
}

/** Command groups by id prefix, in the order the sheet shows them; a command matching none goes to 'general'. */
const COMMAND_GROUPS: { id: string; prefixes: readonly string[] }[] = [
  { id: 'file', prefixes: ['file.', 'exchange.', 'report.'] },
  { id: 'tools', prefixes: ['tool.'] },
  { id: 'edit', prefixes: ['edit.', 'snapping.'] },
  { id: 'view', prefixes: ['view.'] },
  { id: 'analysis', prefixes: ['packages.', 'tables.', 'pipelines.', 'leftover.', 'review.'] },
  { id: 'general', prefixes: [] },
];

/** What the map tools do with keys and the mouse while they are active (see each tool's header comment). */
const TOOL_GESTURES: SheetGroup[] = [
  {
    id: 'select',
    titleKey: 'help.group.select',
    rows: [
      { labelKey: 'help.select.pick', keys: ['Click'] },
      { labelKey: 'help.select.toggle', keys: ['Shift+Click'] },
      { labelKey: 'help.select.box', keys: ['Shift+Drag'] },
    ],
  },
  {
    id: 'drawing',
    titleKey: 'help.group.drawing',
    rows: [
      { labelKey: 'help.draw.add', keys: ['Click'] },
      { labelKey: 'help.draw.finish', keys: ['DoubleClick', 'Enter'] },
      { labelKey: 'help.draw.back', keys: ['Backspace'] },
      { labelKey: 'help.draw.cancel', keys: ['Escape'] },
    ],
  },
  {
    id: 'vertices',
    titleKey: 'help.group.vertices',
    rows: [
      { labelKey: 'help.vertex.drag', keys: ['Drag'] },
      { labelKey: 'help.vertex.delete', keys: ['Alt+Click', 'RightClick'] },
      { labelKey: 'help.vertex.cancel', keys: ['Escape'] },
    ],
  },
  {
    id: 'move',
    titleKey: 'help.group.move',
    rows: [
      { labelKey: 'help.move.drag', keys: ['Drag'] },
      { labelKey: 'help.move.cancel', keys: ['Escape'] },
    ],
  },
  {
    id: 'measure',
    titleKey: 'help.group.measure',
    rows: [
      { labelKey: 'help.measure.add', keys: ['Click'] },
      { labelKey: 'help.measure.end', keys: ['DoubleClick', 'Enter'] },
      { labelKey: 'help.measure.clear', keys: ['Escape'] },
    ],
  },
  {
    id: 'facility',
    titleKey: 'help.group.facility',
    rows: [
      { labelKey: 'help.facility.place', keys: ['Click', 'Drag'] },
      { labelKey: 'help.facility.rotate', keys: ['R'] },
      { labelKey: 'help.facility.rotateBack', keys: ['Shift+R'] },
      { labelKey: 'help.facility.delete', keys: ['Delete', 'Backspace'] },
      { labelKey: 'help.facility.cancel', keys: ['Escape'] },
    ],
  },
];

/** The presentation actions in the order the sheet lists them ('stay' only swallows F5, so it is not a line). */
const REVIEW_ACTIONS: readonly ReviewKeyAction[] = ['next', 'prev', 'first', 'last', 'pointer', 'pen', 'theme', 'exit'];

/** Review mode's keys, read from the table review mode itself uses. */
export function reviewGroup(): SheetGroup {
  const keysOf = (action: ReviewKeyAction): string[] => [
    ...Object.keys(REVIEW_PLAIN_KEYS).filter((k) => REVIEW_PLAIN_KEYS[k] === action),
    ...Object.keys(REVIEW_SHIFT_KEYS)
      .filter((k) => REVIEW_SHIFT_KEYS[k] === action)
      .map((k) => `Shift+${k}`),
  ];
  return {
    id: 'review',
    titleKey: 'help.group.review',
    rows: REVIEW_ACTIONS.map((action) => ({ labelKey: `help.review.${action}`, keys: keysOf(action) })),
  };
}

/** The whole sheet: commands with shortcuts grouped by area, then the map tools' gestures, then review mode. */
export function shortcutSheet(commands: Iterable<Command>): SheetGroup[] {
  const groups = COMMAND_GROUPS.map(({ id }) => ({ id, titleKey: `help.group.${id}`, rows: [] as SheetRow[] }));
  const general = groups[groups.length - 1] as SheetGroup;
  for (const c of commands) {
    if (c.shortcuts.length === 0) continue;
    const at = COMMAND_GROUPS.findIndex((g) => g.prefixes.some((p) => c.id.startsWith(p)));
    const group = at < 0 ? general : (groups[at] as SheetGroup);
    group.rows.push({ labelKey: c.labelKey, keys: c.shortcuts });
  }
  return [...groups.filter((g) => g.rows.length > 0), ...TOOL_GESTURES, reviewGroup()];
}

/** How one part of a key token is named on a key cap; mouse gestures and Space are words, so they are translated. */
const CAPS: Record<string, string> = {
  mod: 'Ctrl',
  escape: 'Esc',
  delete: 'Del',
  arrowright: '→',
  arrowleft: '←',
  arrowup: '↑',
  arrowdown: '↓',
  pagedown: 'PgDn',
  pageup: 'PgUp',
};
const WORDS: Record<string, string> = {
  ' ': 'help.key.space',
  click: 'help.mouse.click',
  doubleclick: 'help.mouse.doubleClick',
  rightclick: 'help.mouse.rightClick',
  drag: 'help.mouse.drag',
};

/**
 * The key caps of a token: 'Mod+Shift+Z' → ['Ctrl', 'Shift', 'Z'], 'Shift+ ' → ['Shift', <space>].
 * @param word translates the words (Space, click, drag) — `t` in the app.
 */
export function keyCaps(token: string, word: (key: string) => string): string[] {
  // Split on '+' between parts only, so 'Shift++' would keep its '+' key; no binding uses one today.
  const split = token.length > 1 ? token.split(/\+(?=.)/) : [token];
  // '?' is typed with Shift on every keyboard the app is used with; its cap alone says it ('Shift+?' → '?').
  const parts = split[split.length - 1] === '?' ? split.filter((p) => p !== 'Shift') : split;
  return parts.map((part) => {
    const lower = part.toLowerCase();
    const wordKey = WORDS[lower];
    if (wordKey) return word(wordKey);
    // The review table writes key names in lower case ('enter', 'home'); caps start with a capital.
    return CAPS[lower] ?? part.charAt(0).toUpperCase() + part.slice(1);
  });
}
