import { i18n } from '#i18n';

export type Restriction = 'browser' | 'pdf' | 'file' | 'unknown';

/** Why the reader cannot run on a page, in one sentence a person understands, in the UI's language. */
export function restrictionMessage(restriction: Restriction): string {
  return i18n.t(`restricted.${restriction}`);
}

const BROWSER_SCHEMES = [
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'view-source:',
  'data:',
  'javascript:',
];

// Extension stores: browsers block every extension's scripts there.
const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com',
  'https://microsoftedge.microsoft.com/addons',
  'https://addons.mozilla.org',
];

/**
 * Returns the message for a page the reader cannot run on, judged from its URL alone,
 * or null when the URL is unknown or looks readable (the attempt then decides).
 */
export function restrictionForUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return restrictionMessage('browser');
  if (STORE_PREFIXES.some((prefix) => url.startsWith(prefix))) return restrictionMessage('browser');
  return null;
}

/**
 * Returns the message for a tab the reader cannot run on, judged before trying: a tab without an
 * id, or a URL the browser forbids. Null when it may be tried.
 */
export function restrictionForTab(tab: { id?: number; url?: string } | undefined): string | null {
  return tab?.id === undefined ? restrictionMessage('unknown') : restrictionForUrl(tab.url);
}

/** Returns the message for a failed injection (its URL already passed `restrictionForUrl`), from the browser's error. */
export function restrictionForError(url: string | undefined, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (url?.startsWith('file:') || /file:\/\//.test(text)) return restrictionMessage('file');
  if (/cannot be scripted|cannot access a chrome|extensions gallery|chrome:\/\//i.test(text)) {
    return restrictionMessage('browser');
  }
  // The click gave access to the tab, yet its address stays hidden: a page the browser keeps to
  // itself (view-source:).
  if (url === undefined && /cannot access contents of the page/i.test(text)) return restrictionMessage('browser');
  return restrictionMessage('unknown');
}
