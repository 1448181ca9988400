// One message catalog for every host (renderer, CLI). Chinese is the default language, English the second.
// Catalog parts live beside this file, one per area; each part gives both languages for every key.
import type { AppErrorData } from '../model/errors';
import { analysisMessages } from './analysis';
import { bundleMessages } from './bundle';
import { errorMessages } from './errors';
import { geoMessages } from './geo';
import { leftoverMessages } from './leftover';
import { standardsMessages } from './standards';

export type Lang = 'zh' | 'en';
export type Catalog = Record<string, { zh: string; en: string }>;

const catalog: Catalog = {
  ...errorMessages,
  ...geoMessages,
  ...analysisMessages,
  ...standardsMessages,
  ...leftoverMessages,
  ...bundleMessages,
};

/** Adds catalog parts (the renderer registers its own UI strings at start-up). Duplicate keys are a bug. */
export function registerMessages(part: Catalog): void {
  for (const key of Object.keys(part)) {
    if (key in catalog) throw new Error(`duplicate message key: ${key}`);
    catalog[key] = part[key] as { zh: string; en: string };
  }
}

let current: Lang = 'zh';
export const setLang = (lang: Lang): void => {
  current = lang;
};
export const getLang = (): Lang => current;

/** Translates `key`, filling `{name}` placeholders from params. An unknown key is returned as is. */
export function t(key: string, params: Record<string, string | number> = {}, lang: Lang = current): string {
  const entry = catalog[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export const errorText = (err: AppErrorData, lang: Lang = current): string =>
  t(`error.${err.code}`, err.params ?? {}, lang);
