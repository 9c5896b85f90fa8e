import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-ext-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-700.css';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-700.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Reader } from '@/components/Reader';
import type { ArticleReply, Message } from '@/utils/messages';
import { libraryThroughMessages } from '@/utils/reader-library';
import { loadSettings } from '@/utils/settings/settings-store';

function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

async function loadArticle(force: boolean): Promise<ArticleReply> {
  const reply = (await send({ type: 'get-article', force })) as ArticleReply | undefined;
  if (!reply) throw new Error('No answer from the extension');
  // The article crossed from a web page's process: the Reader sanitizes it again before showing it.
  return reply;
}

function close() {
  void send({ type: 'close-reader' });
}

async function start() {
  // The page stays hidden (index.html) until the reader has put the chosen theme and type on it
  // (during `render`): no flash of others.
  render(
    <Reader
      loadArticle={loadArticle}
      onClose={close}
      library={libraryThroughMessages(send)}
      settings={await loadSettings()}
      locale={navigator.language}
    />,
    document.getElementById('app')!,
  );
  document.documentElement.removeAttribute('data-loading');
}

void start();
