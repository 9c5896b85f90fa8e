// The header of a thread names who opened it, however the forum engine marks the name up.
import { describe, expect, it } from 'vitest';
import { postAuthor } from '@/utils/extract/post-author';
import { useParsedDocuments } from '../support/parsed-documents';

const parse = useParsedDocuments();

function post(html: string, attributes = ''): Element {
  const doc = parse(
    `<!DOCTYPE html><html><body><div class="post"${attributes}>${html}</div></body></html>`,
    'https://boats.example/t/9',
  );
  return doc.querySelector('.post')!;
}

const SAID = '<div class="body">Has anyone fitted a wood stove in a narrowboat with a steel chimney collar?</div>';

describe("a post's author", () => {
  it('is the name its schema.org author declares', () => {
    const signed = post(
      `<span itemprop="author" itemscope><meta itemprop="name" content="Canal Cat"><a href="/u/7">Canal Cat (moderator)</a></span>${SAID}`,
    );
    expect(postAuthor(signed)).toBe('Canal Cat');
  });

  it("is the label named for the author, the first one with a name's length", () => {
    const signed = post(
      `<div class="post-author"><a class="username" href="/u/lockkeeper">lockkeeper</a></div>${SAID}`,
    );
    expect(postAuthor(signed)).toBe('lockkeeper');
  });

  it('is a name without the dash a signature leads with', () => {
    expect(postAuthor(post(`${SAID}<span class="comment-user">– lockkeeper</span>`))).toBe('lockkeeper');
  });

  it('is the author the post box carries as data when nothing in it is labelled', () => {
    expect(postAuthor(post(SAID, ' data-author="towpath_tom"'))).toBe('towpath_tom');
  });

  it('is no one when the only label named for the author says a sentence', () => {
    const long = post(
      `<p class="author-note">The author of this post asked us to keep it open for replies.</p>${SAID}`,
    );
    expect(postAuthor(long)).toBeNull();
  });
});
