import { JSDOM, VirtualConsole } from 'jsdom';

/** jsdom with no page scripts, no loading, and nothing printed: pages' console noise is not ours. */
function quietDom(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/**
 * Parses a saved page the way the extension sees it: a Document with a window, scripts not run,
 * nothing loaded. Throws when `url` is not a valid URL.
 */
export function parseHtml(html: string, url: string): Document {
  try {
    return quietDom(html, url).window.document;
  } catch (error) {
    // jsdom's CSS parser throws on some real stylesheets (cssstyle, e.g. `border: inherit` shorthands).
    // Extraction never reads stylesheets, so the page is parsed again without its <style> elements.
    if (!(error instanceof TypeError)) throw error;
    const { DOMParser } = quietDom('', url).window;
    const inert = new DOMParser().parseFromString(html, 'text/html');
    for (const style of inert.querySelectorAll('style')) style.remove();
    return quietDom(`<!DOCTYPE html>${inert.documentElement.outerHTML}`, url).window.document;
  }
}
