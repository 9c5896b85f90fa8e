import { proseParagraphs, totalLength } from './prose';

/** Readability's pick is whole when it holds this share of the page's prose. */
const WHOLE_SHARE = 0.5;
/** The article is the smallest container of the pick that holds this share of the page's prose. */
const ARTICLE_SHARE = 0.8;
/** Widening must gain this much: else the pick is the article and the rest its page's furniture. */
const MIN_GAIN = 1.5;
/** An article split into sections has at least this many (the pick's included). */
const MIN_SECTIONS = 3;
/** A block outside the pick with this share of the page's prose, and this many times the pick's, dwarfs it. */
const DWARFING_SHARE = 0.75;
const DWARFING_GAIN = 3;

/**
 * The prose of a page readied for Readability, read before Readability takes that page apart: each
 * paragraph's text and length with the elements around it, from its block up to the body's child.
 */
export interface PageProse {
  total: number;
  paragraphs: { text: string; length: number; around: Element[] }[];
}

export function pageProse(doc: Document): PageProse {
  const body = doc.body;
  if (!body) return { total: 0, paragraphs: [] };
  const paragraphs = proseParagraphs(body).map(({ block, length, text }) => {
    const around: Element[] = [];
    for (let up: Element | null = block; up && up !== body; up = up.parentElement) around.push(up);
    return { text, length, around };
  });
  return { total: totalLength(paragraphs), paragraphs };
}

/**
 * The whole article when Readability picked one section of it. Page builders and documentation tools
 * split an article into sections, each nested in wrappers of its own, and Readability, which credits
 * a container only with the paragraphs a few levels below it, returns the biggest section.
 * `pick` is Readability's content; `page` the prose of the readied page it came from, read before
 * Readability ran; `prepare` readies that page again, as Readability took the first one apart, and is
 * called only once `page` shows that the article is larger than the pick.
 * Returns the smallest element of that page around the pick's paragraphs that holds most of the
 * page's prose, when several of its children hold prose (a page of sections, not one article beside
 * a big call-to-action box). Null when the pick is the article.
 */
export function findSplitArticle(pick: Element, page: PageProse, prepare: () => Document): Element | null {
  const pickParagraphs = proseParagraphs(pick);
  const picked = totalLength(pickParagraphs);
  if (picked === 0) return null;
  const pickedTexts = new Set(pickParagraphs.map(({ text }) => text));
  if (!articleAround(page, pickedTexts, picked)) return null;
  return articleAround(pageProse(prepare()), pickedTexts, picked);
}

/** The container of the paragraphs whose texts are `pickedTexts` that is the whole article, or null. */
function articleAround(page: PageProse, pickedTexts: Set<string>, picked: number): Element | null {
  const { total, paragraphs } = page;
  if (picked >= total * WHOLE_SHARE) return null;
  const lengths = new Map<Element, number>();
  const parents = new Map<Element, Element>();
  let origin: Element[] | null = null;
  for (const { text, length, around } of paragraphs) {
    for (const [i, up] of around.entries()) {
      lengths.set(up, (lengths.get(up) ?? 0) + length);
      if (i + 1 < around.length) parents.set(up, around[i + 1]!);
    }
    if (pickedTexts.has(text)) origin = origin ? shared(origin, around) : around;
  }
  for (const up of origin ?? []) {
    const length = lengths.get(up) ?? 0;
    if (length < total * ARTICLE_SHARE) continue;
    if (length < picked * MIN_GAIN) return null;
    return isSectioned(up, origin!, picked, lengths, parents) ? up : null;
  }
  return null;
}

/**
 * True when `container` is an article's sections: at least MIN_SECTIONS of its children hold prose,
 * and no block outside the pick's dwarfs both the rest and the pick. Readability scores by paragraphs,
 * so when it left out the block that says most of the page, it judged that block as something
 * else: a slideshow of other stories, a listing. `origin` is the pick's paragraphs' common container
 * and those around it; `parents` maps each element that holds prose to its parent.
 */
function isSectioned(
  container: Element,
  origin: Element[],
  picked: number,
  lengths: Map<Element, number>,
  parents: Map<Element, Element>,
): boolean {
  const total = lengths.get(container) ?? 0;
  let sections = 0;
  for (const [child, length] of lengths) {
    if (parents.get(child) !== container) continue;
    if (length > total * DWARFING_SHARE && length > picked * DWARFING_GAIN && !origin.includes(child)) return false;
    sections++;
  }
  return sections >= MIN_SECTIONS;
}

/** The elements around both `a` and `b` (each listed from the innermost out), innermost first. */
function shared(a: Element[], b: Element[]): Element[] {
  const inB = new Set(b);
  const i = a.findIndex((el) => inB.has(el));
  return i < 0 ? [] : a.slice(i);
}
