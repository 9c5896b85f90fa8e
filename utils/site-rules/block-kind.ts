import type { BlockKind } from './site-rules';

const KIND_OF_TAG: Record<string, BlockKind> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  ul: 'list',
  ol: 'list',
  dl: 'list',
  figure: 'figure',
  picture: 'figure',
  img: 'figure',
  table: 'table',
};

/** What kind of block `el` is, as the reader names it; anything that is none of the others is a box. */
export function blockKind(el: Element): BlockKind {
  return KIND_OF_TAG[el.localName] ?? 'box';
}
