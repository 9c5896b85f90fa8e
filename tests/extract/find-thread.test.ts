// A discussion shows all its posts, in order; an article followed by comments stays the article.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { findThread } from '@/utils/extract/find-thread';
import { parseHtml } from '../../scripts/parse-html';

const URL = 'https://forum.example/t/sourdough-starter-smells-of-nail-polish/4411';

const POSTS: [string, string][] = [
  [
    'breadhead',
    'My starter has smelled of nail polish remover for three days now. I feed it twice a day with equal weights of rye flour and water, and it sits on the kitchen counter at about twenty degrees. Is it ruined, or is this a phase that passes?',
  ],
  [
    'millstone',
    'That smell is acetone from hungry yeast. Feed it more often, or use a larger feed of one part starter to five parts flour and water, and it settles within a week.',
  ],
  ['breadhead', 'Thanks, the larger feed fixed it. It doubled in six hours this morning.'],
  ['crumbshot', 'Keep a spoonful in the fridge as a backup once it is healthy again.'],
];

function thread(): string {
  const posts = POSTS.map(
    ([author, text], i) => `<article class="message message--post" id="post-${i}">
      <div class="message-user"><h4 class="message-name"><a href="/u/${author}" class="username">${author}</a></h4></div>
      <div class="message-content"><div class="bbWrapper">${text}</div></div>
      <footer class="message-actions"><a href="#">Reply</a> <a href="#">Like</a></footer>
    </article>`,
  );
  return `<!DOCTYPE html><html lang="en"><head><title>Sourdough starter smells of nail polish | Bakers' Forum</title></head>
<body><header><nav><a href="/">Forums</a> <a href="/new">New posts</a></nav></header>
<main><h1>Sourdough starter smells of nail polish</h1><div class="block-body">${posts.join('')}</div></main>
<footer>© Bakers' Forum</footer></body></html>`;
}

/** A Q&A site's question or answer, signed as such sites sign them. */
function qaPost([author, said]: [string, string], kind: 'question' | 'answer'): string {
  const signed = `${kind === 'question' ? 'asked' : 'answered'} by <a href="/u/${author}">${author}</a>`;
  return `<div class="${kind}"><div class="post-body"><p>${said}</p></div><div class="user-info">${signed}</div></div>`;
}

/** A post signed with its author and its date, as most forum engines mark them up. */
function datedPost([author, said]: [string, string], day: number): string {
  return (
    `<article class="post post-${day}"><a class="username" href="/u/${author}">${author}</a>` +
    `<time datetime="2024-06-0${day}">Jun ${day}</time><div class="body">${said}</div></article>`
  );
}

/** A post of a forum laid out in a table: a row group, declared a comment except the opening post. */
function tablePost([author, said]: [string, string], i: number): string {
  return (
    `<tbody${i > 0 ? ' itemprop="comment" itemscope itemtype="https://schema.org/Comment"' : ''}>` +
    `<tr><td>${i > 0 ? 'Re: ' : ''}Sourdough starter smells of nail polish by <a class="user" href="/u/${author}">${author}</a></td></tr>` +
    `<tr><td><div class="narrow">${said}</div></td></tr></tbody>`
  );
}

describe('threads', () => {
  it('shows every post of a discussion, in order, with who wrote it', () => {
    const doc = parseHtml(thread(), URL);
    const outcome = extractArticle(doc, URL);
    doc.defaultView?.close();
    if (!outcome.ok) throw new Error(outcome.message);
    const { text } = outcome.article;
    const places = POSTS.map(([, said]) => text.indexOf(said));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual(places.toSorted((a, b) => a - b));
    expect(text).toContain('millstone');
    expect(text).not.toContain('New posts');
    // The header names who opened the thread, not the page's last or longest poster.
    expect(outcome.article.byline).toBe('breadhead');
  });

  it("opens a Q&A page's thread with its question, which the page sets apart from the answers", () => {
    const [question, ...answers] = POSTS;
    const html = `<!DOCTYPE html><html><head><title>Sourdough starter smells of nail polish</title></head><body>
      <nav><a href="/">Questions</a> <a href="/tags">Tags</a></nav><main><h1>Sourdough starter smells of nail polish</h1>
      ${qaPost(question!, 'question')}<div id="answers"><h2>3 Answers</h2>${answers.map((answer) => qaPost(answer, 'answer')).join('')}</div></main></body></html>`;
    const doc = parseHtml(html, URL);
    const outcome = extractArticle(doc, URL);
    doc.defaultView?.close();
    if (!outcome.ok) throw new Error(outcome.message);
    const places = POSTS.map(([, said]) => outcome.article.text.indexOf(said));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual(places.toSorted((a, b) => a - b));
  });

  it('keeps the replies a threaded forum nests under a post, in their place', () => {
    const [first, second, third, fourth] = POSTS;
    const doc = parseHtml(
      `<!DOCTYPE html><html><body><main><div class="thread">${datedPost(first!, 1)}${datedPost(second!, 2)}
      <div class="children-wrapper"><div class="children">${datedPost(third!, 3)}</div></div>${datedPost(fourth!, 4)}</div></main></body></html>`,
      URL,
    );
    const shown = (findThread(doc) ?? []).map((found) => found.textContent).join(' ');
    doc.defaultView?.close();
    const places = POSTS.map(([, said]) => shown.indexOf(said));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual(places.toSorted((a, b) => a - b));
  });

  it('finds posts whose boxes have no class, only ids that number them', () => {
    const posts = POSTS.map(
      ([author, said], i) =>
        `<div id="edit${4410 + i}"><div class="tpost"><a class="username" href="/u/${author}">${author}</a>` +
        `<div id="post_message_${4410 + i}">${said}</div></div></div>`,
    ).join('');
    const doc = parseHtml(`<!DOCTYPE html><html><body><div id="posts">${posts}</div></body></html>`, URL);
    expect(findThread(doc)).toHaveLength(POSTS.length);
    doc.defaultView?.close();
  });

  it('finds the posts of a forum laid out in a table, each a row group the page declares a comment', () => {
    const html =
      `<!DOCTYPE html><html><head><title>Sourdough starter smells of nail polish</title></head><body>` +
      `<table class="nav"><tbody><tr><td><a href="/">Forums</a> <a href="/recent">Recent</a></td></tr></tbody></table>` +
      `<table summary="posts">${POSTS.map(tablePost).join('')}</table></body></html>`;
    const doc = parseHtml(html, URL);
    const posts = findThread(doc);
    expect(posts?.map((post) => post.querySelector('.narrow')?.textContent)).toEqual(POSTS.map(([, said]) => said));
    doc.defaultView?.close();
  });

  it('finds a short thread that says less than the rest of a page only when the page declares a discussion', () => {
    const posts = POSTS.slice(0, 2)
      .map(
        ([author, said]) =>
          `<article class="post"><a class="username" href="/u/${author}">${author}</a><p>${said}</p></article>`,
      )
      .join('');
    const notice = `<div class="consent"><p>${'We and our partners store and read cookies and similar data on your device to measure audiences, personalise adverts and improve our services. '.repeat(6)}</p></div>`;
    const doc = parseHtml(
      `<!DOCTYPE html><html><body><main><h1>Starter smells</h1><div class="thread">${posts}</div></main>${notice}</body></html>`,
      URL,
    );
    expect(findThread(doc, true)).toHaveLength(2);
    expect(findThread(doc, false)).toBeNull();
    doc.defaultView?.close();
  });

  it("is not a page builder's stack of sections, which say nothing of who wrote them", () => {
    const sections = POSTS.map(([, said]) => `<div class="builder-section"><div>${said}</div></div>`).join('');
    const doc = parseHtml(`<!DOCTYPE html><html><body><main>${sections}</main></body></html>`, 'https://firm.example/');
    expect(findThread(doc)).toBeNull();
    doc.defaultView?.close();
  });

  it("keeps each post's author and loses the rank, counts, buttons and likes around the post", () => {
    // The two ways forum engines set them: a panel named for what it holds, and labelled lines.
    const posts = POSTS.map(
      ([author, said], i) => `<article class="message message--post" id="post-${i}">
        <div class="message-userDetails"><h4 class="message-name"><a href="/u/${author}">${author}</a></h4>
          <h5 class="userTitle message-userTitle">Well-known member</h5></div>
        <div class="message-userExtras"><dl><dt>Joined</dt><dd>Mar 9, 2012</dd></dl><dl><dt>Messages</dt><dd>16,584</dd></dl></div>
        <div class="post-meta"><div>Join Date: Aug 2008</div><div>Posts: 1,077</div></div>
        <div class="message-content"><div class="bbWrapper">${said}</div>
          <div>Last edited by ${author}; Feb 17, 2026 at 9:17 am</div><div>Sent from my Pixel 8 using Tapatalk</div></div>
        <div class="reactionsBar"><a href="/r/${i}">crumbshot, rye_rye and 2 others</a></div>
        <div class="post-likes">millstone and breadhead like this.</div>
        <div class="links"><a href="/reply/${i}">Reply with quote</a></div><div><a href="/u/${author}">View Public Profile</a></div>
      </article>`,
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Sourdough starter smells of nail polish</title></head><body>
      <main><h1>Sourdough starter smells of nail polish</h1><div class="block-body">${posts}</div></main></body></html>`;
    const doc = parseHtml(html, URL);
    const outcome = extractArticle(doc, URL);
    doc.defaultView?.close();
    if (!outcome.ok) throw new Error(outcome.message);
    const { text } = outcome.article;
    for (const [author, said] of POSTS) {
      expect(text).toContain(said);
      expect(text).toContain(author);
    }
    for (const furniture of [
      'Well-known member',
      'Mar 9, 2012',
      '16,584',
      'Join Date',
      'Posts: 1,077',
      'Last edited',
      'Sent from my',
      'and 2 others',
      'like this',
      'Reply with quote',
      'View Public Profile',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps an article as the article when readers discuss it below', () => {
    const article = `<p>${'The council voted on Tuesday to keep the night ferry running through the winter, reversing a decision taken in the spring after residents of both islands protested at every meeting since. '.repeat(6)}</p>`;
    // The discussion says more than the article: only the article's being Readability's pick keeps it.
    const comments = [...POSTS, ...POSTS, ...POSTS]
      .map(([author, said]) => `<div class="reply"><b class="reply-author">${author}</b><div>${said}</div></div>`)
      .join('');
    const html = `<!DOCTYPE html><html><head><title>Night ferry saved</title></head><body>
      <article><h1>Night ferry saved</h1>${article}</article><section class="reader-talk">${comments}</section></body></html>`;
    const doc = parseHtml(html, 'https://news.example/ferry');
    const outcome = extractArticle(doc, doc.URL);
    expect(findThread(doc)).toHaveLength(12);
    doc.defaultView?.close();
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text.startsWith('The council voted on Tuesday')).toBe(true);
  });
});
