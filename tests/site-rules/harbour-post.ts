import { readFileSync } from 'node:fs';

/** The sample site's folder: two articles and a home page of one template (served by the e2e tests too). */
export const HARBOUR_POST_DIR = new URL('./harbour-post/', import.meta.url).pathname;
export const HARBOUR_POST_ORIGIN = 'https://harbourpost.example';

/** A page of the sample site: its HTML and the address it is read at. */
export function harbourPage(slug: 'ferry-returns' | 'bridge-repairs' | 'home'): { html: string; url: string } {
  return {
    html: readFileSync(`${HARBOUR_POST_DIR}${slug}/source.html`, 'utf8'),
    url: `${HARBOUR_POST_ORIGIN}/${slug}/`,
  };
}

/** A sentence of the tide-times box both articles carry, in different places. */
export const TIDES = 'Tides at Quay Street this week';
/** The line above each article's body, inside the story but outside its body. */
export const STANDFIRST = {
  'ferry-returns': 'After three winters without it',
  'bridge-repairs': 'The old swing bridge',
};
