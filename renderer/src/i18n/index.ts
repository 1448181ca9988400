// The renderer's part of the shared catalog, and the UI language (Chinese by default, saved in localStorage).
import { create } from 'zustand';
import { type Lang, registerMessages, setLang } from '../../../shared/i18n';
import { attributeMessages } from './attributes';
import { dialogMessages } from './dialogs';
import { editMessages } from './edit';
import { shellMessages } from './shell';

export const UI_CATALOG_PARTS = [shellMessages, editMessages, attributeMessages, dialogMessages];

let registered = false;
/** Registers the UI strings once (registerMessages refuses duplicate keys, so a second call must be a no-op). */
export function registerUiMessages(): void {
  if (registered) return;
  for (const part of UI_CATALOG_PARTS) registerMessages(part);
  registered = true;
}

const STORAGE_KEY = 'renozone.lang';

function savedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Components read `lang` from here so a switch re-renders them; `t()` reads the shared catalog's current language. */
export const useLang = create<{ lang: Lang }>(() => {
  const lang = savedLang();
  setLang(lang);
  return { lang };
});

export function switchLang(lang: Lang): void {
  setLang(lang);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the switch still applies for this session.
  }
  useLang.setState({ lang });
}
