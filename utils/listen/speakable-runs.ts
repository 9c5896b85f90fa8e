/** A stretch of one block's text read in one go: no line break and no skipped text inside it. */
export interface SpeakableRun {
  block: Element;
  /** Where `text` starts in the root's textContent. */
  start: number;
  text: string;
}

/** Elements whose own text is one unit of reading; the innermost one owns a text node. */
const BLOCKS =
  'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, td, th, summary, ' +
  'div, section, article, aside, header, footer, details, figure, main';
/** Text not read aloud: code blocks, scripts, hidden and non-text content. */
const UNSPOKEN =
  'pre, script, style, noscript, template, svg, math, textarea, select, button, [hidden], [aria-hidden="true"]';

// NodeFilter's and Node's numbers: the same code runs where those globals are missing (Node tests).
const SHOW_ELEMENT_AND_TEXT = 1 | 4;
const TEXT_NODE = 3;

/**
 * The runs of text under `root` to read aloud, in document order, each with the block that holds
 * it and where it starts in `root.textContent` (the offsets highlights use). A `<br>`, a nested
 * block or skipped text ends a run. Returns [] when there is nothing to read.
 */
export function speakableRuns(root: Element): SpeakableRun[] {
  const runs: SpeakableRun[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let run = null as SpeakableRun | null;
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) {
      if ((node as Element).localName === 'br') run = null;
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement!;
    const skipped = parent.closest(UNSPOKEN);
    const block = parent.closest(BLOCKS);
    const owner = block && root.contains(block) ? block : root;
    if (skipped && root.contains(skipped)) run = null;
    else if (run?.block === owner) run.text += text.data;
    else {
      run = { block: owner, start: at, text: text.data };
      runs.push(run);
    }
    at += text.data.length;
  }
  return runs;
}
