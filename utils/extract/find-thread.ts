import { textLength } from '../site-rules/text-length';
import { TAXONOMY_CLASS } from './clutter-patterns';
import { elementsIn } from './elements-in';
import { normalizeSpace } from './normalize-space';

/**
 * Elements a forum engine wraps one post in. Not tables: a page laid out in tables has sibling tables
 * of one kind for its navigation and rules as well as for its posts.
 */
const POST_TAGS = new Set(['ARTICLE', 'DIV', 'LI', 'SECTION']);
/** Text inside these is not what a post says: link labels, buttons, code of scripts. */
const NOT_WRITTEN = new Set(['A', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'LABEL']);
/** A post says at least this much ("Thanks, that fixed it." and more). */
const MIN_POST_CHARS = 20;
/** The posts hold at least this share of what the page says outside links. */
const MIN_THREAD_SHARE = 0.5;
/**
 * The same share on a page that declares itself a discussion: there the rest is furniture (a cookie
 * dialog's long notice, sidebars of other threads), which can say more than a short thread.
 */
const MIN_DECLARED_THREAD_SHARE = 0.2;
/** No one post holds more than this share of the thread: else it is one article and its furniture. */
const MAX_POST_SHARE = 0.85;
/** Most posts of a thread say who wrote them (a deleted account's may not). */
const MIN_SIGNED_SHARE = 2 / 3;
/** The thread replaces Readability's pick when it says this much more. */
const MIN_GAIN = 1.25;

/**
 * Characters of text outside links under each element of `root` (and `root`), spaces ignored. Each
 * text counts for its parent, then each element's sum is added to its parent's, the innermost first:
 * one step for each text and each element, however deep the page nests. `elements` is `root` and
 * the elements under it, outer before inner, for a caller that walks them too.
 */
function writtenLengths(root: Element, elements = [root, ...elementsIn(root)]): Map<Element, number> {
  // Elements in or under one whose text is not written (a link): their text counts nowhere.
  const unwritten = new Set<Element>();
  for (const el of elements) {
    if (NOT_WRITTEN.has(el.tagName) || (el !== root && unwritten.has(el.parentElement!))) unwritten.add(el);
  }
  const lengths = new Map<Element, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (unwritten.has(parent)) continue;
    const length = textLength(node);
    if (length > 0) lengths.set(parent, (lengths.get(parent) ?? 0) + length);
  }
  for (let i = elements.length - 1; i > 0; i--) {
    const length = lengths.get(elements[i]!);
    if (length === undefined) continue;
    const parent = elements[i]!.parentElement!;
    lengths.set(parent, (lengths.get(parent) ?? 0) + length);
  }
  return lengths;
}

/** What a post says of who wrote it or when: an author's name, profile or avatar, a date. */
const SIGNED = /author|user|poster|member|creator|avatar|profile/i;

/** True when `post` names who wrote it or when, as every forum engine's and Q&A site's post does. */
function isSigned(post: Element): boolean {
  return elementsIn(post).some(
    (el) =>
      el.tagName === 'TIME' ||
      el.hasAttribute('datetime') ||
      SIGNED.test(
        `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`,
      ),
  );
}

/** Characters of text outside links under `el`, spaces ignored. */
function written(el: Element): number {
  return writtenLengths(el).get(el) ?? 0;
}

/**
 * A post by the page's own word (schema.org microdata: a Comment or an Answer, or the comment of the
 * item around it), whatever its tag: forums laid out in tables give each post a <tbody> of its own.
 */
function isDeclaredPost(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop') ?? '';
  return (
    /\b(?:comment|suggestedAnswer|acceptedAnswer)\b/.test(itemprop) ||
    /\/(?:Comment|Answer)$/.test(el.getAttribute('itemtype') ?? '')
  );
}

/** Tags whose elements, named or not, each hold one item of their kind. */
const ITEM_TAGS = new Set(['ARTICLE', 'LI']);
/**
 * An id made of a record's number in a database ("post12345", "edit_9876543"), and the name before
 * it. Sections a page numbers itself ("step-2") have short numbers.
 */
const RECORD_ID = /^(\D+?)[-_]?\d{3,}$/;

/**
 * Siblings that look alike: the same tag and the same first class name that says what they are, or
 * ids that number records of one kind, or microdata that declares them posts (forum engines that
 * give a post's box no class).
 * Null for an unnamed <div> or <section>: page layouts stack those whatever they hold.
 */
function kindOf(el: Element): string | null {
  const named = (el.getAttribute('class') ?? '').split(/\s+/).find((name) => name && !TAXONOMY_CLASS.test(name));
  if (named || ITEM_TAGS.has(el.tagName)) return `${el.tagName}.${named ?? ''}`;
  if (isDeclaredPost(el)) return `${el.tagName}[${el.getAttribute('itemtype') ?? el.getAttribute('itemprop')}]`;
  const record = RECORD_ID.exec(el.id);
  return record ? `${el.tagName}#${record[1]}` : null;
}

/**
 * The posts of a discussion: sibling elements of one kind (a forum engine's post markup, a Q&A
 * site's answers), with the replies nested between them, most of them signed with an author or a
 * date, that together hold most of what `doc`'s body says (a fifth of it on a page that is
 * `declared` a discussion), none of them most of it alone.
 * Null for an article, however many comments follow it, when its text outweighs theirs. Read-only.
 */
export function findThread(doc: Document, declared = false): Element[] | null {
  const body = doc.body;
  if (!body) return null;
  const elements = [body, ...elementsIn(body)];
  const lengths = writtenLengths(body, elements);
  const total = lengths.get(body) ?? 0;
  if (total === 0) return null;
  const minLength = total * (declared ? MIN_DECLARED_THREAD_SHARE : MIN_THREAD_SHARE);

  let best: Element[] | null = null;
  let bestLength = 0;
  for (const parent of elements) {
    if ((lengths.get(parent) ?? 0) < minLength || parent.childElementCount < 2) continue;
    const kinds = new Map<string, Element[]>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (!(POST_TAGS.has(child.tagName) || isDeclaredPost(child)) || (lengths.get(child) ?? 0) < MIN_POST_CHARS)
        continue;
      const kind = kindOf(child);
      if (kind === null) continue;
      kinds.set(kind, [...(kinds.get(kind) ?? []), child]);
    }
    for (const posts of kinds.values()) {
      if (posts.length < 2) continue;
      const sizes = posts.map((post) => lengths.get(post) ?? 0);
      const length = sizes.reduce((sum, size) => sum + size, 0);
      if (length < minLength || Math.max(...sizes) > length * MAX_POST_SHARE) continue;
      // Page builders stack sections of one kind too; posts say who wrote them.
      if (posts.filter(isSigned).length < posts.length * MIN_SIGNED_SHARE) continue;
      if (length > bestLength || (length === bestLength && posts.length > (best?.length ?? 0))) {
        best = posts;
        bestLength = length;
      }
    }
  }
  if (!best) return null;
  const posts = withNestedReplies(best, lengths);
  const opening = openingPost(best[0]!, body, lengths);
  return opening ? [opening, ...posts] : posts;
}

/**
 * `posts` (siblings, in order) with the replies nested between them: a threaded forum puts the
 * replies to a post in a container of their own after it, a sibling of another kind, which holds
 * posts marked up as the others are (same tag, a class name in common).
 */
function withNestedReplies(posts: Element[], lengths: Map<Element, number>): Element[] {
  const like = posts[0]!;
  const names = new Set([...like.classList].filter((name) => !TAXONOMY_CLASS.test(name)));
  const isReply = (el: Element) =>
    el.tagName === like.tagName &&
    (lengths.get(el) ?? 0) >= MIN_POST_CHARS &&
    [...el.classList].some((name) => names.has(name));
  const isPost = new Set(posts);
  const last = posts.at(-1);
  const all: Element[] = [];
  for (let el: Element | null = like; el; el = el === last ? null : el.nextElementSibling) {
    if (isPost.has(el) || ((lengths.get(el) ?? 0) >= MIN_POST_CHARS && elementsIn(el).some(isReply))) all.push(el);
  }
  return all;
}

/** Above this share of its text in links, an element is navigation, not a post. */
const MAX_POST_LINK_SHARE = 0.5;

/**
 * The post that opens a thread whose replies are `firstReply` and its siblings, when the page sets
 * it apart (a Q&A site's question above its answers, a forum's first post in a box of its own): the
 * nearest element before the replies' container, or before one of its ancestors, that holds writing,
 * when that element is signed and not mostly links. Null when the nearest writing is something else.
 */
function openingPost(firstReply: Element, body: Element, lengths: Map<Element, number>): Element | null {
  // A forum laid out in a table declares its replies' row groups, and opens with a row group like theirs.
  const before = firstReply.previousElementSibling;
  const inTable = !POST_TAGS.has(firstReply.tagName);
  if (inTable && before?.tagName === firstReply.tagName && isOpening(before, lengths)) return before;
  for (let container = firstReply.parentElement; container && container !== body; container = container.parentElement) {
    for (let sibling = container.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const length = lengths.get(sibling) ?? 0;
      if (length < MIN_POST_CHARS) continue;
      return POST_TAGS.has(sibling.tagName) && isOpening(sibling, lengths) ? sibling : null;
    }
  }
  return null;
}

/** True when `el` holds writing, not mostly links, and is signed: it can be a thread's opening post. */
function isOpening(el: Element, lengths: Map<Element, number>): boolean {
  const length = lengths.get(el) ?? 0;
  return length >= MIN_POST_CHARS && length >= textLength(el) * (1 - MAX_POST_LINK_SHARE) && isSigned(el);
}

/** The first paragraph of `content` long enough to recognise it elsewhere, normalised; null if none. */
function sampleOf(content: Element): string | null {
  for (const el of elementsIn(content)) {
    if (el.tagName !== 'P' && el.tagName !== 'DIV') continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length >= 40 && el.getElementsByTagName('p').length === 0) return text.slice(0, 200);
  }
  return null;
}

/**
 * True when `posts` (copies of a thread's posts) should stand in for `content`, Readability's
 * pick: Readability took one post of the thread (its text is in one of them) and the thread says
 * clearly more. An article with a long discussion below keeps its article.
 */
export function threadOutweighs(posts: Element[], content: Element): boolean {
  const threadLength = posts.reduce((sum, post) => sum + written(post), 0);
  if (threadLength < written(content) * MIN_GAIN) return false;
  const sample = sampleOf(content);
  return sample !== null && posts.some((post) => normalizeSpace(post.textContent ?? '').includes(sample));
}
