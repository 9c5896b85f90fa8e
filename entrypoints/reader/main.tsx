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
import { sanitizeArticleHtml } from '@/utils/extract/sanitize-html';
import type { ArticleReply, Message } from '@/utils/messages';
import { libraryThroughMessages } from '@/utils/reader-library';
import { loadSettings } from '@/utils/settings/settings-store';
import { applySettings } from '@/utils/settings/themes';

function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

async function loadArticle(force: boolean): Promise<ArticleReply> {
  const reply = (await send({ type: 'get-article', force })) as ArticleReply | undefined;
  if (!reply) throw new Error('No answer from the extension');
  // The article crossed from a web page's process: sanitize again before it is shown here.
  if (reply.ok) reply.article.html = sanitizeArticleHtml(reply.article.html, window);
  return reply;
}

function close() {
  void send({ type: 'close-reader' });
}

async function start() {
  // The page stays hidden (index.html) until the chosen theme and type are on it: no flash of others.
  const settings = await loadSettings();
  applySettings(document, settings, window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.removeAttribute('data-loading');
  render(
    <Reader
      loadArticle={loadArticle}
      onClose={close}
      library={libraryThroughMessages(send)}
      settings={settings}
      locale={navigator.language}
    />,
    document.getElementById('app')!,
  );
}

void start();
