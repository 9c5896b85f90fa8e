import { textLength } from '../site-rules/text-length';
import { elementsIn } from './elements-in';

/**
 * Share of `el`'s text that sits inside links, from 0 to 1. Returns 0 for an element without text.
 * Whitespace is ignored so that formatting between links does not dilute the share.
 */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let inLinks = 0;
  for (const a of elementsIn(el)) {
    if (a.tagName === 'A') inLinks += textLength(a);
  }
  if (el.tagName === 'A') inLinks = total;
  return Math.min(1, inLinks / total);
}
