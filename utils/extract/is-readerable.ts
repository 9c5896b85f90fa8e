import { isProbablyReaderable } from '@mozilla/readability';

/** Inline `display: none` / `hidden` / `aria-hidden`: read from attributes, so no CSS is parsed. */
function isVisible(node: Node): boolean {
  const el = node as Element;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !el.getAttribute('class')?.includes('fallback-image')) return false;
  return !/display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/**
 * True when `doc` looks like an article (Readability's own quick test: enough visible paragraphs of
 * prose outside unlikely regions). Read-only. False for home pages, indexes and apps.
 */
export function isReaderable(doc: Document): boolean {
  return isProbablyReaderable(doc, { visibilityChecker: isVisible });
}
