// Short lines of furniture inside an article body, in many languages: each must go, and the prose
// around it must stay. The corpus pages show these in context; this table shows their breadth.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { useParsedDocuments } from '../support/parsed-documents';

const PAGE_URL = 'https://news.example/2024/06/01/harbour-story';

const PROSE = [
  'The harbour board met on Thursday evening to decide the future of the old fish market, which has stood empty since the last traders moved to the new hall on the east quay three years ago.',
  'Members agreed to ask architects for ideas that keep the cast-iron roof and the clock tower, and to hold a public meeting in September before any plan goes to the council for approval.',
  'A survey last winter found the building sound but in need of a new floor and new drainage, work the board estimates would cost about nine hundred thousand pounds before any new use could begin.',
];

const parse = useParsedDocuments();

function textWith(line: string): string {
  const [first, ...rest] = PROSE.map((p) => `<p>${p}</p>`);
  const html = `<!DOCTYPE html><html><head><title>Harbour board</title><meta property="og:type" content="article"></head>
<body><article><h1>Harbour board</h1>${first}${line}${rest.join('')}</article></body></html>`;
  const doc = parse(html, PAGE_URL);
  const outcome = extractArticle(doc, PAGE_URL);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.article.text;
}

describe('furniture lines inside the article body', () => {
  it.each([
    ['English ad label', '<div class="slot"><p>Advertisement</p></div>', 'Advertisement'],
    ['German ad label', '<p>Anzeige</p>', 'Anzeige'],
    ['French ad label', '<p>Publicité</p>', 'Publicité'],
    ['Spanish ad label', '<p>Publicidad</p>', 'Publicidad'],
    ['Italian ad label', '<p>Pubblicità</p>', 'Pubblicità'],
    ['Dutch ad label', '<p>Advertentie</p>', 'Advertentie'],
    ['Polish ad label', '<p>Reklama</p>', 'Reklama'],
    ['Russian ad label', '<p>Реклама</p>', 'Реклама'],
    ['Japanese ad label', '<p>広告</p>', '広告'],
    ['Chinese ad label', '<p>广告</p>', '广告'],
    ['Korean ad label', '<p>광고</p>', '광고'],
    ['Arabic ad label', '<p>إعلان</p>', 'إعلان'],
    ['Hebrew ad label', '<p>פרסומת</p>', 'פרסומת'],
    ['"Related:" link line', '<p>Related: <a href="/a">Fish market traders look for a new home</a></p>', 'Related:'],
    ['"Read more" link line', '<p><b>Read more:</b> <a href="/b">The history of the clock tower</a></p>', 'Read more'],
    ['"See also" link line', '<p>See also: <a href="/c">East quay hall opens</a></p>', 'See also'],
    ['"Recommended" link line', '<p>Recommended: <a href="/d">Ten harbour walks</a></p>', 'Recommended'],
    [
      'French "Lire aussi" link line',
      '<p>Lire aussi : <a href="/e">Le marché aux poissons cherche un nouveau toit</a></p>',
      'Lire aussi',
    ],
    [
      'Spanish "Lee también" link line',
      '<p>Lee también: <a href="/f">El mercado de pescado busca un nuevo hogar</a></p>',
      'Lee también',
    ],
    ['"Story continues below" marker', '<p>Story continues below advertisement</p>', 'Story continues'],
    ['"Continue reading the main story" marker', '<p>Continue reading the main story</p>', 'Continue reading'],
    ['"Like us on Facebook" prompt', '<p>Like us on Facebook to see more local news</p>', 'Like us on'],
    ['Spanish follow prompt', '<p>Síguenos en Twitter y Facebook</p>', 'Síguenos'],
    ['reading-time badge', '<span class="badge">4 min read</span>', '4 min read'],
    ['comment count', '<a class="count" href="#c">12 comments</a>', '12 comments'],
    ['a blog\'s "Subscribe now"', '<p><a href="/subscribe"><span>Subscribe now</span></a></p>', 'Subscribe'],
    ['a blog\'s "Subscribe to …"', '<p>Subscribe to The Harbour Notebook</p>', 'Subscribe'],
    [
      'a blog\'s "Thanks for reading … subscribe" box',
      '<div><p>Thanks for reading The Harbour Notebook! Subscribe for free to receive new posts.</p></div>',
      'Thanks for reading',
    ],
    [
      "Google's preferred-source prompt",
      '<p><a href="https://www.google.com/preferences/source?q=news.example">Add as a preferred source on Google</a></p>',
      'preferred source',
    ],
    [
      '"Follow … on Google News" prompt',
      '<p><a href="/gn">Follow The Harbour Times on Google News</a></p>',
      'Google News',
    ],
    [
      '"You might like" box',
      '<h3>You might like</h3><ul><li><a href="/g">East quay hall opens</a></li><li><a href="/h">Ten harbour walks</a></li></ul>',
      'East quay hall',
    ],
    [
      '"Other posts you may enjoy" box',
      '<section><h2>Other Posts You May Enjoy</h2><div><a href="/i">Ten harbour walks</a><p>Our favourite routes along the water, from the lighthouse to the old ferry steps, with a pub at each end.</p></div></section>',
      'favourite routes',
    ],
    [
      '"Sign up for our newsletter" inside a sentence',
      '<p>Want more from the Harbour Times? Sign up for our newsletter, The Tide Table, and never miss a meeting.</p>',
      'Tide Table',
    ],
    [
      '"follow us on" at the end of a sentence',
      '<p><em>Catch up on our coverage of <a href="/coast">the coast</a>, and follow us on </em><a href="https://facebook.com/ht"><em>Facebook</em></a><em>, </em><a href="https://instagram.com/ht"><em>Instagram</em></a><em> and </em><a href="https://tiktok.com/@ht"><em>TikTok</em></a><em> to stay up to date.</em></p>',
      'follow us',
    ],
    [
      'newsletter heading after a question',
      "<h2>Like what you're reading?<br>Subscribe To The Monthly Newsletter!</h2>",
      'Monthly Newsletter',
    ],
    ['"Back to top" with its arrow', '<p><a href="#top">↑ Back to Top</a></p>', 'Back to Top'],
    [
      'feedback prompt',
      '<div><span>Was this page helpful?</span> <a href="#y">Yes</a> <a href="#n">No</a></div>',
      'Yes',
    ],
    ['loading placeholder', '<p>Loading paragraph...</p>', 'Loading'],
    ['loading placeholder naming a component', '<div>Loading related_stories...</div>', 'Loading'],
    ['loading placeholder naming what it waits for', '<p>Loading prices for your region…</p>', 'Loading'],
    ['Pinterest prompt', '<h2>Pin this for later!</h2>', 'Pin this'],
    [
      "a comment form's consent line",
      '<p>By posting a comment, you consent to have your information used in accordance with our privacy policy.</p>',
      'consent',
    ],
    ['"More … posts" heading', '<h3>More "Harbour History" Posts</h3>', 'Harbour History'],
    ['stand-alone photo credit', '<p>Photo: Ana Ruiz/Reuters</p>', 'Ana Ruiz'],
    ['stand-alone photo credit in German', '<p>(Bild: dpa)</p>', 'dpa'],
  ])('%s', (_, line, clutter) => {
    const text = textWith(line);
    expect(text).not.toContain(clutter);
    for (const p of PROSE) expect(text).toContain(p);
  });

  it('keeps a photo credit that sits with its photo', () => {
    const figure =
      '<figure><img src="https://img.news.example/market.jpg" alt="The market"><figcaption>The old fish market. Photo: Ana Ruiz</figcaption></figure>';
    expect(textWith(figure)).toContain('The old fish market. Photo: Ana Ruiz');
  });

  it('keeps a sentence of article text that starts with "Subscribe"', () => {
    const sentence =
      '<p>Subscribe to the harbour board minutes and you will see the fish market come up at almost every meeting.</p>';
    expect(textWith(sentence)).toContain('Subscribe to the harbour board minutes');
  });

  it('keeps a sentence of article text that mentions a newsletter', () => {
    const sentence = '<p>Fishermen who sign up for the harbour newsletter get the tide tables a week early.</p>';
    expect(textWith(sentence)).toContain('sign up for the harbour newsletter');
  });

  it('keeps a sentence of article text that starts like a furniture line', () => {
    const sentence =
      '<p>Related: the board also discussed parking, which several members said was a bigger problem.</p>';
    expect(textWith(sentence)).toContain('the board also discussed parking');
  });
});
