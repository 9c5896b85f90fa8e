// @vitest-environment jsdom
// A stored record tampered with raw HTML (another extension's bug, a hand-edited backup): whatever
// article the reader is given, it shows only what the sanitizer lets through.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { Reader } from '@/components/reader/Reader';
import type { Article } from '@/utils/extract/article';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { freshLibrary, sampleArticle } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { useRenderRoot } from '../support/render-root';
import { elementFacts, invariantViolations } from './article-invariants';
import { hostileCorpus } from './hostile-corpus';
import { PWN, SENTINEL } from './hostile-input';

const root = useRenderRoot();

/** Every body input of the corpus, raw, in one record (nesting kept shallow: jsdom is slow with depth). */
const tampered: Article = {
  ...sampleArticle,
  title: `<img src=x onerror=${PWN}>Tampered`,
  byline: `<b onclick="${PWN}">Mallory</b>`,
  siteName: '<script>window.__pwned=1</script>Site',
  html: hostileCorpus(50)
    .flatMap((category) => category.inputs.map((input) => input.body ?? ''))
    .join('\n'),
};

it('shows a tampered record sanitized: no script, handler, frame, form, style or unsafe address', async () => {
  await act(async () => {
    render(
      <Reader
        loadArticle={async () => ({ ok: true, readerable: true, article: tampered })}
        onClose={() => {}}
        settings={DEFAULT_SETTINGS}
        library={readerLibrary(freshLibrary())}
        locale="en-GB"
      />,
      root(),
    );
  });
  await vi.waitFor(() => expect(root().querySelector('article')).not.toBeNull());
  const shown = root().querySelector('article')!;
  expect(shown.querySelector('.article-body')!.childElementCount).toBeGreaterThan(0);
  expect(invariantViolations(elementFacts(shown))).toEqual([]);
  expect(shown.querySelector('h1')!.textContent).toBe(tampered.title);
  expect(shown.querySelector('.byline')!.textContent).toBe(tampered.byline);
  expect(Reflect.get(window, SENTINEL)).toBeUndefined();
});
