/** Why the reader cannot run on a page, in one sentence a person understands. */
export const RESTRICTED_MESSAGES = {
  browser: "Your browser doesn't let extensions read its own pages or the extension store, so the reader can't open here.",
  pdf: "This is a PDF in the browser's viewer; the reader opens web pages, not PDFs.",
  file: 'To read files on this computer, turn on "Allow access to file URLs" for Lucid Reader on the browser\'s extensions page.',
  unknown: "The browser didn't let Lucid Reader read this page. Reload the page and try again.",
} as const;

const BROWSER_SCHEMES = [
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'devtools:', 'edge:', 'brave:',
  'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'view-source:', 'data:', 'javascript:',
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
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return RESTRICTED_MESSAGES.browser;
  if (STORE_PREFIXES.some((prefix) => url.startsWith(prefix))) return RESTRICTED_MESSAGES.browser;
  return null;
}

/** Returns the message for a failed injection, from the URL when it tells, else from the browser's error. */
export function restrictionForError(url: string | undefined, error: unknown): string {
  const byUrl = restrictionForUrl(url);
  if (byUrl) return byUrl;
  const text = error instanceof Error ? error.message : String(error);
  if (url?.startsWith('file:') || /file:\/\//.test(text)) return RESTRICTED_MESSAGES.file;
  if (/cannot be scripted|cannot access a chrome|extensions gallery|chrome:\/\//i.test(text)) {
    return RESTRICTED_MESSAGES.browser;
  }
  return RESTRICTED_MESSAGES.unknown;
}
