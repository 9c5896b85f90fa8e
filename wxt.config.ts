import { execFileSync } from 'node:child_process';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The extension pages (reader, popup) and the service worker run only the bundled files: no inline
 * script, no eval, no remote code, no plugins, no forms, no frames, no requests elsewhere. All else
 * comes from the extension itself (styles are files, fonts are bundled; the reader sets its theme
 * through the CSSOM, which a style policy does not block) except an article's images: they load
 * from its site, or, once kept with a saved article, are fetched from there when it is saved
 * (connect-src, used only with the person's host permission) and shown from Blobs (blob:).
 * `wxt` in dev mode serves the pages' code from localhost (and adds it to script-src).
 */
function extensionPagesCsp(command: 'build' | 'serve'): string {
  const own = command === 'serve' ? "'self' http://localhost:* ws://localhost:*" : "'self'";
  return [
    `default-src ${own}`,
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "img-src 'self' blob: https: http:",
    "connect-src 'self' https: http:",
  ].join('; ');
}

/**
 * What git does not track here, as globs: a developer's scratch files, caches, screenshots. The sources
 * zip holds the repository and nothing else. Empty outside a git checkout (an unpacked sources zip).
 */
function untrackedPaths(): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '--others', '--directory', '-z'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return listed
      .split('\0')
      .filter(Boolean)
      .map((path) => (path.endsWith('/') ? `${path}**` : path));
  } catch {
    return [];
  }
}

// Explicit imports everywhere: a reader of any file sees where each name comes from.
export default defineConfig({
  imports: false,
  // The UI's words in locales/*.json, shipped as _locales/ for browser.i18n.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Nothing runs on a page until the user asks: activeTab + scripting, no host permissions.
    // storage keeps the reader's settings (the library is IndexedDB, which needs no permission).
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for one site at a time, when the person asks for it: "Open articles on this site in the
    // reader" needs that site, and keeping images with saved articles needs their hosts. Declined,
    // everything else works as before.
    optional_host_permissions: ['*://*/*'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_toggleReaderCommand__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    web_accessible_resources: [
      // Chrome hides the extension's id from pages with a per-session URL; Firefox has no such key
      // (its extension URLs are random per install already).
      { resources: ['reader.html'], matches: ['<all_urls>'], ...(browser !== 'firefox' && { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox needs an id for MV3, and a statement that nothing is collected. That statement is
        // read from Firefox 140 (Android 142); declaring those minimums also makes `web-ext lint`
        // check every manifest key against them.
        gecko: {
          id: 'lucid-reader@lucidreader.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // The Firefox sources zip (for add-on review) already leaves out dot folders, node_modules and
  // .output; the test run's screenshots and logs are not sources either.
  zip: { excludeSources: ['artifacts/**', '**/*.log', ...untrackedPaths()] },
});
