// Unit tests run without a browser: browser.i18n.getMessage answers from locales/*.json the way
// the browser answers from the built _locales (nested keys joined with "_", $1… substituted).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../locales/de.json';
import en from '../../locales/en.json';

type Catalog = Record<string, string>;

/** A plural ({"1": …, "n": …}) becomes "one | many", as the module writes it for the browser. */
function isPlural(value: object): value is Record<string, string> {
  return (
    Object.keys(value).every((key) => /^(?:\d+|n)$/.test(key)) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

function flatten(messages: object, prefix = ''): Catalog {
  const catalog: Catalog = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') catalog[prefix + key] = value;
    else if (isPlural(value)) catalog[prefix + key] = Object.values(value).join(' | ');
    else Object.assign(catalog, flatten(value, `${prefix}${key}_`));
  }
  return catalog;
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
