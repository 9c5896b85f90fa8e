import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Reader } from '@/components/Reader';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize-html';
import type { ArticleReply, Message } from '@/utils/messages';
import { libraryThroughMessages } from '@/utils/reader-library';

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

render(
  <Reader loadArticle={loadArticle} onClose={close} library={libraryThroughMessages(send)} locale={navigator.language} />,
  document.getElementById('app')!,
);
