import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/extract/article';
import type { ArticleReply } from '@/utils/messages';
import { ArticleView } from './ArticleView';
import { NotArticleNotice } from './NotArticleNotice';
import { ReaderToolbar } from './ReaderToolbar';

interface Props {
  /** Asks for the page's article; `force` skips the "is this an article?" check. */
  loadArticle: (force: boolean) => Promise<ArticleReply>;
  onClose: () => void;
  locale?: string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'notice'; message: string; canForce: boolean };

const FAILED = 'Something went wrong while reading this page. Close the reader and try again.';

/** The reader over the page: loads the article, shows it or says why not, closes on Esc. */
export function Reader({ loadArticle, onClose, locale }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const main = useRef<HTMLElement>(null);

  function load(force: boolean) {
    setState({ kind: 'loading' });
    loadArticle(force).then(
      (reply) =>
        setState(
          reply.ok
            ? { kind: 'article', article: reply.article }
            : { kind: 'notice', message: reply.message, canForce: reply.reason === 'not-article' },
        ),
      () => setState({ kind: 'notice', message: FAILED, canForce: false }),
    );
  }

  useEffect(() => load(false), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  useEffect(() => {
    // Keyboard scrolling works at once, without a click into the text first.
    if (state.kind !== 'loading') main.current?.focus({ preventScroll: true });
    document.title = state.kind === 'article' ? state.article.title : 'Lucid Reader';
  }, [state]);

  return (
    <>
      <ReaderToolbar onClose={onClose} />
      <main ref={main} tabIndex={-1} aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p class="loading">Reading the page…</p>}
        {state.kind === 'article' && <ArticleView article={state.article} locale={locale} />}
        {state.kind === 'notice' && (
          <NotArticleNotice message={state.message} onShowAnyway={state.canForce ? () => load(true) : undefined} />
        )}
      </main>
    </>
  );
}
