import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-ext-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-700.css';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-700.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Reader } from '@/components/reader/Reader';
import type { PageRules } from '@/components/reader/useBlockRemoval';
import { isAlwaysOpen, turnOffAlwaysOpen, turnOnAlwaysOpen } from '@/utils/extension/always-open';
import { listenForImagesProgress } from '@/utils/extension/images-progress';
import { backgroundClient, libraryThroughMessages } from '@/utils/extension/message-client';
import type { ArticleReply, Message } from '@/utils/extension/messages';
import { recordExtraction } from '@/utils/open-stages';
import { loadSettings } from '@/utils/settings/settings-store';
import { imageKeeping } from './image-keeping';

// Async: once the extension is updated under this page, sendMessage throws at once; a rejection
// reaches the callers' handling instead.
async function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * The reader over a web page: the article comes from the page, the library through the background.
 * The article is asked for at once, while the reader draws itself: the first request is that one.
 */
function overPage() {
  const background = backgroundClient(send);
  async function ask(force: boolean): Promise<ArticleReply> {
    const reply = await background['get-article']({ force });
    if (!reply) throw new Error('No answer from the extension');
    if ('timing' in reply && reply.timing) recordExtraction(reply.timing);
    // The article crossed from a web page's process: the Reader sanitizes it again before showing it.
    return reply;
  }
  let first: Promise<ArticleReply> | undefined = ask(false);
  // Nobody waits on it before the Reader asks: its failure is handled there.
  first.catch(() => {});
  return {
    loadArticle(force: boolean): Promise<ArticleReply> {
      const asked = !force && first ? first : ask(force);
      first = undefined;
      return asked;
    },
    // Unanswered only when the extension is gone: the page then puts its update notice here.
    onClose: () => void background['close-reader']({}).catch(() => {}),
    library: libraryThroughMessages(send),
    pageRules: {
      remove: (block) => background['remove-block'](block),
      forget: (selector) => background['forget-removal']({ selector }),
      chooseContent: () => background['choose-content']({}),
      // Firefox gives an extension page framed in a web page neither `permissions` nor `scripting`.
      alwaysOpen:
        browser.permissions && browser.scripting
          ? { isOn: isAlwaysOpen, turnOn: turnOnAlwaysOpen, turnOff: turnOffAlwaysOpen }
          : undefined,
      openRules: () => void browser.runtime.openOptionsPage(),
    } satisfies PageRules,
    images: imageKeeping(listenForImagesProgress),
  };
}

async function start() {
  const params = new URLSearchParams(location.search);
  const articleId = params.get('article');
  const { loadArticle, onClose, library, pageRules, images } = articleId
    ? // The database code loads only here: over a page, the library is reached through the background.
      { ...(await import('./saved-article')).savedArticle(articleId), pageRules: undefined }
    : overPage();
  // The page stays hidden (index.html) until the reader has put the chosen theme and type on it
  // (during `render`): no flash of others.
  render(
    <Reader
      loadArticle={loadArticle}
      onClose={onClose}
      library={library}
      settings={await loadSettings()}
      locale={navigator.language}
      startAt={params.get('highlight') ?? undefined}
      pageRules={pageRules}
      images={images}
    />,
    document.getElementById('app')!,
  );
  document.documentElement.removeAttribute('data-loading');
}

void start();
