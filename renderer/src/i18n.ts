import { createI18n } from 'vue-i18n';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const LOCALE_KEY = 'govit.locale';

function savedLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY);
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN';
}

/**
 * Composition mode, messages as plain objects. vue-i18n 11 compiles messages
 * to an AST and interprets it (no `new Function`), so it runs under the
 * window's CSP without precompiled messages.
 */
export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  missingWarn: false,
  fallbackWarn: false,
  // A key that is missing is a bug: say so loudly (the E2E fails on console errors).
  missing: (locale, key) => {
    console.error(`[i18n] missing message "${key}" for ${locale}`);
    return key;
  },
});

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  applyDocumentLocale();
}

/** Keeps `<html lang>` and the window title in step with the interface language. */
export function applyDocumentLocale(): void {
  document.documentElement.lang = currentLocale();
  document.title = i18n.global.t('app.title');
}
