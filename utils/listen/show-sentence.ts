import { rangeOfOffsets } from '@/utils/highlights/text-offsets';
import type { Sentence } from './split-sentences';

/** The CSS highlight the spoken sentence is painted with: `::highlight(lucid-listening)`. */
export const LISTENING_HIGHLIGHT = 'lucid-listening';

/** The band of the window, as parts of its height, where the spoken sentence may stay unscrolled. */
const CALM_TOP = 0.15;
const CALM_BOTTOM = 0.7;

// Firefox before 140 has no CSS Custom Highlight API: the sentence is then followed but not painted.
function hasHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Paints the spoken sentence with a CSS highlight (which changes no DOM, so highlights' text
 * offsets stay valid) and, when it has left the middle of the window, scrolls it to the centre,
 * smoothly unless the reader prefers reduced motion. Does nothing when `root` no longer has the
 * sentence's text.
 */
export function showSentence(root: HTMLElement, sentence: Sentence): void {
  const range = rangeOfOffsets(root, sentence.start, sentence.end);
  if (!range) return;
  if (hasHighlights()) CSS.highlights.set(LISTENING_HIGHLIGHT, new Highlight(range));
  const win = root.ownerDocument.defaultView!;
  const rect = range.getBoundingClientRect();
  const height = win.innerHeight;
  if (rect.top >= height * CALM_TOP && rect.bottom <= height * CALM_BOTTOM) return;
  const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The reader scrolls its window, not an inner box.
  win.scrollBy({ top: rect.top + rect.height / 2 - height / 2, behavior: still ? 'instant' : 'smooth' });
}

/** Takes the spoken sentence's highlight away. */
export function hideSentence(): void {
  if (hasHighlights()) CSS.highlights.delete(LISTENING_HIGHLIGHT);
}
