import type { HostileCategory, HostileInput } from '../hostile-input';

/**
 * Names that shadow the properties of the page's own document or form while extraction reads it.
 * Chromium's documents expose named <img>/<embed>/<form> as properties over the built-in ones
 * (jsdom's do not): `document.defaultView` becomes an <img>, extraction throws, and the reader says
 * it went wrong. A page can only refuse the reader on itself this way; nothing runs or leaks.
 */
const BUG = 'a named element shadows a document or form property extraction reads (Chromium only)';

const inputs: HostileInput[] = [
  { name: 'name defaultView', body: '<img name="defaultView" src="/img/photo.jpg" alt="photo">' },
  { name: 'name title and URL', body: '<img name="title" src="/img/photo.jpg" alt="t"><embed name="URL" src="/x">' },
  { name: 'name getElementsByTagName', body: '<img name="getElementsByTagName" src="/img/photo.jpg" alt="g">' },
  { name: 'name createElement and querySelectorAll', body: '<img name="createElement" src="/img/photo.jpg" alt="c"><img name="querySelectorAll" src="/img/photo.jpg" alt="q">' },
  { name: 'form clobbering getAttribute', body: '<form id="f"><input name="getAttribute"><input name="hasAttribute"><p>Clobbered getters.</p></form>' },
];

export const documentClobbering: HostileCategory = {
  slug: 'document-clobbering',
  inputs: inputs.map((input) => ({ ...input, knownIssue: BUG })),
};
