import { offsetsOfRange } from '@/utils/highlights/text-offsets';
import type { Sentence } from './split-sentences';

/** The first sentence of the block that sentence `index` is in. */
function blockStart(sentences: readonly Sentence[], index: number): number {
  let first = index;
  while (first > 0 && sentences[first - 1]!.block === sentences[index]!.block) first--;
  return first;
}

/** The sentence at or after `offset` in the root's text; -1 when none is. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return sentences.findIndex((sentence) => sentence.end > offset);
}

/** The first sentence in a block of which at least half, or the top, is on screen; -1 when none is. */
function firstOnScreen(sentences: readonly Sentence[], viewHeight: number): number {
  const seen = new Map<Element, boolean>();
  return sentences.findIndex(({ block }) => {
    if (!seen.has(block)) {
      const rect = block.getBoundingClientRect();
      seen.set(block, rect.top + rect.height / 2 >= 0 && rect.top < viewHeight);
    }
    return seen.get(block);
  });
}

/**
 * Where reading aloud starts: at the paragraph holding the start of the selection when text of
 * `root` is selected, else at the first paragraph on screen, else at the beginning (0).
 */
export function startingSentence(sentences: readonly Sentence[], root: HTMLElement): number {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  // A collapsed selection is a caret nobody sees in a page that cannot be edited: ignored.
  const selected =
    selection && selection.rangeCount > 0 && !selection.isCollapsed
      ? offsetsOfRange(root, selection.getRangeAt(0))
      : null;
  const fromSelection = selected ? sentenceAt(sentences, selected.start) : -1;
  if (fromSelection >= 0) return blockStart(sentences, fromSelection);
  const fromScreen = firstOnScreen(sentences, doc.defaultView?.innerHeight ?? 0);
  return fromScreen >= 0 ? blockStart(sentences, fromScreen) : 0;
}
