import { browser } from 'wxt/browser';
import { isSite } from '../site-rules/parse-site-rules';

/** The built content script that opens an article of an always-open site (entrypoints/always-open.content.ts). */
export const ALWAYS_OPEN_SCRIPT = '/content-scripts/always-open.js';
const ID_PREFIX = 'always-open:';

/** The registration's id for `site`. */
const idFor = (site: string) => `${ID_PREFIX}${site}`;
/** The one site's pages, both schemes, any port: what is asked for, and where the script runs. */
const originsOf = (site: string) => [`*://${site}/*`];

/** True when the script of id `id` is registered. */
const isRegistered = async (id: string) =>
  (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;

/** True when articles of `site` open in the reader by themselves: its script is registered and its permission held. */
export async function isAlwaysOpen(site: string): Promise<boolean> {
  const [registered, allowed] = await Promise.all([
    isRegistered(idFor(site)),
    browser.permissions.contains({ origins: originsOf(site) }),
  ]);
  return registered && allowed;
}

/** Every site whose articles open in the reader by themselves, sorted. */
export async function alwaysOpenSites(): Promise<string[]> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const sites = registered
    .filter((script) => script.id.startsWith(ID_PREFIX))
    .map((script) => script.id.slice(ID_PREFIX.length));
  const allowed = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: originsOf(site) })));
  return sites.filter((_site, i) => allowed[i]).toSorted();
}

/** Registers `site`'s script, unless it is registered already; kept across restarts. */
async function register(site: string): Promise<void> {
  const id = idFor(site);
  if (await isRegistered(id)) return;
  await browser.scripting.registerContentScripts([
    { id, matches: originsOf(site), js: [ALWAYS_OPEN_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/**
 * Turns "open articles on this site in the reader" on: asks the browser for `site`'s permission
 * with its own prompt, then registers the script for that site alone. Call it from the person's
 * click: the browser shows its prompt only then. Resolves to false when the person declines
 * (nothing changes); throws when the browser refuses to register.
 */
export async function turnOnAlwaysOpen(site: string): Promise<boolean> {
  if (!(await browser.permissions.request({ origins: originsOf(site) }))) return false;
  await register(site);
  return true;
}

/**
 * Registers again the script of every site whose access the extension holds: the browser drops
 * registered scripts when the extension is updated (or reloaded), but keeps the sites it was
 * given, which are the always-open ones (it asks for a site for nothing else).
 */
export async function restoreAlwaysOpen(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = origins
    .map((origin) => /^\*:\/\/([^/]+)\/\*$/.exec(origin)?.[1])
    .filter((site) => site && isSite(site));
  await Promise.all(sites.map((site) => register(site!)));
}

/** Turns it off: the registration goes, and the site's permission is given back. */
export async function turnOffAlwaysOpen(site: string): Promise<void> {
  const id = idFor(site);
  if (await isRegistered(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: originsOf(site) });
}

/**
 * Unregisters the scripts of sites whose permission the person took back in the browser's own
 * settings (`origins`, as `permissions.onRemoved` names them): nothing is left registered for a
 * site the extension may no longer read.
 */
export async function forgetWithdrawnSites(origins: string[]): Promise<void> {
  const withdrawn = new Set(origins);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ids = registered
    .filter(
      (script) =>
        script.id.startsWith(ID_PREFIX) && originsOf(script.id.slice(ID_PREFIX.length)).some((o) => withdrawn.has(o)),
    )
    .map((script) => script.id);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
}
