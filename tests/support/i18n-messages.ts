// Unit tests run without a browser: browser.i18n.getMessage answers from locales/*.json the way
// the browser answers from the built _locales (nested keys joined with "_", $1… substituted).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../locales/de.json';
import en from '../../locales/en.json';

type Catalog = Record<string, string>;

function flatten(messages: object, prefix = ''): Catalog {
  return Object.entries(messages).reduce<Catalog>(
    (all, [key, value]) =>
      typeof value === 'string' ? { ...all, [prefix + key]: value } : { ...all, ...flatten(value as object, `${prefix}${key}_`) },
    {},
  );
}

const CATALOGS = { en: flatten(en), de: flatten(de) };
let catalog = CATALOGS.en;

/** Shows the UI in `locale` from now on in this test file (English by default). */
export function useLocale(locale: keyof typeof CATALOGS): void {
  catalog = CATALOGS[locale];
}

fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return (catalog[name] ?? '').replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;
