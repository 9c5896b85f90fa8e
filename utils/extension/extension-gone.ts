import { browser } from 'wxt/browser';

/**
 * True while the extension that injected this content script is still loaded. Once it is updated,
 * reloaded or removed, the script is orphaned: `runtime.id` is undefined and extension calls throw.
 */
export function isExtensionLoaded(): boolean {
  return browser.runtime?.id !== undefined;
}

/**
 * Calls `onGone` once, soon after the extension goes away under this content script. Polled:
 * the browser tells an orphaned script nothing else reliable (a port to the service worker also
 * drops whenever the idle worker is stopped). Returns a function that stops watching.
 */
export function whenExtensionGone(onGone: () => void, intervalMs = 250): () => void {
  const timer = setInterval(() => {
    if (isExtensionLoaded()) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  return () => clearInterval(timer);
}
