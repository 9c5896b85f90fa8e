import { normalizeSpace } from './normalize-space';

/** A block with at least this many characters outside links is a paragraph of prose. */
export const PROSE_PARAGRAPH = 100;

/** Blocks of text: the text nodes of one of these, outside links, make one paragraph of it. */
const TEXT_BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'DD',
  'TD',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'FIGCAPTION',
  'PRE',
  'BODY',
]);
/** Text inside these is not prose a reader reads: code, scripts, link and button labels. */
const NOT_PROSE = new Set(['A', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'LABEL']);

/**
 * The block whose paragraph `text` is part of, or null for text a reader does not read as prose (a
 * link's or button's label, a script). Blocks, not <p> elements, because many sites set their
 * articles' paragraphs as text in <div>s separated by <br>.
 */
export function proseBlockOf(text: Node): Element | null {
  let block = text.parentElement;
  while (block && !TEXT_BLOCKS.has(block.tagName) && !NOT_PROSE.has(block.tagName)) block = block.parentElement;
  return block && !NOT_PROSE.has(block.tagName) ? block : null;
}

/** Text other than spaces (`\s` takes in non-breaking ones, as normalizeSpace collapses them). */
const HAS_TEXT = /\S/;
/** Characters that are syntax in code and rare in writing. */
const CODE_MARKS = /[{}();=<>&|[\]$\\]/g;
/** Prose uses a bracket or an ampersand now and then; script or markup shown as text is full of them. */
const MAX_CODE_SHARE = 0.04;

/** A block of prose: its element, its prose characters (spaces collapsed) and that text, links left out. */
export interface ProseParagraph {
  block: Element;
  length: number;
  text: string;
}

/**
 * The blocks of `root` that hold a paragraph's worth of prose (`minLength` characters), in the order
 * their text begins. A block whose text reads as code (a gallery's script or a template printed as
 * text) is not prose.
 */
export function proseParagraphs(root: Element, minLength = PROSE_PARAGRAPH): ProseParagraph[] {
  const blocks = new Map<Element, { parts: string[]; marks: number }>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!HAS_TEXT.test(text)) continue;
    const block = proseBlockOf(node);
    if (!block) continue;
    const counted = blocks.get(block) ?? { parts: [], marks: 0 };
    counted.parts.push(text);
    counted.marks += text.match(CODE_MARKS)?.length ?? 0;
    blocks.set(block, counted);
  }
  const prose: ProseParagraph[] = [];
  for (const [block, { parts, marks }] of blocks) {
    // Collapsed once for the block: the same text as its parts collapsed one by one and joined by
    // spaces; the length counts the parts' characters, not the spaces joining them.
    const text = normalizeSpace(parts.join(' '));
    const length = text.length - (parts.length - 1);
    if (length >= minLength && marks <= length * MAX_CODE_SHARE) prose.push({ block, length, text });
  }
  return prose;
}

/** Prose characters in `paragraphs`. */
export function totalLength(paragraphs: readonly { length: number }[]): number {
  let total = 0;
  for (const { length } of paragraphs) total += length;
  return total;
}
