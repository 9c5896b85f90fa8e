// The three extractors `npm run score` compares, each run on its own copy of one parsed document and
// timed from the copy to the engine's answer: the shared HTML parsing is not timed, nor is turning
// Readability's and Defuddle's answers into text.
import { Readability } from '@mozilla/readability';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DefuddleClass } from 'defuddle/node';
import { extractArticle } from '../../utils/extract/extract-article';
import { plainText } from '../../utils/extract/plain-text';
import type { EngineName } from './page';

/** What an engine gave for one page: its text ('' when it refused) and the metadata it found. */
export interface EngineOutput {
  text: string;
  refused: boolean;
  refusal: string | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** The copy and the call, in milliseconds. */
  ms: number;
}

type Reading = Omit<EngineOutput, 'ms'>;
type Run = (doc: Document, url: string) => EngineOutput;

const REFUSED: Reading = { text: '', refused: true, refusal: null, title: null, byline: null, publishedTime: null };

// A worker thread cannot be started with --expose-gc; a context made after the flag is set has `gc`.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * An engine as a timed `call` and an untimed `read` of its answer. The garbage left by the parse and
 * by the engines before it is collected first, so that no engine's time includes collecting it.
 */
function timed<Answer>(
  call: (doc: Document, url: string) => Answer,
  read: (answer: Answer, doc: Document) => Reading,
): Run {
  return (doc, url) => {
    collectGarbage();
    const start = performance.now();
    const answer = call(doc, url);
    const ms = performance.now() - start;
    return { ...read(answer, doc), ms };
  };
}

/** Ours as the extension runs it: not forced, so "not an article" is a refusal. It copies `doc` itself. */
const ours = timed(
  (doc, url) => extractArticle(doc, url),
  (outcome): Reading => {
    if (!outcome.ok) return { ...REFUSED, refusal: outcome.message };
    const { text, title, byline, publishedTime } = outcome.article;
    return { text, refused: false, refusal: null, title, byline, publishedTime };
  },
);

/** Plain Readability 0.6.0; its article element is read with our plainText, so blocks stay lines. */
const readability = timed(
  (doc) => new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse(),
  (parsed): Reading => {
    if (!parsed?.content) return REFUSED;
    return {
      text: plainText(parsed.content),
      refused: false,
      refusal: null,
      title: parsed.title || null,
      byline: parsed.byline || null,
      publishedTime: parsed.publishedTime || null,
    };
  },
);

/**
 * Defuddle as Obsidian Web Clipper runs it, synchronously, and without its network fallbacks. Its copy
 * has no window, so it measures no computed styles (jsdom computes no layout anyway). Its HTML is read
 * into an inert document of the page's window, then with our plainText.
 */
const defuddle = timed(
  (doc, url) => new DefuddleClass(doc.cloneNode(true) as Document, { url, useAsync: false }).parse(),
  (result, doc): Reading => {
    const inert = new doc.defaultView!.DOMParser().parseFromString(result.content ?? '', 'text/html');
    const text = plainText(inert.body);
    if (text === '') return REFUSED;
    return {
      text,
      refused: false,
      refusal: null,
      title: result.title || null,
      byline: result.author || null,
      publishedTime: result.published || null,
    };
  },
);

/** Each engine, run on a parsed page with a window. Each throws whatever its engine throws. */
export const ENGINE_RUNS: Record<EngineName, Run> = { ours, readability, defuddle };
