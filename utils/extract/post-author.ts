import { elementsIn } from './elements-in';
import { normalizeSpace, shortText } from './normalize-space';

/** A name as a post signs it: a few words, never a sentence. */
const MAX_NAME_CHARS = 40;
/** A label's text worth reading as a name: a signature's dash and space before one. */
const MAX_LABEL_CHARS = MAX_NAME_CHARS + 2;
const MAX_NAME_WORDS = 4;
/** Class words forum engines give the element that names a post's author ("username", "post-author"). */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|username|user-?name|poster|user)(?:$|[\s_-])/i;

function asName(text: string | null | undefined): string | null {
  // A comment's signature leads with a dash ("– Ana"): the dash is not part of the name.
  const name = normalizeSpace(text ?? '').replace(/^[–—-]\s*/, '');
  return name && name.length <= MAX_NAME_CHARS && name.split(' ').length <= MAX_NAME_WORDS ? name : null;
}

/**
 * Who wrote `post` (a thread's opening post), as the post itself says: its schema.org author's name,
 * else the first short label named for its author ("username", "post-author"), else the author the
 * post's box carries as data. Null when it names no one.
 */
export function postAuthor(post: Element): string | null {
  const elements = elementsIn(post);
  const declared = elements.find((el) => /\bauthor\b/.test(el.getAttribute('itemprop') ?? ''));
  if (declared) {
    const name = [declared, ...elementsIn(declared)].find((el) => el.getAttribute('itemprop') === 'name');
    const found = asName(name?.getAttribute('content') ?? shortText(name ?? declared, MAX_LABEL_CHARS));
    if (found) return found;
  }
  for (const el of elements) {
    if (!AUTHOR_CLASS.test(el.getAttribute('class') ?? '')) continue;
    // A wrapper named for its user ("user-content") holds the whole post: its text is not read.
    const found = asName(shortText(el, MAX_LABEL_CHARS));
    if (found) return found;
  }
  return asName(post.getAttribute('data-author'));
}
