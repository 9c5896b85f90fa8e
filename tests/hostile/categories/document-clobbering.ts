import type { HostileCategory, HostileInput } from '../hostile-input';

/**
 * Names that shadow the properties of the page's own document or form while extraction reads it.
 * Chromium's documents expose named <img>/<embed>/<form> as properties over the built-in ones
 * (jsdom's do not): extraction must read through them (utils/extract/unclobbered.ts).
 */

const inputs: HostileInput[] = [
  { name: 'form named body', body: '<form name="body"><p>A form named after the document body.</p></form>' },
  { name: 'name defaultView', body: '<img name="defaultView" src="/img/photo.jpg" alt="photo">' },
  { name: 'name title and URL', body: '<img name="title" src="/img/photo.jpg" alt="t"><embed name="URL" src="/x">' },
  { name: 'name getElementsByTagName', body: '<img name="getElementsByTagName" src="/img/photo.jpg" alt="g">' },
  {
    name: 'name createElement and querySelectorAll',
    body: '<img name="createElement" src="/img/photo.jpg" alt="c"><img name="querySelectorAll" src="/img/photo.jpg" alt="q">',
  },
  {
    name: 'form clobbering getAttribute',
    body: '<form id="f"><input name="getAttribute"><input name="hasAttribute"><p>Clobbered getters.</p></form>',
  },
];

export const documentClobbering: HostileCategory = {
  slug: 'document-clobbering',
  inputs,
};
